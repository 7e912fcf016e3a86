package org.muejam.command.privacy.application;

import org.muejam.command.social.FollowerApproval;
import org.muejam.shared.identity.UserId;
import org.springframework.stereotype.Service;

/** A followee's "follower approval required" setting decides whether a new follow waits for their approval. */
@Service
public class SettingsFollowerApproval implements FollowerApproval {

    private final PrivacyRules rules;

    public SettingsFollowerApproval(PrivacyRules rules) {
        this.rules = rules;
    }

    @Override
    public boolean required(UserId followee) {
        return rules.followerApprovalRequired(followee);
    }
}
