package org.muejam.infra.social;

import org.muejam.command.social.FollowerApproval;
import org.muejam.shared.identity.UserId;
import org.springframework.stereotype.Component;

/**
 * Nobody's followers wait for approval yet: the privacy settings that will hold "follower approval required" do not
 * exist, so every follow is accepted at once. The request flow behind the port is built and tested already
 * (decision 0031); this adapter gives way to one reading those settings when they arrive.
 */
@Component
public class NoFollowerApproval implements FollowerApproval {

    @Override
    public boolean required(UserId followee) {
        return false;
    }
}
