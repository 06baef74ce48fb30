package org.redress.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.redress.casework.Cases.aComplaint;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.redress.TestCouncil;
import org.redress.TestMail;
import org.redress.casework.Casework;
import org.redress.casework.Channel;
import org.redress.casework.FeedbackCase;
import org.redress.casework.Outcome;
import org.redress.platform.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Emails about a case go out through the outbox, with the council's wording, and survive a mail server being down. */
@SpringBootTest
class NotificationIT {

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        TestMail.register(registry);
    }

    @Autowired Casework casework;
    @Autowired EmailTemplates templates;
    @Autowired TrackingLinks links;
    @Autowired NotificationProperties properties;
    @Autowired JdbcClient db;

    @Autowired TestCouncil council;

    String address(String who) {
        return who + "." + council.prefix + "@example.com";
    }

    FeedbackCase complaint(String email, LocalDate on) {
        return casework.log(council.feedbackTeam, aComplaint().receivedOn(on).by(Channel.PHONE)
                .about(council.highways.id()).from("Mr B Jones", email).describedAs("The gritter never came").build());
    }

    @Test
    void theCustomerIsToldWhenTheResponseIsSentAndWhenTheirStageTwoRequestArrives() {
        FeedbackCase c = complaint(address("jones"), LocalDate.of(2021, 1, 4));
        casework.respond(council.feedbackTeam, c.reference(), null, LocalDate.of(2021, 1, 20), Outcome.NOT_UPHELD,
                "The road was gritted twice that night.", null);
        casework.escalateByCustomer(council.authority.id(), c.reference(), LocalDate.of(2021, 1, 29), "It was not gritted");

        List<TestMail.Email> emails = TestMail.awaitAll(address("jones"), 2);
        assertThat(emails).extracting(TestMail.Email::subject).containsExactlyInAnyOrder(
                "Our response to your complaint " + c.reference(),
                "We have received your request for a review of " + c.reference());
        // Friday 29 January 2021 + 20 working days: Friday 26 February.
        assertThat(emails).filteredOn(e -> e.subject().contains("review")).singleElement()
                .satisfies(e -> assertThat(e.body()).contains("(stage 2)").contains("We will reply by Friday 26 February 2021"));
        assertThat(db.sql("select actor from case_event where case_id = ? and action = 'escalated'").param(c.id())
                .query(String.class).single()).isEqualTo("Member of the public");
    }

    @Test
    void aCaseWithNoEmailAddressQueuesNoEmail() {
        FeedbackCase c = complaint(null, LocalDate.of(2021, 1, 4));
        casework.respond(council.feedbackTeam, c.reference(), null, LocalDate.of(2021, 1, 20), Outcome.UPHELD, null, null);

        assertThat(db.sql("select count(*) from notification_outbox where case_id = ?").param(c.id()).query(Long.class)
                .single()).isZero();
    }

    @Test
    void aFailedSendIsRetriedLaterAndTheCaseIsKept() {
        FeedbackCase c = complaint(address("retry"), LocalDate.of(2021, 1, 4));
        JavaMailSenderImpl nowhere = new JavaMailSenderImpl();
        nowhere.setHost("127.0.0.1");
        nowhere.setPort(closedPort());
        Outbox down = new Outbox(db, EmailSenders.smtp(nowhere, "feedback@council.example"), properties);
        long id = down.enqueue(council.authority.id(), EmailTemplate.RESPONSE_SENT, c.id(), address("retry"),
                new EmailTemplates.Rendered("Our response", "Dear Mr Jones"));
        Instant start = Instant.now();

        awaitAttempts(id, 1);
        assertThat(row(id)).containsEntry("status", "pending");
        assertThat((String) row(id).get("last_error")).isNotBlank();
        assertThat(down.sendDue(start.plus(Duration.ofSeconds(30)))).as("not yet due again").isZero();

        JavaMailSenderImpl up = new JavaMailSenderImpl();
        up.setHost("127.0.0.1");
        up.setPort(TestMail.port());
        Outbox back = new Outbox(db, EmailSenders.smtp(up, "feedback@council.example"), properties);
        assertThat(back.sendDue(start.plus(Outbox.backoff(1)).plus(Duration.ofMinutes(1)))).isEqualTo(1);

        assertThat(row(id)).containsEntry("status", "sent").containsEntry("attempts", 2);
        assertThat(TestMail.awaitOne(address("retry")).subject()).isEqualTo("Our response");
        assertThat(casework.findCase(council.authority.id(), c.id())).isPresent();
        down.stop();
        back.stop();
    }

    @Test
    void aCouncilsOwnWordingIsUsedAndAnUnknownPlaceholderIsRefusedAtItsField() {
        templates.save(council.authority.id(), EmailTemplate.RESPONSE_SENT, -1, "Reply to ((reference))",
                "Hello ((name)), see ((link)).");
        EmailTemplates.Rendered r = templates.render(council.authority.id(), EmailTemplate.RESPONSE_SENT,
                Map.of("reference", "FB1", "name", "Ann", "link", "https://x"));
        assertThat(r.subject()).isEqualTo("Reply to FB1");
        assertThat(r.body()).isEqualTo("Hello Ann, see https://x.\n");

        assertThatThrownBy(() -> templates.save(council.authority.id(), EmailTemplate.RESPONSE_SENT, 0, "",
                "Your ((due_date))"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ": " + p.message())
                        .containsExactly("subject: Enter the subject line",
                                "body: ((due_date)) is not something this email can fill in; use ((name)), ((reference)), "
                                        + "((council)), ((feedback)), ((stage)), ((link))"));

        templates.reset(council.authority.id(), EmailTemplate.RESPONSE_SENT);
        assertThat(templates.wording(council.authority.id(), EmailTemplate.RESPONSE_SENT).custom()).isFalse();
    }

    @Test
    void aTrackingLinkWorksForItsCaseAndATamperedOrForeignOneDoesNot() {
        String token = links.token(council.authority.id(), 42);

        assertThat(links.verify(token)).contains(new TrackingLinks.Tracked(council.authority.id(), 42));
        String otherCase = links.token(council.authority.id(), 43);
        String spliced = otherCase.substring(0, otherCase.indexOf('.')) + token.substring(token.indexOf('.'));
        assertThat(links.verify(spliced)).isEmpty();
        assertThat(links.verify(token.substring(0, token.length() - 2))).isEmpty();
        // The signature's last character carries two spare bits; setting one decodes to the same bytes.
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        int last = alphabet.indexOf(token.charAt(token.length() - 1));
        String respelt = token.substring(0, token.length() - 1) + alphabet.charAt(last | 1);
        assertThat(java.util.Base64.getUrlDecoder().decode(respelt.substring(respelt.indexOf('.') + 1)))
                .isEqualTo(java.util.Base64.getUrlDecoder().decode(token.substring(token.indexOf('.') + 1)));
        assertThat(links.verify(respelt)).as("a last character differing only in spare bits").isEmpty();
        assertThat(links.verify("not-a-token")).isEmpty();
        assertThat(links.verify("")).isEmpty();
        assertThat(db.sql("select count(*) from notification_secret").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aTrackingLinkStopsWorkingAfterItsLastDay() {
        java.time.ZoneId london = java.time.ZoneId.of("Europe/London");
        TrackingLinks issuedLongAgo = new TrackingLinks(db, properties,
                java.time.Clock.fixed(Instant.parse("2020-01-02T12:00:00Z"), london));
        String token = issuedLongAgo.token(council.authority.id(), 7);
        LocalDate lastDay = LocalDate.of(2020, 1, 2).plusDays(properties.trackingLinkDays());

        TrackingLinks onLastDay = new TrackingLinks(db, properties,
                java.time.Clock.fixed(lastDay.atTime(23, 0).atZone(london).toInstant(), london));
        TrackingLinks dayAfter = new TrackingLinks(db, properties,
                java.time.Clock.fixed(lastDay.plusDays(1).atTime(1, 0).atZone(london).toInstant(), london));
        assertThat(onLastDay.verify(token)).isPresent();
        assertThat(dayAfter.verify(token)).isEmpty();
        assertThat(links.verify(token)).isEmpty();
    }

    private void awaitAttempts(long id, int attempts) {
        long until = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < until) {
            if (((Number) row(id).get("attempts")).intValue() >= attempts) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("Email " + id + " was not attempted " + attempts + " time(s): " + row(id));
    }

    private Map<String, Object> row(long id) {
        return db.sql("select status, attempts, last_error from notification_outbox where id = ?").param(id)
                .query().singleRow();
    }

    private static int closedPort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
