package org.muejam.command.testing;

import java.util.HashMap;
import java.util.Map;
import org.muejam.command.gdpr.PendingDeletions;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.shared.identity.UserId;

/** Test double for {@link PendingDeletions} with the production adapter's contract: one pending request per account. */
public final class InMemoryPendingDeletions implements PendingDeletions {

    private final Map<UserId, String> pending = new HashMap<>();

    @Override
    public void claim(UserId userId, String requestId) {
        String held = pending.get(userId);
        if (held != null) {
            throw DomainRuleViolation.conflict(
                            "deletion-already-requested", null, "a deletion request of this account is pending")
                    .with("requestId", held);
        }
        pending.put(userId, requestId);
    }

    @Override
    public void release(UserId userId, String requestId) {
        pending.remove(userId, requestId);
    }

    public InMemoryPendingDeletions alreadyPending(UserId userId, String requestId) {
        pending.put(userId, requestId);
        return this;
    }

    public Map<UserId, String> pending() {
        return Map.copyOf(pending);
    }
}
