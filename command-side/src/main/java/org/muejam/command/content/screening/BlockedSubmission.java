package org.muejam.command.content.screening;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.muejam.shared.content.filters.ContentBlockedEvent;
import org.muejam.shared.content.filters.RecordContentBlockedCommand;

/** The record of one refused submission: which rule refused what kind of content by whom, never the text. */
@Aggregate
public class BlockedSubmission {

    @AggregateIdentifier
    private String id;

    protected BlockedSubmission() {
        // for Axon
    }

    @CommandHandler
    public BlockedSubmission(RecordContentBlockedCommand command, Clock clock) {
        apply(new ContentBlockedEvent(
                command.blockId(),
                command.contentType(),
                command.authorId(),
                command.rule(),
                command.category(),
                command.field(),
                command.urlHost(),
                clock.instant()));
    }

    @EventSourcingHandler
    void on(ContentBlockedEvent event) {
        id = event.blockId();
    }
}
