package org.redress.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.redress.calendar.Calendars;
import org.redress.calendar.DayByDayCalendar;
import org.redress.organisation.BankHolidayRegion;
import org.redress.platform.InvalidInput;
import org.redress.platform.Refused;

/** Due dates of the default procedures; every expected date was counted by hand on a calendar. */
class DueDatesTest {

    /** England's third lockdown: 5 January to 19 February 2021, 34 working days. */
    private static final Suspension LOCKDOWN = new Suspension(1, LocalDate.parse("2021-01-05"),
            LocalDate.parse("2021-02-19"), "Third national lockdown");

    @ParameterizedTest(name = "{0} stage {2} received {3} in {1}: acknowledge by {4}, respond by {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            corporate               | ENGLAND_AND_WALES | 1 | 2020-12-17 | 2020-12-22 | 2021-01-19
            corporate               | ENGLAND_AND_WALES | 2 | 2021-01-04 | 2021-01-07 | 2021-02-01
            corporate               | ENGLAND_AND_WALES | 1 | 2020-07-10 | 2020-07-15 | 2020-08-07
            corporate               | NORTHERN_IRELAND  | 1 | 2020-07-10 | 2020-07-16 | 2020-08-10
            corporate               | SCOTLAND          | 1 | 2020-12-17 | 2020-12-22 | 2021-01-20
            complaint_handling_code | ENGLAND_AND_WALES | 1 | 2020-12-17 | 2020-12-24 | 2021-01-12
            complaint_handling_code | ENGLAND_AND_WALES | 2 | 2022-06-01 | 2022-06-10 | 2022-07-08
            adult_social_care       | ENGLAND_AND_WALES | 1 | 2020-12-17 | 2020-12-22 | 2021-06-17
            adult_social_care       | ENGLAND_AND_WALES | 1 | 2020-08-31 | 2020-09-03 | 2021-02-26
            adult_social_care       | ENGLAND_AND_WALES | 1 | 2023-08-29 | 2023-09-01 | 2024-02-29
            adult_social_care       | ENGLAND_AND_WALES | 1 | 2022-11-08 | 2022-11-11 | 2023-05-05
            children_act            | ENGLAND_AND_WALES | 1 | 2020-12-17 | -          | 2021-01-05
            children_act            | ENGLAND_AND_WALES | 2 | 2020-12-17 | -          | 2021-01-26
            children_act            | ENGLAND_AND_WALES | 3 | 2020-12-17 | -          | 2021-02-02
            children_act            | ENGLAND_AND_WALES | 1 | 2020-11-26 | -          | 2020-12-10
            children_act            | SCOTLAND          | 1 | 2020-11-26 | -          | 2020-12-11
            joint_mental_health     | ENGLAND_AND_WALES | 1 | 2020-12-17 | 2020-12-22 | 2021-02-02
            """)
    void computesEachStagesDueDates(String code, BankHolidayRegion region, int stage, LocalDate receivedOn,
            LocalDate acknowledgementDue, LocalDate responseDue) {
        StageClock clock = dueDates(code, region).start(stage, receivedOn);

        assertThat(clock).isEqualTo(new StageClock(acknowledgementDue, responseDue, 0));
    }

    @ParameterizedTest(name = "{0} received {1} during or before the 2021 lockdown: respond by {3}, {4} days stood still")
    @CsvSource(delimiter = '|', textBlock = """
            corporate         | 2020-12-17 | 2020-12-22 | 2021-03-08 | 34
            corporate         | 2021-01-11 | 2021-02-24 | 2021-03-19 | 29
            adult_social_care | 2020-12-17 | 2020-12-22 | 2021-08-04 | 34
            corporate         | 2021-03-01 | 2021-03-04 | 2021-03-29 |  0
            """)
    void standsTheClockStillDuringASuspension(String code, LocalDate receivedOn, LocalDate acknowledgementDue,
            LocalDate responseDue, int suspended) {
        DueDates dueDates = new DueDates(DefaultPolicies.ALL.stream().filter(p -> p.code().equals(code)).findFirst()
                .orElseThrow(), Calendars.regionCalendar(BankHolidayRegion.ENGLAND_AND_WALES), List.of(LOCKDOWN));

        assertThat(dueDates.start(1, receivedOn))
                .isEqualTo(new StageClock(acknowledgementDue, responseDue, suspended));
    }

    @Test
    void countsTheCodesResponseFromTheDayItWasAcknowledged() {
        assertThat(dueDates("complaint_handling_code", BankHolidayRegion.ENGLAND_AND_WALES)
                .responseDueOnAcknowledgement(1, LocalDate.parse("2020-12-17"), LocalDate.parse("2020-12-18")))
                .isEqualTo(LocalDate.parse("2021-01-06"));
    }

    @Test
    void keepsTheCorporateResponseCountedFromReceiptWhenAcknowledged() {
        assertThat(dueDates("corporate", BankHolidayRegion.ENGLAND_AND_WALES)
                .responseDueOnAcknowledgement(1, LocalDate.parse("2020-12-17"), LocalDate.parse("2020-12-18")))
                .isEqualTo(LocalDate.parse("2021-01-19"));
    }

    @Test
    void refusesAStageTheProcedureDoesNotHave() {
        assertThatThrownBy(() -> dueDates("complaint_handling_code", BankHolidayRegion.ENGLAND_AND_WALES)
                .start(3, LocalDate.parse("2020-12-17")))
                .isInstanceOf(Refused.class).hasMessage("Complaint Handling Code has no stage 3");
    }

    @ParameterizedTest(name = "extending {1} (first due {0}) by {2} working days gives {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2021-01-12 | 2021-01-12 | 10 | 2021-01-26
            2021-01-12 | 2021-01-12 |  5 | 2021-01-19
            2021-01-12 | 2021-01-19 |  5 | 2021-01-26
            """)
    void extendsTheCodesStageOneUpToTenWorkingDays(LocalDate originalDue, LocalDate currentDue, int days,
            LocalDate expected) {
        assertThat(dueDates("complaint_handling_code", BankHolidayRegion.ENGLAND_AND_WALES)
                .extend(1, originalDue, currentDue, days)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "refuses extending {1} (first due {0}) by {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2021-01-12 | 2021-01-12 | 11 | The Complaint Handling Code allows at most 10 working days of extension at stage 1
            2021-01-12 | 2021-01-19 |  6 | The Complaint Handling Code allows at most 10 working days of extension at stage 1
            2021-01-12 | 2021-01-12 |  0 | Enter an extension of at least 1 working day
            """)
    void refusesExtensionsBeyondTheCodesLimit(LocalDate originalDue, LocalDate currentDue, int days, String message) {
        assertThatThrownBy(() -> dueDates("complaint_handling_code", BankHolidayRegion.ENGLAND_AND_WALES)
                .extend(1, originalDue, currentDue, days))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.field()).isEqualTo("workingDays");
                        assertThat(p.message()).isEqualTo(message);
                    });
                });
    }

    @Test
    void refusesAnExtensionBeyondTheLimitBeforeCountingToIt() {
        TallyingCalendar calendar = new TallyingCalendar();
        DueDates code = new DueDates(policy("complaint_handling_code"), calendar, List.of());
        LocalDate due = LocalDate.parse("2021-01-12");

        assertThatThrownBy(() -> code.extend(1, due, due, Integer.MAX_VALUE))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.field()).isEqualTo("workingDays")));
        assertThat(calendar.daysLookedAt).isLessThan(20);
    }

    /** Weekends only, keeping count of the days it is asked about and refusing to be asked about a year's worth. */
    private static final class TallyingCalendar extends DayByDayCalendar {
        int daysLookedAt;

        @Override
        public Optional<String> nonWorkingReason(LocalDate date) {
            if (++daysLookedAt > 366) {
                throw new IllegalStateException("Asked about " + daysLookedAt + " days to extend a case");
            }
            return date.getDayOfWeek().getValue() >= 6 ? Optional.of("Weekend") : Optional.empty();
        }
    }

    @Test
    void extendsAChildrenActInvestigationToSixtyFiveWorkingDaysInAll() {
        DueDates children = dueDates("children_act", BankHolidayRegion.ENGLAND_AND_WALES);
        LocalDate due = children.start(2, LocalDate.parse("2020-12-17")).responseDue();

        assertThat(Calendars.regionCalendar(BankHolidayRegion.ENGLAND_AND_WALES)
                .workingDaysBetween(LocalDate.parse("2020-12-17"), children.extend(2, due, due, 40)))
                .isEqualTo(65);
        assertThatThrownBy(() -> children.extend(2, due, due, 41)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> children.extend(3, due, due, 1)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("allows no extension at stage 3");
    }

    @ParameterizedTest(name = "received {0}, agreed {1}, complainant agreed longer {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2020-12-17 | 2021-06-17 | false | accepted
            2020-12-17 | 2021-01-15 | false | accepted
            2020-12-17 | 2021-06-18 | true  | accepted
            2020-12-17 | 2021-06-18 | false | The agreed date must be no later than 17 June 2021 (6 months after receipt) unless the complainant agreed to longer
            2020-12-17 | 2020-12-17 | false | The agreed date must be after the date the complaint was received
            """)
    void checksAnAgreedAdultSocialCareResponseDate(LocalDate receivedOn, LocalDate agreed, boolean longer,
            String outcome) {
        DueDates adults = dueDates("adult_social_care", BankHolidayRegion.ENGLAND_AND_WALES);
        if (outcome.equals("accepted")) {
            assertThat(adults.agreeResponseDate(1, receivedOn, agreed, longer)).isEqualTo(agreed);
        } else {
            assertThatThrownBy(() -> adults.agreeResponseDate(1, receivedOn, agreed, longer))
                    .isInstanceOf(InvalidInput.class).hasMessage("agreed: " + outcome);
        }
    }

    @Test
    void refusesToAgreeADateWhereTheProcedureSetsIt() {
        assertThatThrownBy(() -> dueDates("corporate", BankHolidayRegion.ENGLAND_AND_WALES)
                .agreeResponseDate(1, LocalDate.parse("2020-12-17"), LocalDate.parse("2021-01-10"), false))
                .isInstanceOf(Refused.class);
    }

    private static DueDates dueDates(String code, BankHolidayRegion region) {
        return new DueDates(policy(code), Calendars.regionCalendar(region), List.of());
    }

    private static ProcedurePolicy policy(String code) {
        return DefaultPolicies.ALL.stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }
}
