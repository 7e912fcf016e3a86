package org.muejam.command.identity;

import java.util.Optional;
import org.muejam.shared.identity.UserId;

/**
 * Device tokens (OWASP's device cookies): a signed proof that a client once signed in to an account, handed out at
 * every successful sign-in. They are checked without storage: each names the account, a random device id, and a
 * stamp of the password it was issued under, so a password change revokes every one of them.
 */
public interface DeviceTokens {

    /** A fresh token, with a new device id, for a client that has just signed in. */
    String issue(UserId userId, String email, String passwordHash);

    /**
     * The device id of a token signed by the platform for this account and its current password, still valid; empty
     * for anything else (absent, malformed, forged, expired, another account's, issued before the password changed).
     */
    Optional<String> recognise(String token, UserId userId, String email, String passwordHash);
}
