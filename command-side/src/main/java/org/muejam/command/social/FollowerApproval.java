package org.muejam.command.social;

import org.muejam.shared.identity.UserId;

/** Whether a person's new followers wait for their approval (a privacy setting of the followee). */
public interface FollowerApproval {

    boolean required(UserId followee);
}
