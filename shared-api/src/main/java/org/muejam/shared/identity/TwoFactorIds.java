package org.muejam.shared.identity;

/** The identifier of a person's two-factor aggregate, prefixed so it never collides with the account's own id. */
public final class TwoFactorIds {

    public static final String PREFIX = "2fa:";

    private TwoFactorIds() {}

    public static String of(UserId userId) {
        return PREFIX + userId.value();
    }
}
