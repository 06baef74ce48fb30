package org.redress.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** REDRESS_AUTHORITY_PROCEDURE names one of the procedures every council gets, or the start stops saying so. */
class DefaultPoliciesTest {

    @ParameterizedTest(name = "''{0}'' makes {1} the new council's default")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            -                          | corporate
            ''                         | corporate
            corporate                  | corporate
            complaint_handling_code    | complaint_handling_code
            ' complaint_handling_code' | complaint_handling_code
            """)
    void takesTheProcedureTheSettingNames(String setting, String code) {
        assertThat(DefaultPolicies.newCouncilDefault(setting)).isEqualTo(code);
    }

    @ParameterizedTest(name = "refuses ''{0}''")
    @CsvSource({"housing", "Complaint Handling Code", "CORPORATE"})
    void refusesAProcedureNoCouncilHas(String setting) {
        assertThatThrownBy(() -> DefaultPolicies.newCouncilDefault(setting))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("REDRESS_AUTHORITY_PROCEDURE")
                .hasMessageContaining("complaint_handling_code");
    }
}
