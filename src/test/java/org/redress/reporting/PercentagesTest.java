package org.redress.reporting;

import org.redress.platform.FinancialYear;
import org.redress.platform.Percentages;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The report's rules for percentages, changes and financial years, with the cases that break naive code. */
class PercentagesTest {

    @ParameterizedTest(name = "{0} of {1} is {2}%")
    @CsvSource(nullValues = "null", value = {
            "1, 40, 3",          // 2.5% rounds up, as the seed's table 5 prints it
            "-1, 40, -3",        // and -2.5% away from zero, not towards it (Math.round gives -2)
            "3, 200, 2",         // 1.5 -> 2
            "1, 200, 1",         // 0.5 -> 1
            "-1, 200, -1",       // -0.5 -> -1 (Math.round gives 0)
            "144, 5704, 3",      // 2.52%: the seed printed 2%
            "50, 119, 42",       // table 2: the seed printed 44%
            "1, 3, 33",
            "2, 3, 67",
            "0, 5, 0",
            "0, 0, null",        // nothing to share: not applicable, never 0% and never a division error
            "7, 0, null",
            "5375, 5375, 100"})
    void sharesAreWholePercentagesRoundedHalfAwayFromZero(long part, long whole, Integer expected) {
        assertThat(Percentages.share(part, whole)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} to {0} is {2}%")
    @CsvSource(nullValues = "null", value = {
            "5375, 5866, -8",    // table 1
            "169, 119, 42",      // table 2, SCS
            "867, 1044, -17",
            "3585, 3611, -1",
            "41, 40, 3",         // +2.5%
            "39, 40, -3",        // -2.5%
            "5, 0, null",        // from nothing: no percentage change
            "0, 0, null",
            "0, 5, -100"})
    void changeIsAgainstThePreviousYear(long now, long before, Integer expected) {
        assertThat(Percentages.change(now, before)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "£{1} to £{0} is {2}%")
    @CsvSource(nullValues = "null", value = {
            "64966.05, 81952.79, -21",
            "102.50, 100.00, 3",
            "97.50, 100.00, -3",
            "10.00, 0.00, null"})
    void changeOfMoneyIsRoundedTheSameWay(BigDecimal now, BigDecimal before, Integer expected) {
        assertThat(Percentages.change(now, before)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource({
            "2021-03-31, 2020/21",   // the year ends on 31 March...
            "2021-04-01, 2021/22",   // ...and the next starts on 1 April
            "2020-04-01, 2020/21",
            "2020-03-31, 2019/20",
            "2020-02-29, 2019/20",   // leap day
            "2020-01-01, 2019/20",
            "1999-12-31, 1999/00"})
    void aDayFallsInTheFinancialYearFromAprilToMarch(LocalDate day, String year) {
        assertThat(FinancialYear.of(day).name()).isEqualTo(year);
        assertThat(FinancialYear.of(day).contains(day)).isTrue();
    }

    @ParameterizedTest(name = "{0} is in quarter {1}")
    @CsvSource({"2020-04-01, 1", "2020-06-30, 1", "2020-07-01, 2", "2020-12-31, 3", "2021-01-01, 4",
            "2021-03-31, 4"})
    void quartersStartInApril(LocalDate day, int quarter) {
        FinancialYear year = FinancialYear.of(day);
        assertThat(year.quarterOf(day)).isEqualTo(quarter);
        assertThat(day).isBetween(year.quarterStart(quarter), year.quarterEnd(quarter));
    }

    @ParameterizedTest
    @CsvSource({"'Growth, Environment and Transport', growth-environment-and-transport",
            "'Children, Young People & Education', children-young-people-education",
            "' Public Health ', public-health"})
    void directoratesGetAddressableSlugs(String name, String slug) {
        assertThat(AnnualFeedbackReport.slug(name)).isEqualTo(slug);
    }
}
