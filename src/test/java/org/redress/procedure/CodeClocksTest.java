package org.redress.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.redress.calendar.Calendars;
import org.redress.organisation.BankHolidayRegion;
import org.redress.platform.InvalidInput;

/**
 * Every clock of the Complaint Handling Code (docs/complaint-handling-code.md cites the paragraphs), on the English
 * calendar. Expected dates were counted by hand from the GOV.UK bank holiday list.
 */
class CodeClocksTest {

    private final DueDates code = new DueDates(DefaultPolicies.COMPLAINT_HANDLING_CODE,
            Calendars.regionCalendar(BankHolidayRegion.ENGLAND_AND_WALES), List.of());

    @ParameterizedTest(name = "stage {0}: acknowledge in {1}, respond in {2} of acknowledgement, extend by at most {3}")
    @CsvSource(delimiter = '|', textBlock = """
            1 | 5 | 10 | 10 | false
            2 | 5 | 20 | 20 | true
            """)
    void holdsTheCodesPeriods(int stage, int acknowledge, int respond, int extension, boolean differentHandler) {
        StageRule rule = code.rule(stage);

        assertThat(rule.acknowledgeWithinWorkingDays()).isEqualTo(acknowledge);
        assertThat(rule.respondWithinWorkingDays()).isEqualTo(respond);
        assertThat(rule.responseClockStart()).isEqualTo(ClockStart.ACKNOWLEDGEMENT);
        assertThat(rule.maxExtensionWorkingDays()).isEqualTo(extension);
        assertThat(rule.differentHandler()).isEqualTo(differentHandler);
        assertThat(code.hasStage(3)).as("the Code has exactly two stages").isFalse();
    }

    @ParameterizedTest(name = "{0}: stage {1} received {2} is acknowledged by {3}")
    @CsvSource(delimiter = '|', textBlock = """
            an ordinary week                      | 1 | 2025-06-02 | 2025-06-09
            received on Good Friday's eve         | 1 | 2025-04-17 | 2025-04-28
            received on Christmas Eve             | 1 | 2025-12-24 | 2026-01-05
            received on New Year's Eve            | 1 | 2025-12-31 | 2026-01-08
            received on the last day of 2025/26   | 1 | 2026-03-31 | 2026-04-09
            due on leap day 2024                  | 1 | 2024-02-22 | 2024-02-29
            due on leap day 2028                  | 2 | 2028-02-22 | 2028-02-29
            received on leap day 2024             | 2 | 2024-02-29 | 2024-03-07
            received on a Saturday                | 1 | 2025-06-07 | 2025-06-13
            asked for on the day stage 1 answered | 2 | 2025-06-10 | 2025-06-17
            """)
    void dueForAcknowledgementFiveWorkingDaysAfterReceipt(String when, int stage, LocalDate receivedOn,
            LocalDate acknowledgementDue) {
        assertThat(code.start(stage, receivedOn).acknowledgementDue()).isEqualTo(acknowledgementDue);
    }

    @ParameterizedTest(name = "{0}: stage {1} received {2}, acknowledged {3}, is answered by {4}")
    @CsvSource(delimiter = '|', textBlock = """
            an ordinary fortnight                  | 1 | 2025-06-02 | 2025-06-04 | 2025-06-18
            acknowledged on Good Friday's eve      | 1 | 2024-03-27 | 2024-03-28 | 2024-04-15
            acknowledged on Christmas Eve          | 1 | 2025-12-22 | 2025-12-24 | 2026-01-12
            acknowledged the day it was received   | 1 | 2025-06-02 | 2025-06-02 | 2025-06-16
            acknowledged late still counts from it | 1 | 2025-06-02 | 2025-06-16 | 2025-06-30
            acknowledged on leap day 2024          | 1 | 2024-02-28 | 2024-02-29 | 2024-03-14
            across the financial year end          | 1 | 2026-03-27 | 2026-03-30 | 2026-04-15
            asked for on the day stage 1 answered  | 2 | 2025-06-10 | 2025-06-12 | 2025-07-10
            acknowledged on late May bank holiday's eve | 2 | 2025-05-20 | 2025-05-23 | 2025-06-23
            stage 2 over Christmas and New Year    | 2 | 2026-12-17 | 2026-12-23 | 2027-01-25
            """)
    void dueForResponseFromTheDayOfAcknowledgement(String when, int stage, LocalDate receivedOn,
            LocalDate acknowledgedOn, LocalDate responseDue) {
        assertThat(code.responseDueOnAcknowledgement(stage, receivedOn, acknowledgedOn)).isEqualTo(responseDue);
    }

    @ParameterizedTest(name = "stage {0} due {1}, already extended to {2}, extended by {3} more: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            1 | 2024-04-15 | 2024-04-15 | 10 | 2024-04-29
            1 | 2024-04-15 | 2024-04-15 | 11 | The Complaint Handling Code allows at most 10 working days of extension at stage 1
            1 | 2024-04-15 | 2024-04-22 |  5 | 2024-04-29
            1 | 2024-04-15 | 2024-04-22 |  6 | The Complaint Handling Code allows at most 10 working days of extension at stage 1
            1 | 2025-12-17 | 2025-12-17 | 10 | 2026-01-05
            2 | 2025-07-10 | 2025-07-10 | 20 | 2025-08-07
            2 | 2025-07-10 | 2025-07-10 | 21 | The Complaint Handling Code allows at most 20 working days of extension at stage 2
            2 | 2025-07-10 | 2025-07-24 | 10 | 2025-08-07
            2 | 2025-07-10 | 2025-07-24 | 11 | The Complaint Handling Code allows at most 20 working days of extension at stage 2
            2 | 2024-02-15 | 2024-02-15 | 10 | 2024-02-29
            """)
    void extendsUpToTheCodesCapAndNoFurther(int stage, LocalDate originalDue, LocalDate currentDue, int days,
            String outcome) {
        if (outcome.startsWith("20")) {
            assertThat(code.extend(stage, originalDue, currentDue, days)).isEqualTo(LocalDate.parse(outcome));
        } else {
            assertThatThrownBy(() -> code.extend(stage, originalDue, currentDue, days))
                    .isInstanceOf(InvalidInput.class).hasMessage("workingDays: " + outcome);
        }
    }
}
