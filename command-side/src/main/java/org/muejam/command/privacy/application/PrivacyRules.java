package org.muejam.command.privacy.application;

import org.muejam.command.privacy.Followers;
import org.muejam.command.privacy.PrivacySettingsStore;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.privacy.CommentPermission;
import org.muejam.shared.privacy.ConsentPurpose;
import org.springframework.stereotype.Service;

/**
 * What a person's privacy settings allow, read from the settings their last change committed (never from a
 * projection), so every check sees a change from the very next request.
 */
@Service
public class PrivacyRules {

    public static final String COMMENTS_NOT_ALLOWED = "comments-not-allowed";

    private final PrivacySettingsStore settings;
    private final Followers followers;

    public PrivacyRules(PrivacySettingsStore settings, Followers followers) {
        this.settings = settings;
        this.followers = followers;
    }

    /** Refuses (403 {@code comments-not-allowed}, naming {@code commentPermission}) what the author does not allow. */
    public void requireMayComment(UserId commenter, UserId author) {
        boolean own = commenter.equals(author);
        CommentPermission permission = settings.settingsOf(author).commentPermission();
        if (own || permission == CommentPermission.EVERYONE) {
            return;
        }
        if (!permission.admits(false, followers.follows(commenter, author))) {
            throw new DomainRuleViolation(
                            DomainRuleViolation.Kind.FORBIDDEN,
                            COMMENTS_NOT_ALLOWED,
                            "commentPermission",
                            permission == CommentPermission.NOBODY
                                    ? "the author takes no comments"
                                    : "the author takes comments from their followers only")
                    .with("setting", "commentPermission")
                    .with("commentPermission", permission.name());
        }
    }

    /** Whether the person's new followers wait for their approval. */
    public boolean followerApprovalRequired(UserId followee) {
        return settings.settingsOf(followee).followerApprovalRequired();
    }

    /** Whether what the person does may be recorded for analytics; someone not signed in is named by nothing. */
    public boolean analyticsAllowed(UserId person) {
        return person == null || settings.settingsOf(person).consents(ConsentPurpose.ANALYTICS);
    }

    /** Whether the person takes marketing mail. */
    public boolean marketingAllowed(UserId person) {
        return settings.settingsOf(person).consents(ConsentPurpose.MARKETING);
    }
}
