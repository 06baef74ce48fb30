package org.redress.ombudsman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Ombudsman's three rates and the average of similar authorities, with the letters' and model report's figures. */
class OmbudsmanRatesTest {

    @ParameterizedTest(name = "{0} of {1} is {2}%")
    @CsvSource(nullValues = "n/a", textBlock = """
            # numerator, denominator, percent, where it comes from
            19, 49,  39,  an annual review letter: 30 not upheld + 19 upheld
             7, 11,  64,  another letter: uphold rate
             1,  7,  14,  the same letter: satisfactory remedy (1 of 7 upheld)
            40, 54,  74,  the model report, table 18: 40 upheld + 14 not upheld
             2,  5,  40,  an exact percentage
             5,  9,  56,  55.6 rounds up
             2, 23,   9,  8.7 rounds up (integer division would give 8)
             0,  0, n/a,  no investigations: not applicable, never 0%
             0,  4,   0,  none upheld of some is 0%
             6,  6, 100,  all
             1, 40,   3,  2.5 rounds half away from zero (half-even would give 2)
             1,  8,  13,  12.5 rounds up (half-even would give 12)
            23, 40,  58,  57.5: Math.round(23 / 40.0 * 100) gives 57
            29, 200, 15,  14.5: Math.round(29 / 200.0 * 100) gives 14
            """)
    void roundsToWholePercentagesHalfAwayFromZero(long numerator, long denominator, Integer percent, String source) {
        assertThat(Fraction.of(numerator, denominator).percent()).as(source).isEqualTo(percent);
    }

    @ParameterizedTest(name = "upheld {0}, not upheld {1}, remedied {2}, compliance {4} of {3} -> {5}%, {6}%, {7}%")
    @CsvSource(nullValues = "n/a", textBlock = """
            # upheld, not upheld, remedied by authority, compliance outcomes, complied, uphold, compliance, remedy
            19, 30, 0,  0, 0,  39, n/a,   0
             7,  4, 1,  6, 6,  64, 100,  14
            40, 14, 5,  9, 5,  74,  56,  13
             0,  0, 0,  0, 0, n/a, n/a, n/a
             0,  3, 0,  5, 2,   0,  40, n/a
            """)
    void computesTheThreeRatesOfTheAnnualLetter(long upheld, long notUpheld, long remedied, long outcomes,
            long complied, Integer uphold, Integer compliance, Integer remedy) {
        AnnualFigures figures = new AnnualFigures(upheld, notUpheld, remedied, outcomes, complied);

        assertThat(figures.detailedInvestigations()).isEqualTo(upheld + notUpheld);
        assertThat(figures.upholdRate()).isEqualTo(uphold);
        assertThat(figures.complianceRate()).isEqualTo(compliance);
        assertThat(figures.satisfactoryRemedyRate()).isEqualTo(remedy);
    }

    @Test
    void theSatisfactoryRemedyRateIsOutOfUpheldCasesNotOutOfInvestigations() {
        // A published annual review letter (docs/rules.md §12): 11 investigations, 7 upheld, 1 remedied early: 14%,
        // not 9% (1 of 11).
        assertThat(new AnnualFigures(7, 4, 1, 0, 0).satisfactoryRemedyRate()).isEqualTo(14);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "n/a", textBlock = """
            # authorities as n/d;n/d...        | pooled | mean
            one authority                      | 7/11         | 64  | 64
            a big authority outweighs a small one when pooled | 90/100;1/10 | 83 | 50
            an authority with no investigations is left out, not counted as 0% | 1/2;3/4;0/0 | 67 | 63
            none with anything to count        | 0/0;0/0      | n/a | n/a
            the mean rounds once, at the end (rounding 12.5% first would give 9) | 1/8;1/8;0/1 | 12 | 8
            halves round up in the mean too    | 1/4;1/4;0/1;1/1 | 30 | 38
            """)
    void averagesSimilarAuthoritiesPooledByDefaultOrAsAMeanOfRates(String description, String authorities,
            Integer pooled, Integer mean) {
        List<Fraction> fractions = new ArrayList<>();
        for (String f : authorities.split(";")) {
            String[] parts = f.split("/");
            fractions.add(Fraction.of(Long.parseLong(parts[0]), Long.parseLong(parts[1])));
        }

        assertThat(PeerAverage.POOLED.average(fractions)).as(description).isEqualTo(pooled);
        assertThat(PeerAverage.MEAN.average(fractions)).as(description).isEqualTo(mean);
    }

    @Test
    void refusesCountsThatCannotBe() {
        assertThatThrownBy(() -> Fraction.of(5, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fraction.of(-1, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AnnualFigures(2, 1, 3, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AnnualFigures(2, 1, 0, 1, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"pooled, POOLED", "MEAN, MEAN", "' mean ', MEAN"})
    void readsTheConfiguredMethod(String key, PeerAverage method) {
        assertThat(PeerAverage.fromKey(key)).isEqualTo(method);
    }
}
