package org.muejam.command.shared;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable tokens for links and sessions: 256 random bits, URL-safe Base64 without padding. */
public final class RandomTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomTokens() {}

    public static String next() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
