package org.muejam.command.content;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.muejam.shared.content.ChangeContentPreferencesCommand;
import org.muejam.shared.content.ContentPreferencesChangedEvent;
import org.muejam.shared.content.NsfwPreference;

/** One reader's content preferences; a choice equal to the current one changes nothing and stores nothing. */
@Aggregate
public class ContentPreferences {

    @AggregateIdentifier
    private String preferencesId;

    private NsfwPreference nsfw;

    protected ContentPreferences() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ChangeContentPreferencesCommand command, Clock clock) {
        Objects.requireNonNull(command.nsfw(), "nsfw");
        if (command.nsfw() == nsfw) {
            return;
        }
        apply(new ContentPreferencesChangedEvent(command.userId(), command.nsfw(), clock.instant()));
    }

    @EventSourcingHandler
    void on(ContentPreferencesChangedEvent event) {
        preferencesId = ContentPreferencesChangedEvent.streamOf(event.userId());
        nsfw = event.nsfw();
    }
}
