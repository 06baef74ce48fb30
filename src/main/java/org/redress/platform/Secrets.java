package org.redress.platform;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Secrets kept in the database (a mailbox password, an OAuth client secret), encrypted with AES-256-GCM under the
 * key in {@code REDRESS_SECRETS_KEY} (base64 of 32 bytes), a random 96-bit nonce per value. Each value is bound to
 * what it is for (its {@code purpose}, e.g. the column and council), so a sealed value copied to another row does not
 * open. Without a key nothing can be sealed: saving a secret is refused with a message saying so (ADR 0010).
 */
@Component
public class Secrets {

    private static final String VERSION = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    public Secrets(@Value("${redress.secrets-key:}") String key) {
        this.key = key == null || key.isBlank() ? null : parse(key.strip());
    }

    private static SecretKey parse(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("REDRESS_SECRETS_KEY must be base64 (openssl rand -base64 32)");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("REDRESS_SECRETS_KEY must be 32 bytes in base64 (openssl rand -base64 32), not "
                    + bytes.length + " bytes");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    /** Whether secrets can be saved here. */
    public boolean available() {
        return key != null;
    }

    /** Encrypts {@code plain} for storing; refused, with a message for the administrator, when there is no key. */
    public String seal(String plain, String purpose) {
        if (key == null) {
            throw new Refused("Redress cannot store secrets: this installation has no encryption key "
                    + "(REDRESS_SECRETS_KEY). Ask whoever runs Redress to set one.");
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return VERSION + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** Decrypts a value {@link #seal sealed} for the same purpose; throws when the key is missing or another one. */
    public String open(String sealed, String purpose) {
        if (key == null) {
            throw new IllegalStateException("A stored secret cannot be read: REDRESS_SECRETS_KEY is not set");
        }
        if (sealed == null || !sealed.startsWith(VERSION)) {
            throw new IllegalStateException("A stored secret is not in a form Redress knows");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "A stored secret cannot be read with this REDRESS_SECRETS_KEY (was the key changed?)");
        }
    }
}
