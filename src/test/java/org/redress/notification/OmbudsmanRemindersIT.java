package org.redress.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.redress.TestCouncil;
import org.redress.TestMail;
import org.redress.ombudsman.OmbudsmanCategory;
import org.redress.ombudsman.OmbudsmanDecision;
import org.redress.ombudsman.OmbudsmanHistory;
import org.redress.ombudsman.OmbudsmanHistory.PastCase;
import org.redress.ombudsman.OmbudsmanHistory.PastRecommendation;
import org.redress.ombudsman.RecommendationType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The feedback team hears of each Ombudsman recommendation once at each milestone: 10 working days before it is due,
 * 2 working days before, and once overdue; never of one already done or not yet near.
 */
@SpringBootTest
class OmbudsmanRemindersIT {

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        TestMail.register(registry);
    }

    @Autowired OmbudsmanReminders reminders;
    @Autowired OmbudsmanHistory history;
    @Autowired TestCouncil council;

    @Test
    void remindsOfEachRecommendationOnceAtEachMilestone() throws Exception {
        history.load(council.authority.id(), "Test", List.of(new PastCase("20 011 222", null,
                OmbudsmanCategory.HIGHWAYS_AND_TRANSPORT, council.highwaysDirectorate.id(), council.highways.id(),
                LocalDate.of(2020, 9, 1), LocalDate.of(2020, 12, 15), OmbudsmanDecision.UPHELD, null, false, false,
                "Fault causing injustice", List.of(
                        recommendation(RecommendationType.APOLOGY, "Apologise in writing", null, "2021-01-20", null),
                        recommendation(RecommendationType.PAYMENT, "Pay for the time and trouble", new BigDecimal("250.00"), "2021-02-01", null),
                        recommendation(RecommendationType.STAFF_TRAINING, "Remind officers of the inspection policy", null, "2021-02-10", null),
                        recommendation(RecommendationType.PROCEDURE_CHANGE, "Review the policy", null, "2021-03-31", null),
                        recommendation(RecommendationType.OTHER, "Re-inspect the footway", null, "2021-01-25", "2021-01-22")))));
        String team = council.feedbackTeam.getUsername() + "@example.gov.uk";
        String administrator = council.viewer.getUsername() + "@example.gov.uk";

        LocalDate friday = LocalDate.of(2021, 1, 29); // +2 working days: Tuesday 2 February; +10: Friday 12 February
        reminders.remind(friday);
        reminders.remind(friday); // a second run the same day, as after a restart, sends nothing more

        TestMail.Email first = TestMail.awaitOne(team);
        assertThat(first.subject()).isEqualTo("Ombudsman recommendations due soon or overdue: 3");
        assertThat(first.body())
                .contains("- 20 011 222, apology (Apologise in writing): overdue, was due Wednesday 20 January 2021")
                .contains("- 20 011 222, payment (Pay for the time and trouble): due Monday 1 February 2021")
                .contains("- 20 011 222, staff training (Remind officers of the inspection policy): due Wednesday 10 February 2021")
                .doesNotContain("Review the policy")
                .doesNotContain("Re-inspect");

        // Tuesday: the payment is now overdue (a new milestone); the training is still only within 10 days.
        reminders.remind(LocalDate.of(2021, 2, 2));
        List<TestMail.Email> both = TestMail.awaitAll(team, 2);
        TestMail.Email second = both.get(1);
        assertThat(second.subject()).isEqualTo("Ombudsman recommendations due soon or overdue: 1");
        assertThat(second.body()).contains("- 20 011 222, payment (Pay for the time and trouble): overdue, was due Monday 1 February 2021")
                .doesNotContain("apology").doesNotContain("training");

        Thread.sleep(500);
        assertThat(TestMail.to(team)).hasSize(2);
        assertThat(TestMail.to(administrator)).as("only the feedback team, who keep the Ombudsman's cases").isEmpty();
    }

    private static PastRecommendation recommendation(RecommendationType type, String description, BigDecimal amount,
            String due, String done) {
        return new PastRecommendation(type, description, amount, LocalDate.parse(due),
                done == null ? null : LocalDate.parse(done), null, null);
    }
}
