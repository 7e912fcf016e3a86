package org.muejam.command.social.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.junit.jupiter.api.Test;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.command.testing.RecordingCommandGateway;
import org.muejam.shared.content.ChapterResponse;
import org.muejam.shared.content.CommentResponse;
import org.muejam.shared.content.ContentIds;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.content.FindChapterQuery;
import org.muejam.shared.content.FindCommentQuery;
import org.muejam.shared.content.FindStoryQuery;
import org.muejam.shared.content.FindWhisperQuery;
import org.muejam.shared.content.StoryResponse;
import org.muejam.shared.content.StoryStatus;
import org.muejam.shared.content.WhisperResponse;
import org.muejam.shared.identity.FindUserAccountQuery;
import org.muejam.shared.identity.UserAccountResponse;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.social.ApproveFollowRequestCommand;
import org.muejam.shared.social.DeclineFollowRequestCommand;
import org.muejam.shared.social.FollowCommand;
import org.muejam.shared.social.FollowStatus;
import org.muejam.shared.social.LikeContentCommand;
import org.muejam.shared.social.UnfollowCommand;
import org.muejam.shared.social.UnlikeContentCommand;

/** Likes reach only visible content; follows only known people, asking the followee's approval setting. */
class SocialUseCasesTest {

    private static final UserId READER = UserId.of("reader-1");
    private static final UserId AUTHOR = UserId.of("author-2");
    private static final UserId PRIVATE = UserId.of("private-3");
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private final RecordingCommandGateway commands = new RecordingCommandGateway();
    private final ReadModel readModel = new ReadModel();
    private final Set<UserId> approving = new HashSet<>(Set.of(PRIVATE));
    private final Liking liking = new Liking(commands, readModel.gateway());
    private final Following following = new Following(commands, readModel.gateway(), approving::contains);

    /** The read models as the use cases ask them. */
    static final class ReadModel {
        final Map<String, StoryResponse> stories = new HashMap<>();
        final Map<String, ChapterResponse> chapters = new HashMap<>();
        final Map<String, WhisperResponse> whispers = new HashMap<>();
        final Map<String, CommentResponse> comments = new HashMap<>();
        final Set<String> users = new HashSet<>(Set.of(READER.value(), AUTHOR.value(), PRIVATE.value()));
        private final SimpleQueryBus bus = SimpleQueryBus.builder().build();

        ReadModel() {
            new AnnotationQueryHandlerAdapter<>(this).subscribe(bus);
        }

        DefaultQueryGateway gateway() {
            return DefaultQueryGateway.builder().queryBus(bus).build();
        }

        String story(StoryStatus status) {
            String id = ContentIds.random(ContentIds.STORY);
            stories.put(
                    id,
                    new StoryResponse(
                            id,
                            AUTHOR.value(),
                            "T",
                            "",
                            "drama",
                            List.of(),
                            null,
                            false,
                            status,
                            0,
                            0,
                            NOW,
                            NOW,
                            status == StoryStatus.DRAFT ? null : NOW,
                            0,
                            null,
                            false,
                            null,
                            false,
                            null));
            return id;
        }

        String chapter(String storyId) {
            String id = ContentIds.random(ContentIds.CHAPTER);
            chapters.put(id, new ChapterResponse(id, storyId, 1, "One", "text", 1, NOW, false));
            return id;
        }

        String whisper() {
            String id = ContentIds.random(ContentIds.WHISPER);
            whispers.put(id, new WhisperResponse(id, AUTHOR.value(), "hi", NOW, 0, null, false));
            return id;
        }

        String comment(String storyId) {
            String id = ContentIds.random(ContentIds.COMMENT);
            comments.put(
                    id,
                    new CommentResponse(
                            id, ContentType.STORY, storyId, null, AUTHOR.value(), "x", NOW, 0, null, false));
            return id;
        }

        @QueryHandler
        Optional<StoryResponse> handle(FindStoryQuery query) {
            return Optional.ofNullable(stories.get(query.storyId()));
        }

        @QueryHandler
        Optional<ChapterResponse> handle(FindChapterQuery query) {
            return Optional.ofNullable(chapters.get(query.chapterId()));
        }

        @QueryHandler
        Optional<WhisperResponse> handle(FindWhisperQuery query) {
            return Optional.ofNullable(whispers.get(query.whisperId()));
        }

        @QueryHandler
        Optional<CommentResponse> handle(FindCommentQuery query) {
            return Optional.ofNullable(comments.get(query.commentId()));
        }

        @QueryHandler
        Optional<UserAccountResponse> handle(FindUserAccountQuery query) {
            return users.contains(query.userId())
                    ? Optional.of(new UserAccountResponse(
                            query.userId(), "x@example.org", "Someone", List.of("USER"), false, null, null))
                    : Optional.empty();
        }
    }

    private static void assertNotFound(Runnable action, String problemType) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainRuleViolation.class, refusal -> {
            assertThat(refusal.kind()).isEqualTo(DomainRuleViolation.Kind.NOT_FOUND);
            assertThat(refusal.problemType()).isEqualTo(problemType);
        });
    }

    @Test
    void aPublishedStoryAWhisperAndACommentAreLikedAndUnliked() {
        String story = readModel.story(StoryStatus.COMPLETED);
        String whisper = readModel.whisper();
        String comment = readModel.comment(story);

        liking.like(READER, ContentType.STORY, story);
        liking.like(READER, ContentType.WHISPER, whisper);
        liking.unlike(READER, ContentType.COMMENT, comment);

        assertThat(commands.sent())
                .containsExactly(
                        new LikeContentCommand(READER, ContentType.STORY, story),
                        new LikeContentCommand(READER, ContentType.WHISPER, whisper),
                        new UnlikeContentCommand(READER, ContentType.COMMENT, comment));
    }

    @Test
    void aChapterOfAPublishedStoryIsVisibleAndOneOfADraftIsNot() {
        String chapter = readModel.chapter(readModel.story(StoryStatus.ONGOING));
        String hidden = readModel.chapter(readModel.story(StoryStatus.DRAFT));

        liking.like(READER, ContentType.CHAPTER, chapter);
        assertNotFound(() -> liking.like(READER, ContentType.CHAPTER, hidden), "chapter-not-found");
        assertNotFound(
                () -> liking.like(READER, ContentType.CHAPTER, ContentIds.random(ContentIds.CHAPTER)),
                "chapter-not-found");
        assertNotFound(() -> liking.like(READER, ContentType.CHAPTER, "chapter:nope"), "chapter-not-found");

        assertThat(commands.sent()).containsExactly(new LikeContentCommand(READER, ContentType.CHAPTER, chapter));
    }

    @Test
    void draftsUnknownMalformedAndOtherKindsIdsAreNotFoundAndSendNothing() {
        String draft = readModel.story(StoryStatus.DRAFT);
        String whisper = readModel.whisper();
        String comment = readModel.comment(readModel.story(StoryStatus.ONGOING));

        assertNotFound(() -> liking.like(READER, ContentType.STORY, draft), "story-not-found");
        assertNotFound(() -> liking.unlike(READER, ContentType.STORY, draft), "story-not-found");
        assertNotFound(() -> liking.like(READER, ContentType.STORY, whisper), "story-not-found");
        assertNotFound(() -> liking.like(READER, ContentType.STORY, "story:\u0000"), "story-not-found");
        assertNotFound(() -> liking.like(READER, ContentType.STORY, "s".repeat(10_000)), "story-not-found");
        assertNotFound(() -> liking.like(READER, ContentType.WHISPER, comment), "whisper-not-found");
        assertNotFound(
                () -> liking.like(READER, ContentType.WHISPER, ContentIds.random(ContentIds.WHISPER)),
                "whisper-not-found");
        assertNotFound(() -> liking.like(READER, ContentType.COMMENT, whisper), "comment-not-found");
        assertNotFound(
                () -> liking.unlike(READER, ContentType.COMMENT, ContentIds.random(ContentIds.COMMENT)),
                "comment-not-found");

        assertThat(commands.sent()).isEmpty();
    }

    @Test
    void aFollowOfSomeoneWithoutApprovalIsSentAsAcceptedAndAnswersTheStatus() {
        commands.answer(FollowCommand.class, FollowStatus.FOLLOWING);

        assertThat(following.follow(READER, AUTHOR.value())).isEqualTo(FollowStatus.FOLLOWING);

        assertThat(commands.sent()).containsExactly(new FollowCommand(READER, AUTHOR, false));
    }

    @Test
    void aFollowOfSomeoneWhoApprovesFollowersIsSentAsARequest() {
        commands.answer(FollowCommand.class, FollowStatus.REQUESTED);

        assertThat(following.follow(READER, PRIVATE.value())).isEqualTo(FollowStatus.REQUESTED);

        assertThat(commands.sent()).containsExactly(new FollowCommand(READER, PRIVATE, true));
    }

    @Test
    void followingOneselfIsRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> following.follow(READER, READER.value()))
                .isInstanceOfSatisfying(DomainRuleViolation.class, refusal -> {
                    assertThat(refusal.kind()).isEqualTo(DomainRuleViolation.Kind.INVALID);
                    assertThat(refusal.problemType()).isEqualTo("cannot-follow-self");
                    assertThat(refusal.field()).isNull();
                });
        assertThat(commands.sent()).isEmpty();
    }

    @Test
    void unknownOrImpossibleFolloweesAreNotFound() {
        for (String unknown : List.of("nobody", "", " ", "u".repeat(65), "a\u0000b")) {
            assertNotFound(() -> following.follow(READER, unknown), "user-not-found");
            assertNotFound(() -> following.unfollow(READER, unknown), "user-not-found");
        }
        assertNotFound(() -> following.follow(READER, null), "user-not-found");
        assertThat(commands.sent()).isEmpty();
    }

    @Test
    void anIdOfTheLongestLengthIsAskedAbout() {
        String longest = "u".repeat(UserId.MAX_LENGTH);
        readModel.users.add(longest);

        following.follow(READER, longest);

        assertThat(commands.sent()).containsExactly(new FollowCommand(READER, UserId.of(longest), false));
    }

    @Test
    void unfollowingSendsTheCommandForTheKnownFollowee() {
        following.unfollow(READER, AUTHOR.value());

        assertThat(commands.sent()).containsExactly(new UnfollowCommand(READER, AUTHOR));
    }

    @Test
    void theFolloweeApprovesAndDeclinesRequestsByTheRequestersId() {
        following.approve(PRIVATE, READER.value());
        following.decline(PRIVATE, AUTHOR.value());

        assertThat(commands.sent())
                .containsExactly(
                        new ApproveFollowRequestCommand(READER, PRIVATE),
                        new DeclineFollowRequestCommand(AUTHOR, PRIVATE));
    }

    @Test
    void aRequesterIdNoAccountCanHaveHasNoRequest() {
        for (String impossible : List.of("", " ", "u".repeat(65))) {
            assertNotFound(() -> following.approve(PRIVATE, impossible), "follow-request-not-found");
            assertNotFound(() -> following.decline(PRIVATE, impossible), "follow-request-not-found");
        }
        assertNotFound(() -> following.approve(PRIVATE, null), "follow-request-not-found");
        assertThat(commands.sent()).isEmpty();
    }
}
