package org.muejam.command.testing;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.muejam.command.identity.OneTimeTokenStore;
import org.muejam.shared.identity.UserId;

/** The one-time token store port in memory, for fixtures. */
public final class InMemoryOneTimeTokenStore implements OneTimeTokenStore {

    private record Key(Purpose purpose, String tokenHash) {}

    private final Map<Key, UserId> holders = new HashMap<>();

    @Override
    public void store(Purpose purpose, String tokenHash, UserId userId, Instant expiresAt) {
        holders.put(new Key(purpose, tokenHash), userId);
    }

    @Override
    public Optional<UserId> holder(Purpose purpose, String tokenHash) {
        return Optional.ofNullable(holders.get(new Key(purpose, tokenHash)));
    }

    @Override
    public void deleteAll(Purpose purpose, UserId userId) {
        holders.entrySet()
                .removeIf(e -> e.getKey().purpose() == purpose && e.getValue().equals(userId));
    }

    public int size() {
        return holders.size();
    }
}
