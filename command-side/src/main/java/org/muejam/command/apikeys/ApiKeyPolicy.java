package org.muejam.command.apikeys;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.shared.identity.UserId;

/**
 * The rules of API keys: a recognisable name, an expiry in the future but at most {@value #MAX_LIFETIME_YEARS} years
 * ahead, and only the owner manages a key.
 */
public final class ApiKeyPolicy {

    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_LIFETIME_YEARS = 10;

    private ApiKeyPolicy() {}

    public static String requireName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_NAME_LENGTH) {
            throw DomainRuleViolation.invalid(
                    "invalid-api-key-name",
                    "name",
                    "name the key (1 to " + MAX_NAME_LENGTH + " characters) so you can tell your keys apart");
        }
        return stripped;
    }

    /** A bounded expiry also keeps every stored instant within what the read models' timestamps can hold. */
    public static void requireFutureExpiry(Instant expiresAt, Instant now) {
        if (expiresAt == null) {
            return;
        }
        Instant latest =
                now.atOffset(ZoneOffset.UTC).plusYears(MAX_LIFETIME_YEARS).toInstant();
        if (!expiresAt.isAfter(now) || expiresAt.isAfter(latest)) {
            throw DomainRuleViolation.invalid(
                    "invalid-api-key-expiry",
                    "expiresAt",
                    "expiresAt must lie in the future and at most " + MAX_LIFETIME_YEARS + " years ahead");
        }
    }

    /** Someone else's key is reported as missing: its existence is none of their business. */
    public static void requireOwner(UserId owner, UserId requester) {
        if (!owner.equals(requester)) {
            throw DomainRuleViolation.notFound("api-key-not-found", null, "you have no API key with this id");
        }
    }

    public static void requireUsable(boolean revoked, Instant expiresAt, Instant now) {
        if (revoked) {
            throw DomainRuleViolation.conflict("api-key-revoked", null, "the API key is revoked");
        }
        if (expiresAt != null && !now.isBefore(expiresAt)) {
            throw DomainRuleViolation.conflict("api-key-expired", null, "the API key has expired");
        }
    }

    /** The previous secret works for the overlap, but never beyond the key's own expiry. */
    public static Instant previousValidUntil(Instant now, Duration overlap, Instant expiresAt) {
        if (overlap == null || overlap.isNegative()) {
            throw DomainRuleViolation.invalid(
                    "invalid-rotation-overlap", null, "the rotation overlap must not be negative");
        }
        Instant until = now.plus(overlap);
        return expiresAt != null && until.isAfter(expiresAt) ? expiresAt : until;
    }
}
