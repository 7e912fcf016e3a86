package org.muejam.command.content;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.shared.content.ContentIds;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.content.PostWhisperCommand;
import org.muejam.shared.content.WhisperPostedEvent;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.moderation.ContentDeletedEvent;
import org.muejam.shared.moderation.ContentHiddenEvent;
import org.muejam.shared.moderation.ContentModeration;
import org.muejam.shared.moderation.ContentRestoredEvent;
import org.muejam.shared.moderation.TakeDownWhisperCommand;

/** A whisper ({@code whisper:<uuid>}): a short post, public once posted, with its findings beside it. */
@Aggregate
public class Whisper {

    @AggregateIdentifier
    private String whisperId;

    private UserId author;
    private ContentModeration moderation;

    protected Whisper() {
        // for Axon
    }

    @CommandHandler
    public Whisper(PostWhisperCommand command, Clock clock) {
        if (!ContentIds.isValid(ContentIds.WHISPER, command.whisperId())) {
            throw DomainRuleViolation.invalid("invalid-whisper-id", null, "a whisper id is whisper:<uuid>");
        }
        if (command.authorId() == null) {
            throw DomainRuleViolation.invalid("author-required", null, "a whisper has an author");
        }
        Instant now = clock.instant();
        apply(new WhisperPostedEvent(
                command.whisperId(),
                command.authorId().value(),
                StoryPolicy.requireWhisperContent(command.content()),
                now));
        Story.flag(ContentType.WHISPER, command.whisperId(), command.authorId(), command.flags(), now);
    }

    /** A moderator hides, restores or deletes it (see {@link ContentTakedown}); a no-op stores nothing. */
    @CommandHandler
    public void handle(TakeDownWhisperCommand command, Clock clock) {
        ContentTakedown.decide(
                        moderation,
                        ContentType.WHISPER,
                        whisperId,
                        author,
                        command.action(),
                        command.moderatorId(),
                        command.reason(),
                        clock.instant())
                .ifPresent(AggregateLifecycle::apply);
    }

    @EventSourcingHandler
    void on(WhisperPostedEvent event) {
        whisperId = event.whisperId();
        author = UserId.of(event.authorId());
    }

    @EventSourcingHandler
    void on(ContentHiddenEvent event) {
        moderation = ContentTakedown.after(event);
    }

    @EventSourcingHandler
    void on(ContentRestoredEvent event) {
        moderation = ContentTakedown.after(event);
    }

    @EventSourcingHandler
    void on(ContentDeletedEvent event) {
        moderation = ContentTakedown.after(event);
    }
}
