package org.muejam.command.moderation.abuse;

import java.time.Instant;

/**
 * A flag the detector raised: a report about {@code account} is to be filed.
 *
 * @param subject what the rule counted under (never shown: it may be a hash of an address)
 * @param windowStart the window the flag stands for; one flag per rule, subject and window
 * @param details a plain explanation for the moderator, without personal data
 */
public record AbuseFlag(AbuseRule rule, String subject, Instant windowStart, String account, String details) {}
