package org.muejam.command.reading;

import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.shared.identity.UserId;

/**
 * The bounds of reading lists: a name of 1–100 characters, a description of at most 1,000, at most 100 lists per
 * person and 500 stories per list. Another person's list, like a deleted one, is unknown to the requester (404):
 * a private list's existence is never revealed.
 */
public final class ReadingListPolicy {

    public static final int MAX_NAME = 100;
    public static final int MAX_DESCRIPTION = 1_000;
    public static final int MAX_LISTS = 100;
    public static final int MAX_STORIES = 500;

    private ReadingListPolicy() {}

    public static String requireName(String name) {
        String value = name == null ? "" : name.strip();
        if (value.isEmpty()) {
            throw DomainRuleViolation.invalid("empty-name", "name", "name must not be empty");
        }
        if (value.length() > MAX_NAME) {
            throw tooLong("name", MAX_NAME);
        }
        return value;
    }

    public static String requireDescription(String description) {
        String value = description == null ? "" : description.strip();
        if (value.length() > MAX_DESCRIPTION) {
            throw tooLong("description", MAX_DESCRIPTION);
        }
        return value;
    }

    public static void requireOwner(UserId owner, UserId requester) {
        if (!owner.equals(requester)) {
            throw notFound();
        }
    }

    public static DomainRuleViolation notFound() {
        return DomainRuleViolation.notFound("reading-list-not-found", null, "no reading list with this id");
    }

    public static DomainRuleViolation tooManyLists() {
        return DomainRuleViolation.invalid(
                "too-many-reading-lists", null, "a person keeps at most " + MAX_LISTS + " reading lists");
    }

    public static DomainRuleViolation listFull() {
        return DomainRuleViolation.invalid(
                "reading-list-full", null, "a reading list holds at most " + MAX_STORIES + " stories");
    }

    private static DomainRuleViolation tooLong(String field, int max) {
        return DomainRuleViolation.invalid("too-long", field, field + " must be at most " + max + " characters");
    }
}
