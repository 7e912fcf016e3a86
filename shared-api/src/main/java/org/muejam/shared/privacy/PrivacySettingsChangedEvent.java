package org.muejam.shared.privacy;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.personaldata.DataSubject;

/** A person's privacy settings changed: all of them as they now stand, and the names of those that changed. */
@Revision("1")
public record PrivacySettingsChangedEvent(
        @DataSubject UserId userId, PrivacySettings settings, List<String> changed, Instant changedAt) {

    /** The aggregate identifier of a person's privacy settings. */
    public static String streamOf(UserId userId) {
        return "privacy-settings:" + userId.value();
    }
}
