package org.muejam.infra.ratelimit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The device a sign-in comes from, when it presents a device token signed for the account it names: the rules keyed
 * by account then count that device's failures in a bucket of its own, so strangers' guesses never use up the
 * owner's.
 */
public interface KnownDevices {

    /** {@code fromBody}: the "deviceToken" of the body, or null; {@code email}: the normalised account. */
    Optional<String> deviceOf(HttpServletRequest request, String fromBody, String email);

    KnownDevices NONE = (request, fromBody, email) -> Optional.empty();
}
