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
import org.muejam.shared.content.AddChapterCommand;
import org.muejam.shared.content.ChangeStoryStatusCommand;
import org.muejam.shared.content.ChapterAddedEvent;
import org.muejam.shared.content.ContentFlaggedEvent;
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
import org.muejam.shared.moderation.NsfwOverriddenEvent;
import org.muejam.shared.moderation.OverrideStoryNsfwCommand;

/** Specification of a story: drafts, details, publication, status, chapters, and that only its author acts. */
class StoryTest {

    private static final Instant NOW = Instant.parse("2026-06-15T10:15:30Z");
    private static final Instant EARLIER = NOW.minusSeconds(3600);
    private static final String STORY = "story:6f1c2d3e-0000-4a5b-8c7d-9e0f1a2b3c4d";
    private static final String CHAPTER = "chapter:6f1c2d3e-1111-4a5b-8c7d-9e0f1a2b3c4d";
    private static final String CHAPTER_2 = "chapter:6f1c2d3e-2222-4a5b-8c7d-9e0f1a2b3c4d";
    private static final UserId AUTHOR = UserId.of("writer-1");
    private static final UserId STRANGER = UserId.of("writer-2");
    private static final ScreeningFinding PROFANITY = new ScreeningFinding("profanity", "mild", "LOW", "one word");

    private FixtureConfiguration<Story> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Story.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static StoryCreatedEvent created() {
        return new StoryCreatedEvent(
                STORY, AUTHOR.value(), "Tides", "A sea story", "fantasy", List.of("sea"), "en", false, EARLIER, null);
    }

    private static StoryPublishedEvent published() {
        return new StoryPublishedEvent(STORY, AUTHOR.value(), EARLIER);
    }

    @Test
    void aModeratorOverridesTheNsfwMarkOnceForEachValue() {
        UserId mod = UserId.of("mod-1");
        fixture.given(created())
                .when(new OverrideStoryNsfwCommand(STORY, true, mod, " explicit "))
                .expectEvents(new NsfwOverriddenEvent("story", STORY, AUTHOR.value(), true, "mod-1", "explicit", NOW));
        fixture.given(created(), new NsfwOverriddenEvent("story", STORY, AUTHOR.value(), true, "mod-1", "x", EARLIER))
                .when(new OverrideStoryNsfwCommand(STORY, true, mod, "again"))
                .expectNoEvents();
        fixture.given(created(), new NsfwOverriddenEvent("story", STORY, AUTHOR.value(), true, "mod-1", "x", EARLIER))
                .when(new OverrideStoryNsfwCommand(STORY, false, mod, "fine after all"))
                .expectEvents(
                        new NsfwOverriddenEvent("story", STORY, AUTHOR.value(), false, "mod-1", "fine after all", NOW));
        fixture.given(created())
                .when(new OverrideStoryNsfwCommand(STORY, false, mod, "not explicit"))
                .expectEvents(
                        new NsfwOverriddenEvent("story", STORY, AUTHOR.value(), false, "mod-1", "not explicit", NOW));
        fixture.given(created())
                .when(new OverrideStoryNsfwCommand(STORY, true, mod, null))
                .expectException(violation(Kind.INVALID, "reason-required"));
        fixture.given(created())
                .when(new OverrideStoryNsfwCommand(STORY, true, null, "x"))
                .expectException(violation(Kind.INVALID, "moderator-required"));
    }

    @Nested
    class Drafts {

        @Test
        void aDraftIsCreatedWithNormalisedDetails() {
            fixture.givenNoPriorActivity()
                    .when(new CreateStoryCommand(
                            STORY,
                            AUTHOR,
                            "  Tides ",
                            "A sea story",
                            "Fantasy",
                            List.of(" Sea", "sea", "Storms"),
                            "pt-BR",
                            true,
                            List.of(),
                            "cover-image-1"))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new StoryCreatedEvent(
                            STORY,
                            AUTHOR.value(),
                            "Tides",
                            "A sea story",
                            "fantasy",
                            List.of("sea", "storms"),
                            "pt-BR",
                            true,
                            NOW,
                            "cover-image-1"));
        }

        @Test
        void everyFindingOfTheScreeningIsRecordedBesideTheStory() {
            ScreeningFinding spam = new ScreeningFinding("spam", "links", "MEDIUM", "many links");
            fixture.givenNoPriorActivity()
                    .when(new CreateStoryCommand(
                            STORY,
                            AUTHOR,
                            "Tides",
                            "",
                            "fantasy",
                            List.of(),
                            null,
                            false,
                            List.of(PROFANITY, spam),
                            null))
                    .expectEvents(
                            new StoryCreatedEvent(
                                    STORY, AUTHOR.value(), "Tides", "", "fantasy", List.of(), null, false, NOW, null),
                            new ContentFlaggedEvent(ContentType.STORY, STORY, AUTHOR.value(), PROFANITY, NOW),
                            new ContentFlaggedEvent(ContentType.STORY, STORY, AUTHOR.value(), spam, NOW));
        }

        @Test
        void anUnknownGenreIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(new CreateStoryCommand(
                            STORY, AUTHOR, "Tides", "", "space-opera-x", List.of(), null, false, null, null))
                    .expectException(violation(Kind.INVALID, "unknown-genre"))
                    .expectNoEvents();
        }

        @Test
        void aTitleOverTwoHundredCharactersIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(new CreateStoryCommand(
                            STORY, AUTHOR, "t".repeat(201), "", "fantasy", List.of(), null, false, null, null))
                    .expectException(violation(Kind.INVALID, "too-long"));
        }

        @Test
        void twentyOneDistinctTagsAreRefused() {
            List<String> tags = java.util.stream.IntStream.range(0, 21)
                    .mapToObj(i -> "tag" + i)
                    .toList();
            fixture.givenNoPriorActivity()
                    .when(new CreateStoryCommand(STORY, AUTHOR, "Tides", "", "fantasy", tags, null, false, null, null))
                    .expectException(violation(Kind.INVALID, "too-many-tags"));
        }

        @Test
        void anIdThatIsNoStoryIdIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(new CreateStoryCommand(
                            "key:1", AUTHOR, "Tides", "", "fantasy", List.of(), null, false, null, null))
                    .expectException(violation(Kind.INVALID, "invalid-story-id"));
        }

        @Test
        void theAuthorUpdatesTheDetails() {
            fixture.given(created())
                    .when(new UpdateStoryCommand(
                            STORY,
                            AUTHOR,
                            "Tides II",
                            "More sea",
                            "drama",
                            List.of("sea"),
                            "en",
                            true,
                            List.of(),
                            "cover-image-2"))
                    .expectEvents(new StoryUpdatedEvent(
                            STORY, "Tides II", "More sea", "drama", List.of("sea"), "en", true, NOW, "cover-image-2"));
        }

        @Test
        void nobodyElseUpdatesIt() {
            fixture.given(created())
                    .when(new UpdateStoryCommand(
                            STORY, STRANGER, "Mine", "", "drama", List.of(), null, false, List.of(), null))
                    .expectException(violation(Kind.FORBIDDEN, "not-story-author"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Publication {

        @Test
        void theAuthorPublishesADraft() {
            fixture.given(created())
                    .when(new PublishStoryCommand(STORY, AUTHOR))
                    .expectEvents(new StoryPublishedEvent(STORY, AUTHOR.value(), NOW));
        }

        @Test
        void nobodyElsePublishesIt() {
            fixture.given(created())
                    .when(new PublishStoryCommand(STORY, STRANGER))
                    .expectException(violation(Kind.FORBIDDEN, "not-story-author"));
        }

        @Test
        void aPublishedStoryIsNotPublishedTwice() {
            fixture.given(created(), published())
                    .when(new PublishStoryCommand(STORY, AUTHOR))
                    .expectException(violation(Kind.CONFLICT, "story-already-published"));
        }

        @Test
        void aPublishedStoryIsMarkedCompletedAndOngoingAgain() {
            fixture.given(created(), published())
                    .when(new ChangeStoryStatusCommand(STORY, AUTHOR, StoryStatus.COMPLETED))
                    .expectEvents(new StoryStatusChangedEvent(STORY, StoryStatus.COMPLETED, NOW));
            fixture.given(created(), published(), new StoryStatusChangedEvent(STORY, StoryStatus.COMPLETED, EARLIER))
                    .when(new ChangeStoryStatusCommand(STORY, AUTHOR, StoryStatus.ONGOING))
                    .expectEvents(new StoryStatusChangedEvent(STORY, StoryStatus.ONGOING, NOW));
        }

        @Test
        void markingTheStatusItHasStoresNothing() {
            fixture.given(created(), published())
                    .when(new ChangeStoryStatusCommand(STORY, AUTHOR, StoryStatus.ONGOING))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void aDraftIsNotMarkedCompleted() {
            fixture.given(created())
                    .when(new ChangeStoryStatusCommand(STORY, AUTHOR, StoryStatus.COMPLETED))
                    .expectException(violation(Kind.CONFLICT, "story-not-published"));
        }

        @Test
        void noStoryGoesBackToDraft() {
            fixture.given(created(), published())
                    .when(new ChangeStoryStatusCommand(STORY, AUTHOR, StoryStatus.DRAFT))
                    .expectException(violation(Kind.INVALID, "invalid-story-status"));
        }

        @Test
        void nobodyElseChangesTheStatus() {
            fixture.given(created(), published())
                    .when(new ChangeStoryStatusCommand(STORY, STRANGER, StoryStatus.COMPLETED))
                    .expectException(violation(Kind.FORBIDDEN, "not-story-author"));
        }
    }

    @Nested
    class Chapters {

        @Test
        void chaptersAreNumberedInTheOrderTheyAreAdded() {
            fixture.given(created())
                    .when(new AddChapterCommand(STORY, CHAPTER, AUTHOR, "One", "<p>Hello sea</p>", 2, List.of(), true))
                    .expectEvents(new ChapterAddedEvent(STORY, CHAPTER, 1, "One", "<p>Hello sea</p>", 2, NOW, true));
            fixture.given(created(), new ChapterAddedEvent(STORY, CHAPTER, 1, "One", "<p>x</p>", 1, EARLIER, false))
                    .when(new AddChapterCommand(
                            STORY, CHAPTER_2, AUTHOR, "Two", "<p>y z</p>", 2, List.of(PROFANITY), false))
                    .expectEvents(
                            new ChapterAddedEvent(STORY, CHAPTER_2, 2, "Two", "<p>y z</p>", 2, NOW, false),
                            new ContentFlaggedEvent(ContentType.CHAPTER, CHAPTER_2, AUTHOR.value(), PROFANITY, NOW));
        }

        @Test
        void onlyTheAuthorAddsChapters() {
            fixture.given(created())
                    .when(new AddChapterCommand(STORY, CHAPTER, STRANGER, "One", "text", 1, List.of(), false))
                    .expectException(violation(Kind.FORBIDDEN, "not-story-author"))
                    .expectNoEvents();
        }

        @Test
        void anEmptyChapterIsRefused() {
            fixture.given(created())
                    .when(new AddChapterCommand(STORY, CHAPTER, AUTHOR, "One", "  ", 0, List.of(), false))
                    .expectException(violation(Kind.INVALID, "empty-content"));
        }
    }
}
