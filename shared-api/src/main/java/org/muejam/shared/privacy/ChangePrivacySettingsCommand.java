package org.muejam.shared.privacy;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.muejam.shared.identity.UserId;

/** A person changes some of their privacy settings: a null value leaves that setting as it is. */
public record ChangePrivacySettingsCommand(
        UserId userId,
        Audience profileVisibility,
        Audience readingHistoryVisibility,
        Boolean analyticsOptOut,
        Boolean marketingEmails,
        CommentPermission commentPermission,
        Boolean followerApprovalRequired) {

    /** Only the consent of the purpose withdrawn; every other setting stays. */
    public static ChangePrivacySettingsCommand withdraw(UserId userId, ConsentPurpose purpose) {
        return switch (purpose) {
            case ANALYTICS -> new ChangePrivacySettingsCommand(userId, null, null, true, null, null, null);
            case MARKETING -> new ChangePrivacySettingsCommand(userId, null, null, null, false, null, null);
        };
    }

    /** One stream per person, named apart from their account's. */
    @TargetAggregateIdentifier
    public String settingsId() {
        return PrivacySettingsChangedEvent.streamOf(userId);
    }
}
