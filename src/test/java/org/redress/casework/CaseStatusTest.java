package org.redress.casework;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaseStatusTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "RECEIVED, ACKNOWLEDGED, true",
            "RECEIVED, RESPONDED, true",
            "RECEIVED, CLOSED, true",
            "RECEIVED, WITHDRAWN, true",
            "ACKNOWLEDGED, UNDER_INVESTIGATION, true",
            "ACKNOWLEDGED, RECEIVED, false",
            "UNDER_INVESTIGATION, RESPONDED, true",
            "UNDER_INVESTIGATION, CLOSED, false",
            "UNDER_INVESTIGATION, ACKNOWLEDGED, false",
            "RESPONDED, CLOSED, true",
            "RESPONDED, RECEIVED, true",
            "RESPONDED, WITHDRAWN, false",
            "CLOSED, RECEIVED, true",
            "CLOSED, RESPONDED, false",
            "WITHDRAWN, RESPONDED, false",
            "WITHDRAWN, RECEIVED, false",
            "WITHDRAWN, CLOSED, false",
    })
    void allowsOnlyTheListedMoves(CaseStatus from, CaseStatus to, boolean allowed) {
        assertThat(from.canTransitionTo(to)).isEqualTo(allowed);
    }

    @ParameterizedTest
    @CsvSource({"RECEIVED, true", "ACKNOWLEDGED, true", "UNDER_INVESTIGATION, true", "RESPONDED, false",
            "CLOSED, false", "WITHDRAWN, false"})
    void countsOnlyUnansweredCasesAsOpen(CaseStatus status, boolean open) {
        assertThat(status.isOpen()).isEqualTo(open);
    }
}
