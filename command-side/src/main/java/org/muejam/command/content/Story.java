package org.muejam.command.content;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.command.shared.ModerationReason;
import org.muejam.shared.content.AddChapterCommand;
import org.muejam.shared.content.ChangeStoryStatusCommand;
import org.muejam.shared.content.ChapterAddedEvent;
import org.muejam.shared.content.ContentFlaggedEvent;
import org.muejam.shared.content.ContentIds;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.content.CreateStoryCommand;
import org.muejam.shared.content.PublishStoryCommand;
import org.muejam.shared.content.ScreeningFinding;
import org.muejam.shared.content.StoryCreatedEvent;
import org.muejam.shared.content.StoryPublishedEvent;
import org.muejam.shared.content.StoryStatus;
import org.muejam.shared.content.StoryStatusChangedEvent;
import org.muejam.shared.content.StoryUpdatedEvent;
import org.muejam.shared.content.UpdateStoryCommand;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.moderation.ContentDeletedEvent;
import org.muejam.shared.moderation.ContentHiddenEvent;
import org.muejam.shared.moderation.ContentModeration;
import org.muejam.shared.moderation.ContentRestoredEvent;
import org.muejam.shared.moderation.NsfwOverriddenEvent;
import org.muejam.shared.moderation.OverrideStoryNsfwCommand;
import org.muejam.shared.moderation.TakeDownStoryCommand;

/**
 * A story ({@code story:<uuid>}) with its chapters: a draft only its author sees, published (ONGOING), marked
 * COMPLETED or ONGOING again. Chapters live inside the story (decision 0027): their numbers follow one another
 * and only the story's author adds them, both rules the story alone can keep. What the automated filters flagged
 * is recorded as a {@link ContentFlaggedEvent} beside the content, in the same unit of work.
 */
@Aggregate
public class Story {

    @AggregateIdentifier
    private String storyId;

    private UserId author;
    private StoryStatus status;
    private int chapters;
    private ContentModeration moderation;
    private Boolean nsfwOverride;

    protected Story() {
        // for Axon
    }

    @CommandHandler
    public Story(CreateStoryCommand command, Clock clock) {
        if (!ContentIds.isValid(ContentIds.STORY, command.storyId())) {
            throw DomainRuleViolation.invalid("invalid-story-id", null, "a story id is story:<uuid>");
        }
        if (command.authorId() == null) {
            throw DomainRuleViolation.invalid("author-required", null, "a story has an author");
        }
        Instant now = clock.instant();
        apply(new StoryCreatedEvent(
                command.storyId(),
                command.authorId().value(),
                StoryPolicy.requireTitle(command.title()),
                StoryPolicy.requireDescription(command.description()),
                StoryPolicy.requireGenre(command.genre()),
                List.copyOf(StoryPolicy.requireTags(command.tags())),
                StoryPolicy.requireLanguage(command.language()),
                command.nsfw(),
                now,
                command.coverImageId()));
        flag(ContentType.STORY, command.storyId(), command.authorId(), command.flags(), now);
    }

    @CommandHandler
    public void handle(UpdateStoryCommand command, Clock clock) {
        StoryPolicy.requireAuthor(author, command.requestedBy());
        Instant now = clock.instant();
        apply(new StoryUpdatedEvent(
                storyId,
                StoryPolicy.requireTitle(command.title()),
                StoryPolicy.requireDescription(command.description()),
                StoryPolicy.requireGenre(command.genre()),
                List.copyOf(StoryPolicy.requireTags(command.tags())),
                StoryPolicy.requireLanguage(command.language()),
                command.nsfw(),
                now,
                command.coverImageId()));
        flag(ContentType.STORY, storyId, author, command.flags(), now);
    }

    @CommandHandler
    public void handle(PublishStoryCommand command, Clock clock) {
        StoryPolicy.requireAuthor(author, command.requestedBy());
        if (status != StoryStatus.DRAFT) {
            throw DomainRuleViolation.conflict("story-already-published", null, "the story is already published");
        }
        apply(new StoryPublishedEvent(storyId, author.value(), clock.instant()));
    }

    @CommandHandler
    public void handle(ChangeStoryStatusCommand command, Clock clock) {
        StoryPolicy.requireAuthor(author, command.requestedBy());
        if (command.status() == null || command.status() == StoryStatus.DRAFT) {
            throw DomainRuleViolation.invalid(
                    "invalid-story-status", "status", "a story is marked ONGOING or COMPLETED; drafts are published");
        }
        if (status == StoryStatus.DRAFT) {
            throw DomainRuleViolation.conflict("story-not-published", null, "publish the story first");
        }
        if (status == command.status()) {
            return;
        }
        apply(new StoryStatusChangedEvent(storyId, command.status(), clock.instant()));
    }

    @CommandHandler
    public void handle(AddChapterCommand command, Clock clock) {
        StoryPolicy.requireAuthor(author, command.requestedBy());
        if (!ContentIds.isValid(ContentIds.CHAPTER, command.chapterId())) {
            throw DomainRuleViolation.invalid("invalid-chapter-id", null, "a chapter id is chapter:<uuid>");
        }
        if (command.wordCount() < 0) {
            throw DomainRuleViolation.invalid("invalid-word-count", null, "a word count is never negative");
        }
        Instant now = clock.instant();
        apply(new ChapterAddedEvent(
                storyId,
                command.chapterId(),
                chapters + 1,
                StoryPolicy.requireTitle(command.title()),
                StoryPolicy.requireChapterContent(command.content()),
                command.wordCount(),
                now,
                command.nsfw()));
        flag(ContentType.CHAPTER, command.chapterId(), author, command.flags(), now);
    }

    /** One flag event per finding, for the content just stored. */
    static void flag(ContentType type, String id, UserId author, List<ScreeningFinding> flags, Instant now) {
        for (ScreeningFinding finding : flags == null ? List.<ScreeningFinding>of() : flags) {
            apply(new ContentFlaggedEvent(type, id, author.value(), finding, now));
        }
    }

    /** A moderator hides, restores or deletes it (see {@link ContentTakedown}); a no-op stores nothing. */
    @CommandHandler
    public void handle(TakeDownStoryCommand command, Clock clock) {
        ContentTakedown.decide(
                        moderation,
                        ContentType.STORY,
                        storyId,
                        author,
                        command.action(),
                        command.moderatorId(),
                        command.reason(),
                        clock.instant())
                .ifPresent(AggregateLifecycle::apply);
    }

    /**
     * A moderator sets the story's NSFW classification, which holds over the author's own mark from then on; the
     * same override again stores nothing.
     */
    @CommandHandler
    public void handle(OverrideStoryNsfwCommand command, Clock clock) {
        if (command.moderatorId() == null) {
            throw DomainRuleViolation.invalid("moderator-required", null, "an override names its moderator");
        }
        String reason = ModerationReason.require(command.reason());
        if (nsfwOverride != null && nsfwOverride == command.nsfw()) {
            return;
        }
        apply(new NsfwOverriddenEvent(
                ContentType.STORY.slug(),
                storyId,
                author.value(),
                command.nsfw(),
                command.moderatorId().value(),
                reason,
                clock.instant()));
    }

    @EventSourcingHandler
    void on(NsfwOverriddenEvent event) {
        nsfwOverride = event.nsfw();
    }

    @EventSourcingHandler
    void on(StoryCreatedEvent event) {
        storyId = event.storyId();
        author = UserId.of(event.authorId());
        status = StoryStatus.DRAFT;
    }

    @EventSourcingHandler
    void on(StoryPublishedEvent event) {
        status = StoryStatus.ONGOING;
    }

    @EventSourcingHandler
    void on(StoryStatusChangedEvent event) {
        status = event.status();
    }

    @EventSourcingHandler
    void on(ChapterAddedEvent event) {
        chapters = Math.max(chapters, event.number());
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
