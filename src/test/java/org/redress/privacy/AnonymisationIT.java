package org.redress.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redress.TestCouncil;
import org.redress.casework.CaseAction;
import org.redress.casework.CaseFile;
import org.redress.casework.CaseStatus;
import org.redress.casework.Casework;
import org.redress.casework.Channel;
import org.redress.casework.Contact;
import org.redress.casework.FeedbackCase;
import org.redress.casework.FeedbackType;
import org.redress.casework.HistoricCase;
import org.redress.casework.HistoricCase.HistoricPayment;
import org.redress.casework.HistoricCase.HistoricRemedy;
import org.redress.casework.HistoricCase.HistoricStage;
import org.redress.casework.HistoricCases;
import org.redress.casework.Outcome;
import org.redress.casework.PaymentKind;
import org.redress.casework.PaymentSource;
import org.redress.casework.RemedyKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The nightly job on a small history, run "on" 10 March 2027: complaints closed in 2019 and 2020 are past their six
 * years; one closed on 20 March 2021 is not; a compliment under a one-year policy is; a held compliment and an open
 * case stay. Afterwards the annual report of 2019/20 and 2020/21, as JSON from the API, is byte for byte the same.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AnonymisationIT {

    static final LocalDate TODAY = LocalDate.of(2027, 3, 10);
    static final String MARKER = "[removed under retention policy on 10 March 2027]";

    @Autowired MockMvc mvc;
    @Autowired HistoricCases loader;
    @Autowired Casework casework;
    @Autowired Anonymisation anonymisation;
    @Autowired RetentionPolicies policies;
    @Autowired LegalHolds holds;
    @Autowired org.redress.casework.Attachments attachments;

    @Autowired TestCouncil council;

    @BeforeEach
    void aSmallHistory() {
        List<HistoricCase> cases = new ArrayList<>();
        cases.add(complaint("OLD2020", LocalDate.of(2020, 5, 1), LocalDate.of(2020, 5, 20), true));
        cases.add(complaint("OLD2019", LocalDate.of(2019, 6, 3), LocalDate.of(2019, 6, 25), false));
        cases.add(complaint("RECENT", LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 20), true));
        cases.add(complaint("OPEN", LocalDate.of(2020, 7, 1), null, false));
        cases.add(compliment("HELD", LocalDate.of(2020, 6, 1)));
        cases.add(compliment("THANKS", LocalDate.of(2025, 1, 5)));
        loader.load(council.authority.id(), "Test", cases);
        policies.save(council.authority.id(), Map.of(FeedbackType.COMPLIMENT, 1));
        holds.place(council.feedbackTeam, ref("HELD"), "Child protection enquiry");
    }

    @Test
    void removesPersonalDataPastItsRetentionAndLeavesTheAnnualReportUnchanged() throws Exception {
        String before2020 = report(2020);
        String before2019 = report(2019);

        // This council only: the database is shared with other tests' councils.
        int done = anonymisation.anonymise(id(), TODAY);

        assertThat(done).isEqualTo(3);
        for (String gone : List.of("OLD2020", "OLD2019", "THANKS")) {
            FeedbackCase c = casework.get(council.feedbackTeam, ref(gone));
            assertThat(c.customer()).as(gone).isEqualTo(Contact.NONE);
            assertThat(c.description()).as(gone).isEqualTo(MARKER);
        }
        for (String kept : List.of("RECENT", "OPEN", "HELD")) {
            FeedbackCase c = casework.get(council.feedbackTeam, ref(kept));
            assertThat(c.customer().name()).as(kept).isEqualTo("Person " + kept);
            assertThat(c.description()).as(kept).startsWith("What " + kept);
        }
        assertThat(report(2020)).isEqualTo(before2020);
        assertThat(report(2019)).isEqualTo(before2019);
    }

    @Test
    void keepsWhatReportsCountAndRecordsTheRemovalInTheTimeline() {
        attachments.add(council.feedbackTeam, ref("OLD2020"), "letter.txt", "Dear council, my name is".getBytes());
        attachments.add(council.feedbackTeam, ref("RECENT"), "letter.txt", "Dear council, my name is".getBytes());
        anonymisation.anonymise(id(), TODAY);

        assertThat(attachments.list(council.feedbackTeam, ref("OLD2020"))).as("files go with the personal data").isEmpty();
        assertThat(attachments.list(council.feedbackTeam, ref("RECENT"))).hasSize(1);

        CaseFile file = casework.file(council.feedbackTeam, ref("OLD2020"));
        FeedbackCase c = file.feedbackCase();
        assertThat(c.type()).isEqualTo(FeedbackType.COMPLAINT);
        assertThat(c.receivedOn()).isEqualTo(LocalDate.of(2020, 5, 1));
        assertThat(c.closedOn()).isEqualTo(LocalDate.of(2020, 5, 20));
        assertThat(c.serviceId()).isEqualTo(council.highways.id());
        assertThat(c.current().outcome()).isEqualTo(Outcome.UPHELD);
        assertThat(c.current().respondedOn()).isEqualTo(LocalDate.of(2020, 5, 20));
        assertThat(file.reasons()).containsExactly("staff_conduct");
        assertThat(file.tags()).containsExactly("Covid");
        assertThat(file.payments()).singleElement().satisfies(p -> assertThat(p.amount()).isEqualByComparingTo("75.25"));
        assertThat(file.remedies()).singleElement().satisfies(r -> assertThat(r.kind()).isEqualTo(RemedyKind.FORMAL_APOLOGY));
        assertThat(file.timeline()).filteredOn(e -> e.action() == CaseAction.ANONYMISED).singleElement()
                .satisfies(e -> assertThat(e.summary()).isEqualTo(MARKER));
    }

    @Test
    void aSecondRunFindsNothingMoreToDo() {
        assertThat(anonymisation.anonymise(id(), TODAY)).isEqualTo(3);
        assertThat(anonymisation.anonymise(id(), TODAY)).isZero();
    }

    @Test
    void aLiftedHoldLetsTheNextRunRemoveTheData() {
        anonymisation.anonymise(id(), TODAY);
        holds.lift(council.feedbackTeam, ref("HELD"), "Enquiry finished");

        assertThat(anonymisation.anonymise(id(), TODAY)).isEqualTo(1);
        assertThat(casework.get(council.feedbackTeam, ref("HELD")).customer()).isEqualTo(Contact.NONE);
    }

    @Test
    void theDayBeforeTheEndOfTheShorterPeriodNothingOfThatTypeGoes() {
        policies.save(council.authority.id(), Map.of(FeedbackType.COMPLIMENT, 6));
        assertThat(anonymisation.anonymise(id(), TODAY)).isEqualTo(2);
        assertThat(casework.get(council.feedbackTeam, ref("THANKS")).customer().name()).isEqualTo("Person THANKS");
    }

    private String report(int year) throws Exception {
        return mvc.perform(get("/api/v1/reports/annual-feedback?year=" + year)
                        .with(httpBasic(council.viewer.getUsername(), TestCouncil.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private long id() {
        return council.authority.id();
    }

    private String ref(String name) {
        return (council.prefix + "-" + name).toUpperCase();
    }

    private HistoricCase complaint(String name, LocalDate received, LocalDate responded, boolean paid) {
        HistoricStage stage = new HistoricStage(1, null, received.plusDays(3), received.plusDays(2), received.plusDays(28),
                null, 0, responded, responded == null ? null : Outcome.UPHELD, null, null, null);
        return new HistoricCase(ref(name), FeedbackType.COMPLAINT, Channel.EMAIL,
                responded == null ? CaseStatus.ACKNOWLEDGED : CaseStatus.CLOSED, received, null, council.highways.id(),
                "corporate", "What " + name + " told us: my neighbour Ann Smith, 07700 900123",
                person(name), List.of("staff_conduct"), List.of("Covid"), null, responded, List.of(stage),
                List.of(new HistoricRemedy(1, RemedyKind.FORMAL_APOLOGY, false, null, null)),
                paid ? List.of(new HistoricPayment(PaymentKind.COMPENSATION, new BigDecimal("75.25"),
                        responded, null, PaymentSource.LOCAL_RESOLUTION)) : List.of());
    }

    private HistoricCase compliment(String name, LocalDate received) {
        HistoricStage stage = new HistoricStage(1, null, null, received, received.plusDays(28), null, 0, null, null,
                null, null, null);
        return new HistoricCase(ref(name), FeedbackType.COMPLIMENT, Channel.ONLINE, CaseStatus.CLOSED, received, null,
                council.adultCare.id(), "corporate", "What " + name + " said: thank you", person(name), List.of(),
                List.of(), null, received, List.of(stage), List.of(), List.of());
    }

    private static Contact person(String name) {
        return new Contact("Person " + name, name.toLowerCase() + "@example.com", "01632 960 001",
                "1 High Street, Anytown AB1 2CD");
    }
}
