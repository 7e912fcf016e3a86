package org.muejam.shared.identity;

import java.util.Locale;

/** Email addresses compare without surrounding blanks and case: one account per address however it is typed. */
public final class EmailAddress {

    private EmailAddress() {}

    public static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
