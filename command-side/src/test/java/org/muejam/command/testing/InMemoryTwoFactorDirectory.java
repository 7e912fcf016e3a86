package org.muejam.command.testing;

import java.util.HashSet;
import java.util.Set;
import org.muejam.command.identity.TwoFactorDirectory;
import org.muejam.shared.identity.UserId;

/** The two-factor directory port in memory, for fixtures. */
public class InMemoryTwoFactorDirectory implements TwoFactorDirectory {

    private final Set<UserId> enabled = new HashSet<>();

    @Override
    public void enabled(UserId userId) {
        enabled.add(userId);
    }

    @Override
    public void disabled(UserId userId) {
        enabled.remove(userId);
    }

    @Override
    public boolean isEnabled(UserId userId) {
        return enabled.contains(userId);
    }
}
