package org.redress.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What makes a password too easy to guess, after the NCSC's advice: long enough, and not one of the passwords
 * attackers try first. Those are the commonest passwords and words (a short list shipped with Redress, with digits
 * or symbols added before or after, or said twice), one character or two over and over, runs along the keyboard or
 * the alphabet, and the person's username or their council's name.
 */
final class PasswordRules {

    static final int MINIMUM_LENGTH = 12;
    static final int MAXIMUM_LENGTH = 128;

    /** Runs people type as passwords: along the keyboard's rows and down its columns, and the alphabet and digits. */
    private static final List<String> RUNS = List.of("abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm",
            "qwertyuiop", "asdfghjkl", "zxcvbnm", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p", "qazwsxedcrfvtgbyhnujmikolp",
            "azertyuiop", "12345678901234567890", "09876543210987654321", "zyxwvutsrqponmlkjihgfedcba",
            "poiuytrewqlkjhgfdsamnbvcxz", "!@#$%^&*()_+", "1q2w3e4r5t6y7u8i9o0p");

    /** Words in council names that say nothing about which council it is. */
    private static final Set<String> GENERIC = Set.of("council", "county", "city", "borough", "district",
            "metropolitan", "london", "royal", "of", "the", "and", "test", "demo");

    private static final Set<String> COMMON = load();

    private PasswordRules() {
    }

    /** Why this password will not do, or empty if it will. */
    static Optional<String> problem(String password, String username, String councilName) {
        if (password == null || password.length() < MINIMUM_LENGTH) {
            return Optional.of("Password must be at least " + MINIMUM_LENGTH + " characters");
        }
        if (password.length() > MAXIMUM_LENGTH) {
            return Optional.of("Password must be " + MAXIMUM_LENGTH + " characters or fewer");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (lower.chars().distinct().count() <= 3) {
            return Optional.of("Password must not repeat the same few characters; use three or four unrelated words");
        }
        String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        if (isCommon(lower) || isCommon(core) || isCommon(lettersOnly(lower))) {
            return Optional.of("That password is one of the most common, so it is among the first an attacker tries;"
                    + " use three or four unrelated words");
        }
        String compact = lower.replaceAll("\\s", "");
        if (RUNS.stream().anyMatch(run -> run.contains(compact) || (core.length() >= 4 && run.contains(core)
                && compact.replace(core, "").chars().allMatch(Character::isDigit)))) {
            return Optional.of("Password must not be a run of keys or letters, like qwertyuiop or abcdefgh");
        }
        if (username != null && username.strip().length() >= 3 && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("Password must not contain your username");
        }
        String council = councilWords(councilName);
        if (council.length() >= 4 && lettersOnly(lower).contains(council)) {
            return Optional.of("Password must not contain the council's name");
        }
        return Optional.empty();
    }

    private static boolean isCommon(String candidate) {
        if (candidate.isEmpty()) {
            return false;
        }
        if (COMMON.contains(candidate)) {
            return true;
        }
        // Said twice: "passwordpassword", "qwertyqwerty".
        int half = candidate.length() / 2;
        return candidate.length() % 2 == 0 && candidate.substring(0, half).equals(candidate.substring(half))
                && COMMON.contains(candidate.substring(0, half));
    }

    private static String lettersOnly(String s) {
        return s.replaceAll("[^\\p{L}]", "");
    }

    /** The words that name the council, run together: "Kent County Council" is "kent". */
    private static String councilWords(String councilName) {
        if (councilName == null) {
            return "";
        }
        return java.util.Arrays.stream(councilName.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                .filter(w -> !w.isEmpty() && !GENERIC.contains(w)).collect(Collectors.joining());
    }

    private static Set<String> load() {
        try (InputStream in = PasswordRules.class.getResourceAsStream("/passwords/common.txt")) {
            if (in == null) {
                throw new IllegalStateException("The list of common passwords is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
