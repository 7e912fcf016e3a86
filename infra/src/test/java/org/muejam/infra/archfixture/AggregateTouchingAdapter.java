package org.muejam.infra.archfixture;

import org.muejam.command.identity.PasswordPolicy;
import org.muejam.command.identity.UserAccount;

/**
 * Deliberate violation, compiled only into infra's test classes: an infra class that reaches for a command-side
 * aggregate and a named policy instead of going through a use case or the command gateway.
 */
public class AggregateTouchingAdapter {

    public boolean decide(UserAccount account, PasswordPolicy policy) {
        return account != null && policy != null;
    }
}
