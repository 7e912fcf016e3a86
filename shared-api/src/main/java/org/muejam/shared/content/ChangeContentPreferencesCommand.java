package org.muejam.shared.content;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.muejam.shared.identity.UserId;

/** A reader chooses what is done with content marked NSFW. */
public record ChangeContentPreferencesCommand(UserId userId, NsfwPreference nsfw) {

    /** One stream per reader, named apart from the reader's account stream. */
    @TargetAggregateIdentifier
    public String preferencesId() {
        return ContentPreferencesChangedEvent.streamOf(userId);
    }
}
