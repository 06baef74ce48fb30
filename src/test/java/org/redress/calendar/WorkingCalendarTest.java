package org.redress.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.redress.organisation.BankHolidayRegion;
import org.redress.platform.InvalidInput;

/** Working-day arithmetic on each region's calendar; every expected date was counted by hand on a calendar. */
class WorkingCalendarTest {

    @ParameterizedTest(name = "{0}: {1} + {2} working days = {3} ({4})")
    @CsvSource(delimiter = '|', textBlock = """
            ENGLAND_AND_WALES | 2020-12-17 |  3 | 2020-12-22 | Thu to Tue, no holiday in the way
            ENGLAND_AND_WALES | 2020-12-17 | 20 | 2021-01-19 | Christmas Day, Boxing Day substitute Mon 28 Dec and New Year's Day skipped
            ENGLAND_AND_WALES | 2020-12-24 |  1 | 2020-12-29 | Christmas Day Fri, weekend, Boxing Day substitute Mon 28 Dec
            ENGLAND_AND_WALES | 2020-12-23 |  3 | 2020-12-30 | Thu 24, Tue 29, Wed 30
            ENGLAND_AND_WALES | 2020-12-31 |  1 | 2021-01-04 | across the year end: New Year's Day Fri
            ENGLAND_AND_WALES | 2020-05-07 |  1 | 2020-05-11 | VE Day Fri 8 May 2020
            ENGLAND_AND_WALES | 2020-05-01 |  1 | 2020-05-04 | Mon 4 May 2020 was worked: the early May holiday moved
            ENGLAND_AND_WALES | 2021-04-01 |  1 | 2021-04-06 | Good Friday 2 Apr and Easter Monday 5 Apr 2021
            ENGLAND_AND_WALES | 2022-06-01 |  1 | 2022-06-06 | Platinum Jubilee Thu 2 and Fri 3 June 2022
            ENGLAND_AND_WALES | 2022-05-27 |  1 | 2022-05-30 | Mon 30 May 2022 was worked: the spring holiday moved
            ENGLAND_AND_WALES | 2022-09-16 |  1 | 2022-09-20 | the Queen's state funeral Mon 19 Sep 2022
            ENGLAND_AND_WALES | 2023-04-28 |  5 | 2023-05-09 | early May Mon 1 May and the coronation Mon 8 May 2023
            ENGLAND_AND_WALES | 2019-12-31 |  1 | 2020-01-02 | no 2 January holiday outside Scotland
            ENGLAND_AND_WALES | 2020-11-27 |  1 | 2020-11-30 | no St Andrew's Day outside Scotland
            ENGLAND_AND_WALES | 2020-07-10 |  1 | 2020-07-13 | no Battle of the Boyne outside Northern Ireland
            ENGLAND_AND_WALES | 2024-02-28 |  1 | 2024-02-29 | leap day 2024 is a Thursday and worked
            ENGLAND_AND_WALES | 2024-02-23 |  5 | 2024-03-01 | across the leap day
            ENGLAND_AND_WALES | 2020-12-19 |  1 | 2020-12-21 | a start on a Saturday counts from the Monday
            ENGLAND_AND_WALES | 2020-12-25 |  0 | 2020-12-25 | no days added: the start itself
            ENGLAND_AND_WALES | 2020-12-29 | -1 | 2020-12-24 | backwards over Christmas
            SCOTLAND          | 2021-04-01 |  1 | 2021-04-05 | Scotland has Good Friday but not Easter Monday
            SCOTLAND          | 2019-12-31 |  1 | 2020-01-03 | New Year's Day and 2 January 2020
            SCOTLAND          | 2020-12-31 |  1 | 2021-01-05 | 2 January 2021 was Sat: substitute Mon 4 Jan
            SCOTLAND          | 2020-11-27 |  1 | 2020-12-01 | St Andrew's Day Mon 30 Nov 2020
            SCOTLAND          | 2025-11-28 |  1 | 2025-12-02 | St Andrew's Day 2025 is Sun: substitute Mon 1 Dec
            SCOTLAND          | 2022-06-01 |  1 | 2022-06-06 | Platinum Jubilee in Scotland too
            SCOTLAND          | 2022-09-16 |  1 | 2022-09-20 | state funeral in Scotland too
            SCOTLAND          | 2020-07-31 |  1 | 2020-08-04 | Scottish summer holiday is the first Monday of August
            NORTHERN_IRELAND  | 2020-03-16 |  1 | 2020-03-18 | St Patrick's Day Tue 17 Mar 2020
            NORTHERN_IRELAND  | 2020-07-10 |  1 | 2020-07-14 | Battle of the Boyne 2020 is Sun: substitute Mon 13 Jul
            NORTHERN_IRELAND  | 2021-04-01 |  1 | 2021-04-06 | Good Friday and Easter Monday 2021
            NORTHERN_IRELAND  | 2023-05-05 |  1 | 2023-05-09 | the coronation in Northern Ireland too
            NORTHERN_IRELAND  | 2020-12-17 | 20 | 2021-01-19 | Christmas 2020 as in England
            """)
    void addsWorkingDaysOverEachRegionsBankHolidays(BankHolidayRegion region, LocalDate start, int days,
            LocalDate expected, String why) {
        assertThat(Calendars.regionCalendar(region).addWorkingDays(start, days)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: working days after {1} up to {2} = {3}")
    @CsvSource(delimiter = '|', textBlock = """
            ENGLAND_AND_WALES | 2020-12-17 | 2021-01-19 |  20
            ENGLAND_AND_WALES | 2021-01-19 | 2020-12-17 | -20
            ENGLAND_AND_WALES | 2020-12-24 | 2020-12-28 |   0
            ENGLAND_AND_WALES | 2020-12-24 | 2020-12-24 |   0
            ENGLAND_AND_WALES | 2024-02-28 | 2024-03-01 |   2
            ENGLAND_AND_WALES | 2022-05-31 | 2022-06-06 |   2
            SCOTLAND          | 2020-12-31 | 2021-01-05 |   1
            SCOTLAND          | 2021-03-31 | 2021-04-06 |   3
            NORTHERN_IRELAND  | 2020-07-10 | 2020-07-14 |   1
            NORTHERN_IRELAND  | 2020-03-13 | 2020-03-20 |   4
            """)
    void countsWorkingDaysBetweenTwoDates(BankHolidayRegion region, LocalDate from, LocalDate to, int expected) {
        assertThat(Calendars.regionCalendar(region).workingDaysBetween(from, to)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1} is not worked because {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ENGLAND_AND_WALES | 2020-12-26 | Saturday
            ENGLAND_AND_WALES | 2020-12-27 | Sunday
            ENGLAND_AND_WALES | 2020-12-25 | Christmas Day
            ENGLAND_AND_WALES | 2020-12-28 | Boxing Day
            SCOTLAND          | 2025-12-01 | St Andrew's Day
            NORTHERN_IRELAND  | 2020-03-17 | St Patrick's Day
            NORTHERN_IRELAND  | 2020-07-13 | Battle of the Boyne
            """)
    void saysWhyADayIsNotWorked(BankHolidayRegion region, LocalDate date, String reason) {
        assertThat(Calendars.regionCalendar(region).nonWorkingReason(date)).contains(reason);
    }

    @Test
    void treatsEasterMondayAsAWorkingDayInScotlandOnly() {
        LocalDate easterMonday = LocalDate.parse("2021-04-05");
        assertThat(Calendars.regionCalendar(BankHolidayRegion.SCOTLAND).isWorkingDay(easterMonday)).isTrue();
        assertThat(Calendars.regionCalendar(BankHolidayRegion.ENGLAND_AND_WALES).isWorkingDay(easterMonday)).isFalse();
        assertThat(Calendars.regionCalendar(BankHolidayRegion.NORTHERN_IRELAND).isWorkingDay(easterMonday)).isFalse();
    }

    @Test
    void skipsTheCouncilsClosureDays() {
        WorkingCalendar closedOverChristmas = new CouncilCalendar(UkBankHolidays.GOV_UK,
                BankHolidayRegion.ENGLAND_AND_WALES, Map.of(
                        LocalDate.parse("2020-12-29"), "Christmas closure",
                        LocalDate.parse("2020-12-30"), "Christmas closure",
                        LocalDate.parse("2020-12-31"), "Christmas closure"),
                Map.of());

        assertThat(closedOverChristmas.addWorkingDays(LocalDate.parse("2020-12-24"), 1))
                .isEqualTo(LocalDate.parse("2021-01-04"));
        assertThat(closedOverChristmas.nonWorkingReason(LocalDate.parse("2020-12-30")))
                .contains("Council closure: Christmas closure");
        assertThat(closedOverChristmas.workingDaysBetween(LocalDate.parse("2020-12-17"), LocalDate.parse("2021-01-19")))
                .isEqualTo(17);
    }

    @Test
    void countsABankHolidayTheCouncilWorks() {
        WorkingCalendar opensOnEasterMonday = new CouncilCalendar(UkBankHolidays.GOV_UK,
                BankHolidayRegion.ENGLAND_AND_WALES, Map.of(),
                Map.of(LocalDate.parse("2021-04-05"), "Open on Easter Monday"));

        assertThat(opensOnEasterMonday.isWorkingDay(LocalDate.parse("2021-04-05"))).isTrue();
        assertThat(opensOnEasterMonday.addWorkingDays(LocalDate.parse("2021-04-01"), 1))
                .isEqualTo(LocalDate.parse("2021-04-05"));
    }

    @ParameterizedTest(name = "refuses to walk {0} working days from 17 December 2020")
    @CsvSource({"2147483647", "-2147483648", "13100"})
    void refusesToCountMoreWorkingDaysThanFiftyYearsHold(int workingDays) {
        TallyingCalendar calendar = new TallyingCalendar();

        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.parse("2020-12-17"), workingDays))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("date")));
        assertThat(calendar.daysLookedAt).isLessThanOrEqualTo(DayByDayCalendar.MOST_DAYS_WALKED);
    }

    @Test
    void refusesToCountWorkingDaysBetweenDatesCenturiesApart() {
        TallyingCalendar calendar = new TallyingCalendar();

        assertThatThrownBy(() -> calendar.workingDaysBetween(LocalDate.parse("2020-12-17"), LocalDate.MAX))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> calendar.workingDaysBetween(LocalDate.MAX, LocalDate.parse("2020-12-17")))
                .isInstanceOf(InvalidInput.class);
        assertThat(calendar.daysLookedAt).isZero();
    }

    @Test
    void keepsBankHolidaysOnlyForTheYearsItKnows() {
        UkBankHolidays holidays = new UkBankHolidays(UkBankHolidays.CORRECTIONS);
        for (int year = 2200; year < 2300; year++) {
            for (BankHolidayRegion region : BankHolidayRegion.values()) {
                assertThat(holidays.on(region, LocalDate.of(year, 12, 25))).isEmpty();
            }
        }
        assertThat(holidays.yearsKept()).isZero();

        assertThat(holidays.on(BankHolidayRegion.ENGLAND_AND_WALES, LocalDate.parse("2020-12-25"))).isPresent();
        assertThat(holidays.yearsKept()).isEqualTo(1);
    }

    /** Weekends only, counting the days it is asked about; refuses more than a long walk would need. */
    private static final class TallyingCalendar extends DayByDayCalendar {
        int daysLookedAt;

        @Override
        public Optional<String> nonWorkingReason(LocalDate date) {
            if (++daysLookedAt > 2 * DayByDayCalendar.MOST_DAYS_WALKED) {
                throw new IllegalStateException("Asked about " + daysLookedAt + " days");
            }
            return date.getDayOfWeek().getValue() >= 6 ? Optional.of("Weekend") : Optional.empty();
        }
    }
}
