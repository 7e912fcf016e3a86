package org.muejam.command.moderation.abuse;

import java.time.Instant;

/**
 * One thing the detector saw: an account registered from an address, a piece of content created, a text posted.
 *
 * @param kind which stream of observations it belongs to
 * @param subject what the rules count it under: a keyed hash of the address, the author, the text's fingerprint
 * @param account the account that acted
 * @param item what was observed (the account or content id): the same item is recorded once
 * @param at when it happened (the event's time)
 */
public record Observation(Kind kind, String subject, String account, String item, Instant at) {

    public enum Kind {
        REGISTRATION,
        CREATION,
        TEXT
    }
}
