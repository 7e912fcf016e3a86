package org.muejam.shared.content;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.personaldata.DataSubject;

/** A reader's NSFW preference changed (the first choice included). */
@Revision("1")
public record ContentPreferencesChangedEvent(@DataSubject UserId userId, NsfwPreference nsfw, Instant changedAt) {

    /** The aggregate identifier of a reader's content preferences. */
    public static String streamOf(UserId userId) {
        return "content-preferences:" + userId.value();
    }
}
