package org.muejam.command.privacy;

import org.muejam.shared.identity.UserId;

/** Whether one person follows another (an accepted follow; a pending request is not one). */
public interface Followers {

    boolean follows(UserId follower, UserId followee);
}
