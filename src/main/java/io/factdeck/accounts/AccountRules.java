package io.factdeck.accounts;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** What makes a username or a password acceptable. Each check returns the message to show, if any. */
final class AccountRules {

    static final int USERNAME_MIN = 3;
    static final int USERNAME_MAX = 32;
    static final int PASSWORD_MIN = 10;
    /** bcrypt ignores everything after 72 bytes; refuse longer passwords rather than silently truncate them. */
    static final int PASSWORD_MAX_BYTES = 72;

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    /** Passwords that appear at the top of every breach list, and ones that describe this site. */
    private static final Set<String> COMMON_PASSWORDS = Set.of(
            "1234567890",
            "0123456789",
            "12345678910",
            "123456789a",
            "qwertyuiop",
            "qwerty1234",
            "1q2w3e4r5t",
            "password12",
            "password123",
            "password1234",
            "passw0rd123",
            "iloveyou123",
            "letmein123",
            "welcome123",
            "abc1234567",
            "abcdefghij",
            "football123",
            "baseball123",
            "princess123",
            "sunshine123",
            "factdeck123",
            "factdeck2026",
            "student123",
            "instructor1",
            "teacher1234",
            "changeme123",
            "administrator");

    private AccountRules() {}

    /** Usernames are case-insensitive: they are stored and compared in lower case. */
    static String normalizeUsername(String raw) {
        return raw == null ? "" : raw.trim().toLowerCase(Locale.ROOT);
    }

    static Optional<String> checkUsername(String username) {
        if (username.isEmpty()) {
            return Optional.of("Choose a username.");
        }
        if (username.length() < USERNAME_MIN || username.length() > USERNAME_MAX) {
            return Optional.of("A username has " + USERNAME_MIN + " to " + USERNAME_MAX + " characters.");
        }
        if (!USERNAME.matcher(username).matches()) {
            return Optional.of(
                    "Use letters, digits, dots, dashes and underscores only, starting with a letter or a digit.");
        }
        return Optional.empty();
    }

    static Optional<String> checkPassword(String password, String username) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Choose a password.");
        }
        if (password.codePointCount(0, password.length()) < PASSWORD_MIN) {
            return Optional.of("Use at least " + PASSWORD_MIN + " characters; a short sentence is easy to remember.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > PASSWORD_MAX_BYTES) {
            return Optional.of("Use at most " + PASSWORD_MAX_BYTES + " bytes (about 70 letters).");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON_PASSWORDS.contains(lower) || password.chars().distinct().count() < 4) {
            return Optional.of("This password is too easy to guess. Choose a less common one.");
        }
        if (!username.isEmpty() && lower.contains(username)) {
            return Optional.of("The password must not contain your username.");
        }
        return Optional.empty();
    }
}
