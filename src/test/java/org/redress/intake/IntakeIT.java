package org.redress.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.redress.TestCouncil;
import org.redress.TestMail;
import org.redress.casework.CaseStatus;
import org.redress.casework.Casework;
import org.redress.casework.Channel;
import org.redress.casework.FeedbackCase;
import org.redress.casework.FeedbackType;
import org.redress.platform.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The form's answers become one case on the online channel, with its acknowledgement, however often they are sent. */
@SpringBootTest
class IntakeIT {

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        TestMail.register(registry);
    }

    @Autowired Submissions submissions;
    @Autowired Topics topics;
    @Autowired Casework casework;
    @Autowired JdbcClient db;

    @Autowired TestCouncil council;

    Answers complaint(String email) {
        Topic roads = topics.list(council.authority.id()).get(0);
        Answers a = new Answers();
        a.kind = "complaint";
        a.topicId = roads.id();
        a.whatHappened = "The pothole on Mill Lane burst my tyre.";
        a.happenedDay = "20";
        a.happenedMonth = "12";
        a.happenedYear = "2020";
        a.wantedOutcome = "Fill the pothole and pay for the tyre.";
        a.behalf = "no";
        a.name = "Ada Lovelace";
        a.email = email;
        a.contactBy = "email";
        return a;
    }

    String address(String who) {
        return who + "." + council.prefix + "@example.com";
    }

    @Test
    void aFirstVisitGivesTheCouncilTopicsInPlainWordsForItsServicesAndSomethingElseLast() {
        List<Topic> list = topics.list(council.authority.id());

        assertThat(list).extracting(Topic::label).containsExactly("Roads, pavements, potholes and streetlights",
                "Care and support for adults", "Something else");
        assertThat(list.get(0).serviceId()).isEqualTo(council.highways.id());
        assertThat(list.get(1).serviceId()).isEqualTo(council.adultCare.id());
        assertThat(topics.list(council.authority.id())).hasSize(3);
    }

    @Test
    void aComplaintBecomesAnOnlineCaseUnderItsServiceProcedureLoggedByTheMemberOfThePublic() {
        Submissions.Submitted sent = submissions.submit(council.authority.id(), complaint(address("ada")), "key-" + council.prefix,
                LocalDate.of(2021, 1, 4));

        FeedbackCase c = casework.findCase(council.authority.id(), sent.reference()).orElseThrow();
        assertThat(c.channel()).isEqualTo(Channel.ONLINE);
        assertThat(c.type()).isEqualTo(FeedbackType.COMPLAINT);
        assertThat(c.status()).isEqualTo(CaseStatus.RECEIVED);
        assertThat(c.serviceId()).isEqualTo(council.highways.id());
        assertThat(c.procedureCode()).isEqualTo("corporate");
        // Monday 4 January 2021 + 20 working days: Monday 1 February.
        assertThat(c.current().responseDue()).isEqualTo(LocalDate.of(2021, 2, 1));
        assertThat(sent.responseDue()).isEqualTo(LocalDate.of(2021, 2, 1));
        assertThat(c.customer().email()).isEqualTo(address("ada"));
        assertThat(c.desiredOutcome()).isEqualTo("Fill the pothole and pay for the tyre.");
        assertThat(c.description()).startsWith("The pothole on Mill Lane burst my tyre.")
                .contains("When it happened: 20 December 2020").contains("Contact by email: " + address("ada"));
        // Logged by the public; the acknowledgement emailed to them is on the timeline as the email sent.
        assertThat(db.sql("select actor from case_event where case_id = ? order by id").param(c.id()).query(String.class).list())
                .containsExactly("Member of the public", "Email");
    }

    @Test
    void theSameFormSentTwiceMakesOneCase() {
        String key = "twice-" + council.prefix;
        Submissions.Submitted first = submissions.submit(council.authority.id(), complaint(address("twice")), key,
                LocalDate.of(2021, 1, 4));
        Submissions.Submitted second = submissions.submit(council.authority.id(), complaint(address("twice")), key,
                LocalDate.of(2021, 1, 4));

        assertThat(second.reference()).isEqualTo(first.reference());
        assertThat(casesOfCouncil()).isEqualTo(1);
        assertThat(TestMail.awaitAll(address("twice"), 1)).hasSize(1);
    }

    @Test
    void theSameFormSentTwiceAtTheSameMomentMakesOneCase() throws Exception {
        String key = "race-" + council.prefix;
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<String> send = () -> {
            together.await();
            return submissions.submit(council.authority.id(), complaint(address("race")), key, LocalDate.of(2021, 1, 4))
                    .reference();
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> a = pool.submit(send);
            Future<String> b = pool.submit(send);
            assertThat(a.get()).isEqualTo(b.get());
        } finally {
            pool.shutdown();
        }
        assertThat(casesOfCouncil()).isEqualTo(1);
    }

    @Test
    void differentFormsMakeDifferentCases() {
        submissions.submit(council.authority.id(), complaint(address("one")), "one-" + council.prefix, LocalDate.of(2021, 1, 4));
        submissions.submit(council.authority.id(), complaint(address("two")), "two-" + council.prefix, LocalDate.of(2021, 1, 4));

        assertThat(casesOfCouncil()).isEqualTo(2);
    }

    @Test
    void answersMissingAQuestionAreRefusedAndNothingIsSaved() {
        Answers a = complaint(address("missing"));
        a.wantedOutcome = " ";

        assertThatThrownBy(() -> submissions.submit(council.authority.id(), a, "missing-" + council.prefix,
                LocalDate.of(2021, 1, 4)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("wantedOutcome");
        assertThat(casesOfCouncil()).isZero();
        assertThat(db.sql("select count(*) from intake_submission where authority_id = ?").param(council.authority.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void theAcknowledgementOfAComplaintReceivedOnChristmasEve2020GivesTheDateTwentyWorkingDaysLater() {
        LocalDate christmasEve = LocalDate.of(2020, 12, 24);
        submissions.submit(council.authority.id(), complaint(address("christmas")), "xmas-" + council.prefix, christmasEve);

        // Counted here without the application's calendar: England and Wales bank holidays of the period.
        Set<LocalDate> holidays = Set.of(LocalDate.of(2020, 12, 25), LocalDate.of(2020, 12, 28), LocalDate.of(2021, 1, 1));
        LocalDate due = christmasEve;
        for (int counted = 0; counted < 20; ) {
            due = due.plusDays(1);
            if (due.getDayOfWeek() != DayOfWeek.SATURDAY && due.getDayOfWeek() != DayOfWeek.SUNDAY && !holidays.contains(due)) {
                counted++;
            }
        }
        assertThat(due).isEqualTo(LocalDate.of(2021, 1, 26));

        TestMail.Email email = TestMail.awaitOne(address("christmas"));
        assertThat(email.from()).isEqualTo("feedback@council.example");
        assertThat(email.subject()).startsWith("We have received your complaint FB");
        assertThat(email.body()).contains("Dear Ada Lovelace,")
                .contains("Thank you for your complaint to " + council.authority.name())
                .contains("We will reply by Tuesday 26 January 2021.")
                .contains("/feedback/track?t=");
    }

    @Test
    void aComplimentIsThankedWithoutADueDate() {
        Answers a = complaint(address("thanks"));
        a.kind = "compliment";
        a.wantedOutcome = null;
        a.whatHappened = "The library staff were wonderful.";

        Submissions.Submitted sent = submissions.submit(council.authority.id(), a, "thanks-" + council.prefix,
                LocalDate.of(2021, 1, 4));

        assertThat(casework.findCase(council.authority.id(), sent.reference()).orElseThrow().desiredOutcome()).isNull();
        TestMail.Email email = TestMail.awaitOne(address("thanks"));
        assertThat(email.subject()).isEqualTo("Thank you for your compliment " + sent.reference());
        assertThat(email.body()).doesNotContain("reply by");
    }

    @Test
    void feedbackForSomeoneElseRecordsThemAsTheCustomerAndAcknowledgesWhoeverSentIt() {
        Answers a = complaint(address("son"));
        a.behalf = "yes";
        a.theirName = "Mary Lovelace";
        a.relationship = "Her son";
        a.consent = true;

        Submissions.Submitted sent = submissions.submit(council.authority.id(), a, "behalf-" + council.prefix,
                LocalDate.of(2021, 1, 4));

        FeedbackCase c = casework.findCase(council.authority.id(), sent.reference()).orElseThrow();
        assertThat(c.customer().name()).isEqualTo("Mary Lovelace");
        assertThat(c.representative().name()).isEqualTo("Ada Lovelace");
        assertThat(c.representative().email()).isEqualTo(address("son"));
        assertThat(c.representativeRelationship()).isEqualTo("Her son");
        assertThat(TestMail.awaitOne(address("son")).body()).contains("Dear Ada Lovelace,");
    }

    private long casesOfCouncil() {
        return db.sql("select count(*) from feedback_case where authority_id = ?").param(council.authority.id())
                .query(Long.class).single();
    }
}
