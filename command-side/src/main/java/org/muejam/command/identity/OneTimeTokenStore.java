package org.muejam.command.identity;

import java.time.Instant;
import java.util.Optional;
import org.muejam.shared.identity.UserId;

/**
 * The hashes of emailed single-use tokens and whose they are, so a link finds its account. Expiry and single use
 * are the account's to check: it holds the pending hash and refuses a stale or spent one.
 */
public interface OneTimeTokenStore {

    enum Purpose {
        EMAIL_VERIFICATION,
        PASSWORD_RESET
    }

    void store(Purpose purpose, String tokenHash, UserId userId, Instant expiresAt);

    Optional<UserId> holder(Purpose purpose, String tokenHash);

    /** Forgets every token of the person for this purpose, once one of them was used. */
    void deleteAll(Purpose purpose, UserId userId);
}
