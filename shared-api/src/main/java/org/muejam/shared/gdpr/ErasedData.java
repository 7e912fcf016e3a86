package org.muejam.shared.gdpr;

import java.util.List;

/** The categories an erasure receipt names. */
public final class ErasedData {

    /** Email address, display name, bio, birth date, password, and every personal field of every stored event. */
    public static final String PROFILE = "profile";
    /** The image the person showed as their avatar: its bytes are deleted and its address answers 404. */
    public static final String AVATAR = "avatar";
    /** The address is released: it may register again. */
    public static final String EMAIL_CLAIM = "email-claim";
    /** The per-person encryption key: every personal field ever stored reads as a placeholder. */
    public static final String ENCRYPTION_KEY = "encryption-key";
    /** The authenticator secret and the backup codes. */
    public static final String TWO_FACTOR = "two-factor";

    public static final String API_KEYS = "api-keys";
    /** Refresh tokens and browser sessions. */
    public static final String SESSIONS = "sessions";
    /** Consent records keep type, version and time; their address and client are gone. */
    public static final String CONSENT_DETAILS = "consent-details";
    /** Stories, chapters, comments and whispers stay, shown as by "Deleted User", in the read models and search. */
    public static final String AUTHORSHIP = "authorship";

    public static final List<String> ALL = List.of(
            PROFILE, AVATAR, EMAIL_CLAIM, ENCRYPTION_KEY, TWO_FACTOR, API_KEYS, SESSIONS, CONSENT_DETAILS, AUTHORSHIP);

    /** What content of the person shows as its author once they are erased. */
    public static final String DELETED_USER = "Deleted User";

    private ErasedData() {}
}
