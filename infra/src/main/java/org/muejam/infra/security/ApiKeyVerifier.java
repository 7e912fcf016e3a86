package org.muejam.infra.security;

import java.util.Optional;

/** Tells whether a presented API key text is a key that works now, and whose it is. */
public interface ApiKeyVerifier {

    /** The key a presented text names, if its secret is the key's current or still-valid previous one. */
    Optional<VerifiedKey> verify(String presented);

    record VerifiedKey(String keyId, String ownerId) {}
}
