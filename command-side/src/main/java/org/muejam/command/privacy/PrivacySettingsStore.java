package org.muejam.command.privacy;

import java.time.Instant;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.privacy.PrivacySettings;

/**
 * Each person's privacy settings as their last change committed them, written in the same transaction as the
 * change's events: whatever enforces a setting reads it here, so the change holds from the very next request, on
 * every node, with no projection to wait for.
 */
public interface PrivacySettingsStore {

    void save(UserId userId, PrivacySettings settings, Instant changedAt);

    /** {@link PrivacySettings#DEFAULTS} for a person who never changed a setting. */
    PrivacySettings settingsOf(UserId userId);
}
