package org.muejam.shared.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A person's privacy settings, whole. {@link #DEFAULTS} hold for whoever never chose: a public profile (authors are
 * found through it), reading history for themselves alone, analytics on (first-party and without names, until they
 * object), no marketing mail (a consent is never assumed), comments from everyone, followers without approval.
 */
public record PrivacySettings(
        Audience profileVisibility,
        Audience readingHistoryVisibility,
        boolean analyticsOptOut,
        boolean marketingEmails,
        CommentPermission commentPermission,
        boolean followerApprovalRequired) {

    public static final PrivacySettings DEFAULTS =
            new PrivacySettings(Audience.PUBLIC, Audience.PRIVATE, false, false, CommentPermission.EVERYONE, false);

    public PrivacySettings {
        Objects.requireNonNull(profileVisibility, "profileVisibility");
        Objects.requireNonNull(readingHistoryVisibility, "readingHistoryVisibility");
        Objects.requireNonNull(commentPermission, "commentPermission");
    }

    /** Whether the consent for the purpose stands under these settings. */
    public boolean consents(ConsentPurpose purpose) {
        return switch (purpose) {
            case ANALYTICS -> !analyticsOptOut;
            case MARKETING -> marketingEmails;
        };
    }

    /** These settings with every value the change names replaced; what it leaves out (null) stays. */
    public PrivacySettings with(ChangePrivacySettingsCommand change) {
        return new PrivacySettings(
                change.profileVisibility() == null ? profileVisibility : change.profileVisibility(),
                change.readingHistoryVisibility() == null
                        ? readingHistoryVisibility
                        : change.readingHistoryVisibility(),
                change.analyticsOptOut() == null ? analyticsOptOut : change.analyticsOptOut(),
                change.marketingEmails() == null ? marketingEmails : change.marketingEmails(),
                change.commentPermission() == null ? commentPermission : change.commentPermission(),
                change.followerApprovalRequired() == null
                        ? followerApprovalRequired
                        : change.followerApprovalRequired());
    }

    /** The names (as in the API) of the settings whose value differs in {@code other}, in the API's order. */
    public List<String> differencesTo(PrivacySettings other) {
        List<String> changed = new ArrayList<>();
        if (profileVisibility != other.profileVisibility) changed.add("profileVisibility");
        if (readingHistoryVisibility != other.readingHistoryVisibility) changed.add("readingHistoryVisibility");
        if (analyticsOptOut != other.analyticsOptOut) changed.add("analyticsOptOut");
        if (marketingEmails != other.marketingEmails) changed.add("marketingEmails");
        if (commentPermission != other.commentPermission) changed.add("commentPermission");
        if (followerApprovalRequired != other.followerApprovalRequired) changed.add("followerApprovalRequired");
        return changed;
    }
}
