package org.muejam.command.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.muejam.command.identity.EmailDirectory;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.shared.identity.UserId;

/**
 * Test double for {@link EmailDirectory} with the same contract as the production adapter: the first claim of
 * an address wins, every later claim of the same address is refused as a conflict.
 */
public final class InMemoryEmailDirectory implements EmailDirectory {

    private final Map<String, UserId> claims = new HashMap<>();

    @Override
    public void claim(String email, UserId userId) {
        if (claims.containsKey(email)) {
            throw DomainRuleViolation.conflict(
                    "email-already-registered", "email", "an account with this email address already exists");
        }
        claims.put(email, userId);
    }

    @Override
    public boolean isClaimed(String email) {
        return claims.containsKey(email);
    }

    @Override
    public void release(UserId userId) {
        claims.values().removeIf(userId::equals);
    }

    /** Arranges a claim made earlier by some other account. */
    public InMemoryEmailDirectory alreadyClaimed(String email, UserId holder) {
        claims.put(email, holder);
        return this;
    }

    public Optional<UserId> holderOf(String email) {
        return Optional.ofNullable(claims.get(email));
    }

    public Map<String, UserId> claims() {
        return Map.copyOf(claims);
    }
}
