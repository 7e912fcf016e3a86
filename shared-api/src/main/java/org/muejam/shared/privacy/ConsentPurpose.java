package org.muejam.shared.privacy;

import java.util.Arrays;
import java.util.Optional;

/**
 * The optional consents a person gives or withdraws in their privacy settings: both may be withdrawn at any time,
 * and the processing they allow stops with the next request.
 */
public enum ConsentPurpose {
    /** Recording what the person does for analytics (searches, clicks); withdrawn by {@code analyticsOptOut}. */
    ANALYTICS("analytics"),
    /** Marketing mail; given by {@code marketingEmails}. */
    MARKETING("marketing");

    private final String slug;

    ConsentPurpose(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public static Optional<ConsentPurpose> fromSlug(String slug) {
        return Arrays.stream(values()).filter(p -> p.slug.equals(slug)).findFirst();
    }
}
