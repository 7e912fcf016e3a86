package org.muejam.command.identity;

import java.util.Locale;
import java.util.Set;
import org.muejam.command.shared.DomainRuleViolation;

/**
 * Refuses short passwords and the shapes seen first in every breach corpus: common passwords, one repeated
 * character, keyboard or digit runs, and passwords built from the person's own email or name.
 */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 10;
    public static final int MAXIMUM_LENGTH = 128;

    private static final Set<String> COMMON = Set.of(
            "password",
            "passw0rd",
            "123456",
            "12345678",
            "123456789",
            "1234567890",
            "qwerty",
            "qwertyuiop",
            "abc123",
            "111111",
            "letmein",
            "iloveyou",
            "admin",
            "welcome",
            "monkey",
            "dragon",
            "football",
            "baseball",
            "sunshine",
            "princess",
            "trustno1",
            "superman",
            "starwars",
            "whatever",
            "changeme",
            "qazwsx",
            "zaq12wsx",
            "1q2w3e4r",
            "asdfghjkl",
            "password1",
            "password123",
            "secret",
            "master",
            "shadow",
            "michael",
            "jennifer",
            "hunter2",
            "login",
            "access",
            "default",
            "muejam");
    private static final String[] RUNS = {
        "0123456789012345678901234567890", "abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm"
    };

    private PasswordPolicy() {}

    public static void requireAcceptable(String password, String email, String displayName) {
        String refusal = refusal(password, email, displayName);
        if (refusal != null) {
            throw DomainRuleViolation.invalid("weak-password", "password", refusal);
        }
    }

    /** The reason the password is refused, or null when it is acceptable. */
    public static String refusal(String password, String email, String displayName) {
        if (password == null || password.length() < MINIMUM_LENGTH) {
            return "password must have at least " + MINIMUM_LENGTH + " characters";
        }
        if (password.length() > MAXIMUM_LENGTH) {
            return "password must have at most " + MAXIMUM_LENGTH + " characters";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String core = lower.replaceAll("[^a-z0-9]", "").replaceAll("\\d+$", "");
        if (COMMON.contains(lower) || COMMON.contains(core)) {
            return "password is among the most common passwords";
        }
        if (lower.chars().distinct().count() <= 2) {
            return "password repeats the same characters";
        }
        for (String run : RUNS) {
            if (run.contains(lower)
                    || new StringBuilder(run).reverse().toString().contains(lower)) {
                return "password is a keyboard or alphabet run";
            }
        }
        if (email != null) {
            String local = email.toLowerCase(Locale.ROOT).split("@", 2)[0];
            if (local.length() >= 4 && lower.contains(local)) {
                return "password must not contain your email address";
            }
        }
        if (displayName != null) {
            String name = displayName.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
            if (name.length() >= 4 && lower.contains(name)) {
                return "password must not contain your display name";
            }
        }
        return null;
    }
}
