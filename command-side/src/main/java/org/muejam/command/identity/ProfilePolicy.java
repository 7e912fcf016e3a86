package org.muejam.command.identity;

import org.muejam.command.shared.DomainRuleViolation;

/**
 * The bounds of what a person shows on their profile. The display name is required and at most 100 characters (as at
 * registration); the bio at most 500; lengths count UTF-16 units, as every other limit of the API does. Texts are
 * kept stripped of surrounding white space; a bio of white space alone is no bio.
 */
public final class ProfilePolicy {

    public static final int MAX_DISPLAY_NAME = 100;
    public static final int MAX_BIO = 500;
    public static final int MAX_IMAGE_ID = 64;

    private ProfilePolicy() {}

    /** The display name as kept: stripped, neither empty nor too long. */
    public static String requireDisplayName(String displayName) {
        String value = displayName == null ? "" : displayName.strip();
        if (value.isEmpty()) {
            throw DomainRuleViolation.invalid(
                    "empty-displayName",
                    "displayName",
                    "displayName must not be empty; it can be changed, not removed");
        }
        if (value.length() > MAX_DISPLAY_NAME) {
            throw tooLong("displayName", MAX_DISPLAY_NAME);
        }
        return value;
    }

    /** The bio as kept: stripped, "" when it is to be taken off. */
    public static String requireBio(String bio) {
        String value = bio == null ? "" : bio.strip();
        if (value.length() > MAX_BIO) {
            throw tooLong("bio", MAX_BIO);
        }
        return value;
    }

    private static DomainRuleViolation tooLong(String field, int max) {
        return DomainRuleViolation.invalid("too-long", field, field + " has at most " + max + " characters");
    }
}
