package org.redress.organisation;

import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.stereotype.Component;

/**
 * The password for accounts made at start-up: {@code REDRESS_ADMIN_PASSWORD} when set, else one generated once
 * per start, used and printed only when the administrator is first made, so a first start never ships a known
 * password and later starts never show one.
 */
@Component
public class InitialPassword {

    private final String password;
    private final boolean generated;

    InitialPassword(FirstStartProperties properties) {
        String given = properties.admin().password();
        this.generated = given == null || given.isBlank();
        this.password = generated ? generate() : given;
    }

    public String value() {
        return password;
    }

    public boolean generated() {
        return generated;
    }

    private static String generate() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
