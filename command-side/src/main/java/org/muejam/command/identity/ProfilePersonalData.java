package org.muejam.command.identity;

import java.util.Set;
import org.muejam.command.shared.DomainRuleViolation;

/**
 * The kinds of personal data (an email address, a phone number, an SSN, a card number) in a profile field that
 * everyone sees, such as a display name. A profile field holding any is refused, naming the kinds and never the
 * values, so that nobody publishes their own contact details by mistake. Its adapter is the content screening's
 * detector with the administrators' sensitivity and allow-list.
 */
public interface ProfilePersonalData {

    /** The kinds found in the text, by name ({@code EMAIL}, {@code PHONE}, {@code SSN}, {@code CREDIT_CARD}). */
    Set<String> kindsIn(String text);

    /** Refuses {@code text} as the profile field {@code field} when it holds personal data of any kind. */
    static void requireNone(ProfilePersonalData detector, String field, String text) {
        if (text == null) {
            return;
        }
        Set<String> kinds = detector.kindsIn(text);
        if (!kinds.isEmpty()) {
            throw DomainRuleViolation.invalid(
                    "personal-data-in-profile",
                    field,
                    field + " is shown to everyone and must not hold personal data; found: "
                            + String.join(", ", new java.util.TreeSet<>(kinds)));
        }
    }
}
