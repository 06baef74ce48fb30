package org.redress.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/** The production password encoder: new hashes are bcrypt at cost 12 or more; older hashes still match. */
class PasswordHashingTest {

    final PasswordEncoder encoder = new SecurityConfiguration().passwordEncoder(SecurityConfiguration.DEFAULT_BCRYPT_STRENGTH);

    @Test
    void newHashesAreBcryptAtCostTwelveOrMore() {
        String hash = encoder.encode("correct-horse-battery");
        assertThat(hash).startsWith("{bcrypt}$2a$");
        assertThat(Integer.parseInt(hash.substring("{bcrypt}$2a$".length(), "{bcrypt}$2a$".length() + 2)))
                .isGreaterThanOrEqualTo(12);
        assertThat(encoder.matches("correct-horse-battery", hash)).isTrue();
        assertThat(encoder.matches("correct-horse-batterz", hash)).isFalse();
        assertThat(encoder.upgradeEncoding(hash)).isFalse();
    }

    @Test
    void olderAndWeakerHashesStillMatchAndAreMarkedForUpgrade() {
        String weak = "{bcrypt}" + new BCryptPasswordEncoder(10).encode("s3cret-passphrase");
        assertThat(encoder.matches("s3cret-passphrase", weak)).isTrue();
        assertThat(encoder.upgradeEncoding(weak)).isTrue();
        String pbkdf2 = "{pbkdf2@SpringSecurity_v5_8}"
                + Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode("s3cret-passphrase");
        assertThat(encoder.matches("s3cret-passphrase", pbkdf2)).isTrue();
        assertThat(encoder.matches("s3cret-passphrase", "{noop}s3cret-passphrase")).isFalse();
    }
}
