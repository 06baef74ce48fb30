package org.redress.conduct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConductOutcomeTest {

    /** Each outcome, when it is decided, and the row of table 16 it is counted in (none: not final). */
    @ParameterizedTest(name = "{0}: {1}, {2}")
    @CsvSource({
            "no_action,                  ASSESSMENT,    NO_ACTION_OR_DISMISSED",
            "resolved_upon_receipt,      ASSESSMENT,    NO_ACTION_OR_DISMISSED",
            "dismissed,                  ASSESSMENT,    NO_ACTION_OR_DISMISSED",
            "action_taken_by_party,      ASSESSMENT,    ACTION_TAKEN",
            "referred_for_investigation, ASSESSMENT,    ",
            "no_breach_found,            INVESTIGATION, NO_ACTION_OR_DISMISSED",
            "breach_found_with_sanction, INVESTIGATION, ACTION_TAKEN"})
    void eachOutcomeIsDecidedAtItsStepAndCountedInItsRow(String key, ConductOutcome.Step step, Table16Row row) {
        ConductOutcome outcome = ConductOutcome.fromKey(key);
        assertThat(outcome.step()).isEqualTo(step);
        assertThat(outcome.row()).isEqualTo(row);
        assertThat(outcome.isFinal()).isEqualTo(row != null);
        if (row != null) {
            assertThat(row.outcomeKeys()).contains(key);
        }
    }

    @ParameterizedTest
    @CsvSource({"telling_off", "''", "Dismissed by the Monitoring Officer"})
    void refusesAnUnknownOutcomeNamingTheChoices(String key) {
        assertThatThrownBy(() -> ConductOutcome.fromKey(key)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not an outcome").hasMessageContaining("no_action");
    }
}
