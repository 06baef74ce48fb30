package org.redress.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a letter names a stage: never "stage 1 (Stage 1)". */
class StageInFullTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "1 | Stage 1                 | stage 1",
            "1 | stage 1                 | stage 1",
            "2 | ' Stage 2 '             | stage 2",
            "1 | Local resolution        | stage 1 (Local resolution)",
            "2 | Review by the director  | stage 2 (Review by the director)",
            "2 | null                    | stage 2",
            "2 | ''                      | stage 2",
            "3 | Stage 2                 | stage 3 (Stage 2)",
    })
    void namesTheStageOnceUnlessItsNameSaysMore(int number, String name, String expected) {
        assertThat(CustomerLetters.stageInFull(number, name)).isEqualTo(expected);
    }
}
