package org.muejam.shared.identity;

import java.util.Objects;

/**
 * A person as an external OpenID Connect issuer knows them: the issuer's identifier and the subject it gives them.
 * OpenID Connect bounds the subject at 255 ASCII characters; the issuer is the platform's configured one.
 */
public record ExternalIdentity(String issuer, String subject) {

    /** The width of the columns holding an issuer or a subject. */
    public static final int MAX_LENGTH = 255;

    public ExternalIdentity {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(subject, "subject");
    }

    /** Whether a subject is one OpenID Connect allows and the directory can hold: 1 to 255 printable ASCII. */
    public static boolean isAcceptableSubject(String subject) {
        return subject != null
                && !subject.isEmpty()
                && subject.length() <= MAX_LENGTH
                && subject.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    }
}
