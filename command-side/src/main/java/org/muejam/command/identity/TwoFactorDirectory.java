package org.muejam.command.identity;

import org.muejam.shared.identity.UserId;

/**
 * Which accounts have two-factor authentication on, written in the transaction of the command that turns it on or
 * off. Sign-in reads it here rather than from a read model, so a projection being rebuilt can never let a password
 * alone through.
 */
public interface TwoFactorDirectory {

    void enabled(UserId userId);

    void disabled(UserId userId);

    boolean isEnabled(UserId userId);
}
