package org.redress.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SecretsTest {

    static final String KEY = "QOxWT49ofEyJggRXcJid5hWDgiVnYPgIqJKf487FTao=";
    static final String OTHER_KEY = "m0Y1k3cXqQ8G7Jb1bN0XwY2p0cN4c0Zr6s1wKq3a9xE=";

    final Secrets secrets = new Secrets(KEY);

    @Test
    void aSealedSecretOpensForItsPurposeAndDoesNotShowThePlainText() {
        String sealed = secrets.seal("mailbox-password", "inbox_mailbox.password:1");

        assertThat(sealed).startsWith("v1:").doesNotContain("mailbox-password");
        assertThat(secrets.open(sealed, "inbox_mailbox.password:1")).isEqualTo("mailbox-password");
    }

    @Test
    void theSameSecretSealsDifferentlyEachTimeWithARandomNonce() {
        assertThat(secrets.seal("same", "p")).isNotEqualTo(secrets.seal("same", "p"));
    }

    @Test
    void aSealedSecretCopiedToAnotherCouncilOrColumnDoesNotOpen() {
        String sealed = secrets.seal("mailbox-password", "inbox_mailbox.password:1");

        assertThatThrownBy(() -> secrets.open(sealed, "inbox_mailbox.password:2"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot be read");
    }

    @Test
    void aSecretSealedUnderAnotherKeyDoesNotOpen() {
        String sealed = new Secrets(OTHER_KEY).seal("mailbox-password", "p");

        assertThatThrownBy(() -> secrets.open(sealed, "p")).hasMessageContaining("was the key changed?");
    }

    @Test
    void aTamperedSecretDoesNotOpen() {
        String sealed = secrets.seal("mailbox-password", "p");
        char last = sealed.charAt(sealed.length() - 3);
        String tampered = sealed.substring(0, sealed.length() - 3) + (last == 'A' ? 'B' : 'A') + sealed.substring(sealed.length() - 2);

        assertThatThrownBy(() -> secrets.open(tampered, "p")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withoutAKeySavingASecretIsRefusedNamingTheSetting() {
        Secrets none = new Secrets("");

        assertThat(none.available()).isFalse();
        assertThatThrownBy(() -> none.seal("mailbox-password", "p")).isInstanceOf(Refused.class)
                .hasMessageContaining("REDRESS_SECRETS_KEY");
    }

    @Test
    void aKeyThatIsNot32BytesStopsTheStartWithAMessage() {
        assertThatThrownBy(() -> new Secrets("c2hvcnQ=")).hasMessageContaining("must be 32 bytes");
        assertThatThrownBy(() -> new Secrets("not base64!")).hasMessageContaining("must be base64");
    }
}
