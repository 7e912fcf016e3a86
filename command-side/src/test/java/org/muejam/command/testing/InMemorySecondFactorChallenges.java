package org.muejam.command.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.muejam.command.identity.SecondFactorChallenges;

/** The challenge port in memory: tokens challenge-1, challenge-2, ... with the production limits. */
public final class InMemorySecondFactorChallenges implements SecondFactorChallenges {

    private static final class Challenge {
        final String userId;
        int attempts;
        boolean used;

        Challenge(String userId) {
            this.userId = userId;
        }
    }

    private final Map<String, Challenge> challenges = new HashMap<>();
    private final AtomicInteger issued = new AtomicInteger();

    @Override
    public String issue(String userId) {
        String token = "challenge-" + issued.incrementAndGet();
        challenges.put(token, new Challenge(userId));
        return token;
    }

    @Override
    public Optional<Attempt> attempt(String token) {
        Challenge challenge = challenges.get(token);
        if (challenge == null || challenge.used || challenge.attempts >= MAX_ATTEMPTS) {
            return Optional.empty();
        }
        challenge.attempts++;
        return Optional.of(new Attempt(challenge.userId, MAX_ATTEMPTS - challenge.attempts));
    }

    @Override
    public boolean consume(String token) {
        Challenge challenge = challenges.get(token);
        if (challenge == null || challenge.used) {
            return false;
        }
        challenge.used = true;
        return true;
    }

    public int issued() {
        return issued.get();
    }
}
