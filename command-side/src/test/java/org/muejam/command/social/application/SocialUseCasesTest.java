package org.muejam.command.social.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.muejam.command.testing.Violations.assertRefused;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.command.testing.InMemoryContent;
import org.muejam.command.testing.RecordingCommandGateway;
import org.muejam.shared.content.ContentIds;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.content.StoryStatus;
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

    private final RecordingCommandGateway commands = new RecordingCommandGateway();
    private final InMemoryContent readModel = new InMemoryContent().people(READER, AUTHOR, PRIVATE);
    private final Set<UserId> approving = new HashSet<>(Set.of(PRIVATE));
    private final Liking liking = new Liking(commands, readModel.gateway());
    private final Following following = new Following(commands, readModel.gateway(), approving::contains);

    private static void assertNotFound(ThrowingCallable action, String problemType) {
        assertRefused(action, DomainRuleViolation.Kind.NOT_FOUND, problemType);
    }

    @Test
    void aPublishedStoryAWhisperAndACommentAreLikedAndUnliked() {
        String story = readModel.story(AUTHOR, StoryStatus.COMPLETED);
        String whisper = readModel.whisper(AUTHOR);
        String comment = readModel.comment(AUTHOR, story);

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
        String chapter = readModel.chapter(readModel.story(AUTHOR, StoryStatus.ONGOING));
        String hidden = readModel.chapter(readModel.story(AUTHOR, StoryStatus.DRAFT));

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
        String draft = readModel.story(AUTHOR, StoryStatus.DRAFT);
        String whisper = readModel.whisper(AUTHOR);
        String comment = readModel.comment(AUTHOR, readModel.story(AUTHOR, StoryStatus.ONGOING));

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
        readModel.people.add(longest);

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
