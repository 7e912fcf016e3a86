package org.muejam.command.identity;

import org.muejam.shared.identity.UserId;

/** Whether an account has confirmed its email address; an unknown account has not. */
public interface EmailVerificationStatus {

    boolean isEmailVerified(UserId userId);
}
