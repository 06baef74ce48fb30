package org.redress.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetentionPeriodTest {

    @ParameterizedTest(name = "closed {0}, {1} years: last day kept {2}")
    @CsvSource({
            "2020-06-15, 6, 2026-06-15",
            "2020-12-31, 6, 2026-12-31",
            "2021-01-01, 6, 2027-01-01",
            "2020-02-29, 6, 2026-02-28",
            "2020-02-29, 4, 2024-02-29",
            "2020-02-29, 8, 2028-02-29",
            "2019-02-28, 1, 2020-02-28",
            "2019-03-01, 1, 2020-03-01",
            "2020-03-31, 6, 2026-03-31",
            "2020-04-01, 10, 2030-04-01",
    })
    void keepsPersonalDataThroughTheAnniversaryOfClosure(LocalDate closedOn, int years, LocalDate lastDay) {
        assertThat(new RetentionPeriod(years).lastDayKept(closedOn)).isEqualTo(lastDay);
    }

    @ParameterizedTest(name = "closed {0}, {1} years, on {2}: ended {3}")
    @CsvSource({
            "2020-06-15, 6, 2026-06-15, false",
            "2020-06-15, 6, 2026-06-16, true",
            "2020-12-31, 6, 2026-12-31, false",
            "2020-12-31, 6, 2027-01-01, true",
            "2021-01-01, 6, 2026-12-31, false",
            "2021-01-01, 6, 2027-01-02, true",
            "2020-02-29, 6, 2026-02-28, false",
            "2020-02-29, 6, 2026-03-01, true",
            "2020-02-29, 4, 2024-02-29, false",
            "2020-02-29, 4, 2024-03-01, true",
            "2022-02-28, 6, 2028-02-28, false",
            "2022-02-28, 6, 2028-02-29, true",
            "2022-03-01, 6, 2028-02-29, false",
            "2022-03-01, 6, 2028-03-02, true",
    })
    void endsOnTheDayAfterTheLastDayKept(LocalDate closedOn, int years, LocalDate today, boolean ended) {
        assertThat(new RetentionPeriod(years).ended(closedOn, today)).isEqualTo(ended);
    }

    @ParameterizedTest(name = "closed {0}, {1} years, on {2}: found by the closure cut-off")
    @CsvSource({
            "2020-02-29, 6, 2026-03-01",
            "2022-02-28, 6, 2028-02-29",
            "2020-12-31, 6, 2027-01-01",
            "2019-02-28, 1, 2020-02-29",
            "2020-02-29, 1, 2021-03-01",
    })
    void everyEndedCaseClosedOnOrBeforeTheCutOff(LocalDate closedOn, int years, LocalDate today) {
        RetentionPeriod period = new RetentionPeriod(years);

        assertThat(period.ended(closedOn, today)).isTrue();
        assertThat(closedOn).isBeforeOrEqualTo(period.latestClosureEndedBy(today));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 101})
    void refusesAPeriodOutsideOneToAHundredYears(int years) {
        assertThatThrownBy(() -> new RetentionPeriod(years)).isInstanceOf(IllegalArgumentException.class);
    }
}
