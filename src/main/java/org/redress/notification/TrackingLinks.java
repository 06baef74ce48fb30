package org.redress.notification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Signed, expiring links that let a member of the public follow their case without an account. The token names the
 * council, the case and the last day it works, and carries an HMAC-SHA256 of them under a secret from configuration,
 * or (unset) one generated on first start and kept in the database so every instance shares it.
 */
@Component
public class TrackingLinks {

    static final String SECRET_NAME = "tracking-link";
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    /** The case a valid link is for. */
    public record Tracked(long authorityId, long caseId) {
    }

    private final JdbcClient db;
    private final NotificationProperties properties;
    private final Clock clock;
    private volatile byte[] secret;

    TrackingLinks(JdbcClient db, NotificationProperties properties, Clock clock) {
        this.db = db;
        this.properties = properties;
        this.clock = clock;
    }

    /** The full address to put in an email. */
    public String link(long authorityId, long caseId) {
        return properties.baseUrl() + "/feedback/track?t=" + token(authorityId, caseId);
    }

    /** A token that works until {@code trackingLinkDays} from today. */
    public String token(long authorityId, long caseId) {
        LocalDate lastDay = LocalDate.now(clock).plusDays(properties.trackingLinkDays());
        String payload = authorityId + "." + caseId + "." + lastDay.toEpochDay();
        return ENCODE.encodeToString(payload.getBytes(StandardCharsets.US_ASCII)) + "." + ENCODE.encodeToString(sign(payload));
    }

    /** The case a token is for; empty if it is malformed, forged or out of date (we never say which). */
    public Optional<Tracked> verify(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 1) {
            return Optional.empty();
        }
        try {
            String payload = new String(DECODE.decode(token.substring(0, dot)), StandardCharsets.US_ASCII);
            // Compare the whole token as issued: base64 ignores a last character's spare bits, so decoded bytes
            // alone would accept several spellings of one link.
            String expected = ENCODE.encodeToString(payload.getBytes(StandardCharsets.US_ASCII)) + "."
                    + ENCODE.encodeToString(sign(payload));
            if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                    token.getBytes(StandardCharsets.US_ASCII))) {
                return Optional.empty();
            }
            String[] parts = payload.split("\\.");
            if (parts.length != 3) {
                return Optional.empty();
            }
            LocalDate lastDay = LocalDate.ofEpochDay(Long.parseLong(parts[2]));
            if (LocalDate.now(clock).isAfter(lastDay)) {
                return Optional.empty();
            }
            return Optional.of(new Tracked(Long.parseLong(parts[0]), Long.parseLong(parts[1])));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Makes sure the secret exists at start-up rather than on the first email. */
    @EventListener(ApplicationReadyEvent.class)
    void ensureSecret() {
        secret();
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private byte[] secret() {
        byte[] s = secret;
        if (s == null) {
            synchronized (this) {
                if (secret == null) {
                    secret = loadSecret();
                }
                s = secret;
            }
        }
        return s;
    }

    private byte[] loadSecret() {
        String configured = properties.trackingSecret();
        if (configured != null && !configured.isBlank()) {
            return configured.strip().getBytes(StandardCharsets.UTF_8);
        }
        Optional<String> stored = storedSecret();
        if (stored.isEmpty()) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            try {
                db.sql("insert into notification_secret (name, secret) values (?, ?)")
                        .params(SECRET_NAME, Base64.getEncoder().encodeToString(fresh)).update();
            } catch (DuplicateKeyException anotherInstanceWasFirst) {
                // Several instances starting together: whichever wrote first, all use its secret.
            }
            stored = storedSecret();
        }
        return Base64.getDecoder().decode(stored.orElseThrow());
    }

    private Optional<String> storedSecret() {
        return db.sql("select secret from notification_secret where name = ?").param(SECRET_NAME).query(String.class)
                .optional();
    }
}
