package org.muejam.command.content;

import static org.muejam.command.testing.Violations.violation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.muejam.command.shared.DomainRuleViolation.Kind;
import org.muejam.shared.content.CommentPostedEvent;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.content.StoryCreatedEvent;
import org.muejam.shared.content.StoryPublishedEvent;
import org.muejam.shared.content.WhisperPostedEvent;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.moderation.ContentDeletedEvent;
import org.muejam.shared.moderation.ContentHiddenEvent;
import org.muejam.shared.moderation.ContentRestoredEvent;
import org.muejam.shared.moderation.TakeDownCommentCommand;
import org.muejam.shared.moderation.TakeDownStoryCommand;
import org.muejam.shared.moderation.TakeDownWhisperCommand;
import org.muejam.shared.moderation.TakedownAction;

/** Specification of a takedown: hide, restore, delete on stories, comments and whispers (decision 0033). */
class ContentTakedownTest {

    private static final Instant NOW = Instant.parse("2026-07-01T09:00:00Z");
    private static final Instant EARLIER = Instant.parse("2026-06-01T09:00:00Z");
    private static final UserId AUTHOR = UserId.of("writer-1");
    private static final UserId MODERATOR = UserId.of("moderator-1");
    private static final String STORY = "story:6f1c2d3e-0000-4a5b-8c7d-9e0f1a2b3c4d";
    private static final String COMMENT = "comment:6f1c2d3e-0000-4a5b-8c7d-9e0f1a2b3c4d";
    private static final String WHISPER = "whisper:6f1c2d3e-0000-4a5b-8c7d-9e0f1a2b3c4d";

    private static ContentHiddenEvent hidden(ContentType type, String id, String reason) {
        return new ContentHiddenEvent(type, id, AUTHOR.value(), MODERATOR.value(), reason, NOW);
    }

    @Nested
    class Stories {

        private FixtureConfiguration<Story> fixture;

        private final StoryCreatedEvent created = new StoryCreatedEvent(
                STORY, AUTHOR.value(), "Tides", "Sea", "fantasy", List.of("sea"), "en", false, EARLIER, null);

        @BeforeEach
        void setUp() {
            fixture = new AggregateTestFixture<>(Story.class);
            fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        }

        private TakeDownStoryCommand command(TakedownAction action, String reason) {
            return new TakeDownStoryCommand(STORY, action, MODERATOR, reason);
        }

        @Test
        void aHiddenStoryIsRestoredWithTheReasonsStripped() {
            fixture.given(created, new StoryPublishedEvent(STORY, AUTHOR.value(), EARLIER))
                    .when(command(TakedownAction.HIDE, "  spam  "))
                    .expectEvents(hidden(ContentType.STORY, STORY, "spam"));
            fixture.given(created, hidden(ContentType.STORY, STORY, "spam"))
                    .when(command(TakedownAction.RESTORE, "appeal upheld"))
                    .expectEvents(new ContentRestoredEvent(
                            ContentType.STORY, STORY, AUTHOR.value(), MODERATOR.value(), "appeal upheld", NOW));
        }

        @Test
        void hidingAHiddenStoryOrRestoringAVisibleOneStoresNothing() {
            fixture.given(created, hidden(ContentType.STORY, STORY, "spam"))
                    .when(command(TakedownAction.HIDE, "again"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
            fixture.given(created)
                    .when(command(TakedownAction.RESTORE, "nothing to restore"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
            fixture.given(
                            created,
                            hidden(ContentType.STORY, STORY, "spam"),
                            new ContentRestoredEvent(
                                    ContentType.STORY, STORY, AUTHOR.value(), MODERATOR.value(), "ok", NOW))
                    .when(command(TakedownAction.RESTORE, "again"))
                    .expectNoEvents();
        }

        @Test
        void aDeleteIsFinal() {
            ContentDeletedEvent deleted = new ContentDeletedEvent(
                    ContentType.STORY, STORY, AUTHOR.value(), MODERATOR.value(), "illegal", NOW);
            fixture.given(created, hidden(ContentType.STORY, STORY, "spam"))
                    .when(command(TakedownAction.DELETE, "illegal"))
                    .expectEvents(deleted);
            fixture.given(created, deleted)
                    .when(command(TakedownAction.RESTORE, "appeal"))
                    .expectException(violation(Kind.CONFLICT, "content-deleted"));
            fixture.given(created, deleted)
                    .when(command(TakedownAction.HIDE, "again"))
                    .expectException(violation(Kind.CONFLICT, "content-deleted"));
            fixture.given(created, deleted)
                    .when(command(TakedownAction.DELETE, "again"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void aTakedownNeedsAnActionAModeratorAndABoundedReason() {
            fixture.given(created)
                    .when(command(null, "spam"))
                    .expectException(violation(Kind.INVALID, "invalid-takedown-action"));
            fixture.given(created)
                    .when(new TakeDownStoryCommand(STORY, TakedownAction.HIDE, null, "spam"))
                    .expectException(violation(Kind.INVALID, "moderator-required"));
            fixture.given(created)
                    .when(command(TakedownAction.HIDE, null))
                    .expectException(violation(Kind.INVALID, "reason-required"));
            fixture.given(created)
                    .when(command(TakedownAction.HIDE, " \t "))
                    .expectException(violation(Kind.INVALID, "reason-required"));
            fixture.given(created)
                    .when(command(TakedownAction.HIDE, "r".repeat(1_001)))
                    .expectException(violation(Kind.INVALID, "reason-too-long"));
            fixture.given(created)
                    .when(command(TakedownAction.HIDE, "r".repeat(1_000)))
                    .expectEvents(hidden(ContentType.STORY, STORY, "r".repeat(1_000)));
        }
    }

    @Nested
    class Comments {

        private FixtureConfiguration<Comment> fixture;

        @BeforeEach
        void setUp() {
            fixture = new AggregateTestFixture<>(Comment.class);
            fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        }

        @Test
        void aCommentIsHiddenAndDeleted() {
            CommentPostedEvent posted =
                    new CommentPostedEvent(COMMENT, ContentType.STORY, STORY, null, AUTHOR.value(), "hi", EARLIER);
            fixture.given(posted)
                    .when(new TakeDownCommentCommand(COMMENT, TakedownAction.HIDE, MODERATOR, "harassment"))
                    .expectEvents(hidden(ContentType.COMMENT, COMMENT, "harassment"));
            fixture.given(posted, hidden(ContentType.COMMENT, COMMENT, "harassment"))
                    .when(new TakeDownCommentCommand(COMMENT, TakedownAction.DELETE, MODERATOR, "confirmed"))
                    .expectEvents(new ContentDeletedEvent(
                            ContentType.COMMENT, COMMENT, AUTHOR.value(), MODERATOR.value(), "confirmed", NOW));
        }
    }

    @Nested
    class Whispers {

        private FixtureConfiguration<Whisper> fixture;

        @BeforeEach
        void setUp() {
            fixture = new AggregateTestFixture<>(Whisper.class);
            fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        }

        @Test
        void aWhisperIsHiddenRestoredAndNotRestoredAfterADelete() {
            WhisperPostedEvent posted = new WhisperPostedEvent(WHISPER, AUTHOR.value(), "hush", EARLIER);
            fixture.given(posted)
                    .when(new TakeDownWhisperCommand(WHISPER, TakedownAction.HIDE, MODERATOR, "spam"))
                    .expectEvents(hidden(ContentType.WHISPER, WHISPER, "spam"));
            fixture.given(posted, hidden(ContentType.WHISPER, WHISPER, "spam"))
                    .when(new TakeDownWhisperCommand(WHISPER, TakedownAction.RESTORE, MODERATOR, "ok"))
                    .expectEvents(new ContentRestoredEvent(
                            ContentType.WHISPER, WHISPER, AUTHOR.value(), MODERATOR.value(), "ok", NOW));
            fixture.given(
                            posted,
                            new ContentDeletedEvent(
                                    ContentType.WHISPER, WHISPER, AUTHOR.value(), MODERATOR.value(), "x", NOW))
                    .when(new TakeDownWhisperCommand(WHISPER, TakedownAction.RESTORE, MODERATOR, "ok"))
                    .expectException(violation(Kind.CONFLICT, "content-deleted"));
        }
    }
}
