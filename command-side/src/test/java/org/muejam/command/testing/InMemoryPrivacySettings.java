package org.muejam.command.testing;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.muejam.command.privacy.Followers;
import org.muejam.command.privacy.PrivacySettingsStore;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.privacy.PrivacySettings;

/** Privacy settings and accepted follows held in memory, as the command's transaction leaves them. */
public final class InMemoryPrivacySettings implements PrivacySettingsStore, Followers {

    private final Map<UserId, PrivacySettings> settings = new HashMap<>();
    private final Set<String> follows = new HashSet<>();

    public InMemoryPrivacySettings follow(UserId follower, UserId followee) {
        follows.add(follower.value() + "->" + followee.value());
        return this;
    }

    public InMemoryPrivacySettings set(UserId userId, PrivacySettings value) {
        settings.put(userId, value);
        return this;
    }

    @Override
    public void save(UserId userId, PrivacySettings value, Instant changedAt) {
        settings.put(userId, value);
    }

    @Override
    public PrivacySettings settingsOf(UserId userId) {
        return settings.getOrDefault(userId, PrivacySettings.DEFAULTS);
    }

    @Override
    public boolean follows(UserId follower, UserId followee) {
        return follows.contains(follower.value() + "->" + followee.value());
    }
}
