package org.redress.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redress.organisation.Authorities;
import org.redress.organisation.AuthorityType;
import org.redress.organisation.BankHolidayRegion;
import org.redress.platform.InvalidInput;
import org.redress.platform.NotFound;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

/** Closure days and worked bank holidays on the database, and the calendars built from them. */
@SpringBootTest
@TestPropertySource(properties = {"redress.demo-data=false",
        "spring.datasource.url=${SPRING_DATASOURCE_URL:jdbc:h2:mem:redress-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1}"})
class CalendarsIT {

    @Autowired
    Calendars calendars;

    @Autowired
    Authorities authorities;

    @Test
    void keepsAClosureDayAndCountsIt() {
        long council = council(BankHolidayRegion.ENGLAND_AND_WALES);

        calendars.addClosureDay(council, LocalDate.parse("2020-12-29"), " Christmas closure ");

        assertThat(calendars.closureDays(council))
                .containsExactly(new ClosureDay(LocalDate.parse("2020-12-29"), "Christmas closure"));
        WorkingCalendar calendar = calendars.forAuthority(council);
        assertThat(calendar.nonWorkingReason(LocalDate.parse("2020-12-29"))).contains("Council closure: Christmas closure");
        assertThat(calendar.addWorkingDays(LocalDate.parse("2020-12-24"), 1)).isEqualTo(LocalDate.parse("2020-12-30"));
    }

    @Test
    void removesAClosureDay() {
        long council = council(BankHolidayRegion.ENGLAND_AND_WALES);
        calendars.addClosureDay(council, LocalDate.parse("2020-12-29"), "Christmas closure");

        calendars.removeClosureDay(council, LocalDate.parse("2020-12-29"));

        assertThat(calendars.closureDays(council)).isEmpty();
        assertThat(calendars.forAuthority(council).isWorkingDay(LocalDate.parse("2020-12-29"))).isTrue();
        assertThatThrownBy(() -> calendars.removeClosureDay(council, LocalDate.parse("2020-12-29")))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void keepsEachCouncilsDaysToItself() {
        long closed = council(BankHolidayRegion.ENGLAND_AND_WALES);
        long open = council(BankHolidayRegion.ENGLAND_AND_WALES);

        calendars.addClosureDay(closed, LocalDate.parse("2020-12-29"), "Christmas closure");

        assertThat(calendars.closureDays(open)).isEmpty();
        assertThat(calendars.forAuthority(open).isWorkingDay(LocalDate.parse("2020-12-29"))).isTrue();
        assertThatThrownBy(() -> calendars.removeClosureDay(open, LocalDate.parse("2020-12-29")))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void refusesAClosureOnADayAlreadyOffOrAlreadyEntered() {
        long council = council(BankHolidayRegion.ENGLAND_AND_WALES);
        calendars.addClosureDay(council, LocalDate.parse("2020-12-29"), "Christmas closure");

        assertThatThrownBy(() -> calendars.addClosureDay(council, LocalDate.parse("2020-12-28"), "Closed"))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("date: 28 December 2020 is already not a working day (Boxing Day)");
        assertThatThrownBy(() -> calendars.addClosureDay(council, LocalDate.parse("2020-12-29"), "Again"))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("date: The calendar already has an entry for 29 December 2020");
        assertThatThrownBy(() -> calendars.addClosureDay(council, null, " "))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactlyInAnyOrder("date", "description"));
    }

    @Test
    void worksABankHolidayOfTheCouncilsRegionOnly() {
        long scottish = council(BankHolidayRegion.SCOTLAND);

        calendars.workBankHoliday(scottish, LocalDate.parse("2020-11-30"), "Open on St Andrew's Day");

        assertThat(calendars.workedBankHolidays(scottish))
                .containsExactly(new WorkedBankHoliday(LocalDate.parse("2020-11-30"), "Open on St Andrew's Day"));
        assertThat(calendars.forAuthority(scottish).addWorkingDays(LocalDate.parse("2020-11-27"), 1))
                .isEqualTo(LocalDate.parse("2020-11-30"));
        assertThatThrownBy(() -> calendars.workBankHoliday(scottish, LocalDate.parse("2021-04-05"), "Easter Monday"))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("date: 5 April 2021 is not a bank holiday in Scotland");

        calendars.removeWorkedBankHoliday(scottish, LocalDate.parse("2020-11-30"));
        assertThat(calendars.forAuthority(scottish).isWorkingDay(LocalDate.parse("2020-11-30"))).isFalse();
    }

    @Test
    void usesTheBankHolidaysOfTheCouncilsRegion() {
        assertThat(calendars.forAuthority(council(BankHolidayRegion.NORTHERN_IRELAND))
                .isWorkingDay(LocalDate.parse("2020-07-13"))).isFalse();
        assertThat(calendars.forAuthority(council(BankHolidayRegion.ENGLAND_AND_WALES))
                .isWorkingDay(LocalDate.parse("2020-07-13"))).isTrue();
    }

    private long council(BankHolidayRegion region) {
        String code = "C" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return authorities.create(code, "Test council " + code, AuthorityType.UNITARY, region).id();
    }
}
