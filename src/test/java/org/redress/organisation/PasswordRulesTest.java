package org.redress.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Passwords an attacker tries first are refused with the reason; long unusual ones are accepted. */
class PasswordRulesTest {

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            aaaaaaaaaaaa               | repeat the same few characters
            abababababab               | repeat the same few characters
            short                      | at least 12 characters
            password1234               | most common
            Password2024!              | most common
            !!Welcome1!!!              | most common
            passwordpassword           | most common
            QwertyQwerty               | most common
            letmein12345               | most common
            correcthorsebatterystaple  | most common
            123456789012               | run of keys
            qwertyuiopas               | run of keys
            abcdefghijklm              | run of keys
            1qaz2wsx3edc               | run of keys
            098765432109               | run of keys
            j.bloggs-2024-spring       | your username
            Anyshire-is-lovely-99      | council's name
            """)
    void refusesPasswordsAttackersTryFirst(String password, String reason) {
        assertThat(PasswordRules.problem(password, "j.bloggs", "Anyshire County Council")).get().asString()
                .contains(reason);
    }

    @ParameterizedTest
    @CsvSource({"correct-horse-battery", "a-long-and-unusual-phrase", "kettle orbit lantern 42", "Xk3_pQ9-vB7mZ2",
            "second-council-first-password"})
    void acceptsLongUnusualPasswords(String password) {
        assertThat(PasswordRules.problem(password, "j.bloggs", "Anyshire County Council")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"0", "129"})
    void refusesPasswordsTooShortOrTooLong(int length) {
        assertThat(PasswordRules.problem("x1".repeat(length / 2 + 1).substring(0, length), "someone", "A Council")).isPresent();
    }
}
