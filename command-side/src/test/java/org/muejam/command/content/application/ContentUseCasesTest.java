package org.muejam.command.content.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.muejam.command.content.ContentRefusal;
import org.muejam.command.identity.VerifiedAuthorPolicy;
import org.muejam.command.privacy.application.PrivacyRules;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.command.testing.InMemoryContent;
import org.muejam.command.testing.InMemoryContentSanitizer;
import org.muejam.command.testing.InMemoryEmailVerificationStatus;
import org.muejam.command.testing.InMemoryPrivacySettings;
import org.muejam.command.testing.PassThroughScreening;
import org.muejam.command.testing.RecordingCommandGateway;
import org.muejam.shared.content.AddChapterCommand;
import org.muejam.shared.content.ChangeStoryStatusCommand;
import org.muejam.shared.content.ChapterResponse;
import org.muejam.shared.content.CommentResponse;
import org.muejam.shared.content.ContentFormat;
import org.muejam.shared.content.ContentIds;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.content.CreateStoryCommand;
import org.muejam.shared.content.ImageModerationStatus;
import org.muejam.shared.content.ImageResponse;
import org.muejam.shared.content.PostCommentCommand;
import org.muejam.shared.content.PostWhisperCommand;
import org.muejam.shared.content.PublishStoryCommand;
import org.muejam.shared.content.ScreeningFinding;
import org.muejam.shared.content.StoryStatus;
import org.muejam.shared.content.UpdateStoryCommand;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.privacy.Audience;
import org.muejam.shared.privacy.CommentPermission;
import org.muejam.shared.privacy.PrivacySettings;

/** The content use cases: verified authors only, screening before any command, the screened texts and flags sent. */
class ContentUseCasesTest {

    private static final UserId AUTHOR = UserId.of("author-1");
    private static final UserId READER = UserId.of("reader-2");
    private static final UserId UNVERIFIED = UserId.of("unverified-3");
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final ScreeningFinding FLAG = new ScreeningFinding("profanity", "mild", "LOW", "a word");

    private final RecordingCommandGateway commands = new RecordingCommandGateway();
    private final InMemoryContent readModel = new InMemoryContent();
    private final PassThroughScreening screening = new PassThroughScreening();
    private final InMemoryEmailVerificationStatus emails = new InMemoryEmailVerificationStatus()
            .account(AUTHOR, true)
            .account(READER, true)
            .account(UNVERIFIED, false);
    private final StoryAuthoring authoring =
            new StoryAuthoring(commands, readModel.gateway(), screening, new InMemoryContentSanitizer(), emails);
    private final InMemoryPrivacySettings privacy = new InMemoryPrivacySettings();
    private final Commenting commenting =
            new Commenting(commands, readModel.gateway(), screening, emails, new PrivacyRules(privacy, privacy));
    private final Whispering whispering = new Whispering(commands, screening, emails);

    private static StoryAuthoring.Details details(String title) {
        return new StoryAuthoring.Details(title, "<p>About</p>", "Drama", List.of("Sea", "sea"), null, false, null);
    }

    @Test
    void aCoverIsAnImageTheAuthorUploaded() {
        String own = readModel.image(AUTHOR);
        String others = readModel.image(READER);
        StoryAuthoring.Details base = details("Covered");

        authoring.create(AUTHOR, withCover(base, own));
        assertThat(commands.sent(CreateStoryCommand.class).get(0).coverImageId())
                .isEqualTo(own);
        authoring.create(AUTHOR, withCover(base, "  "));
        assertThat(commands.sent(CreateStoryCommand.class).get(1).coverImageId())
                .isNull();

        for (String refused : List.of(others, "no-such-image", "x".repeat(65))) {
            assertThatThrownBy(() -> authoring.create(AUTHOR, withCover(base, refused)))
                    .as(refused)
                    .isInstanceOfSatisfying(DomainRuleViolation.class, refusal -> {
                        assertThat(refusal.kind()).isEqualTo(DomainRuleViolation.Kind.NOT_FOUND);
                        assertThat(refusal.problemType()).isEqualTo("cover-image-not-found");
                        assertThat(refusal.field()).isEqualTo("coverImageId");
                    });
        }
        String draft = readModel.story(AUTHOR, StoryStatus.DRAFT);
        authoring.update(draft, AUTHOR, withCover(base, own));
        assertThat(commands.sent(UpdateStoryCommand.class).get(0).coverImageId())
                .isEqualTo(own);
        assertThatThrownBy(() -> authoring.update(draft, AUTHOR, withCover(base, others)))
                .isInstanceOf(DomainRuleViolation.class);
        assertThat(commands.sent(UpdateStoryCommand.class)).hasSize(1);
    }

    private static StoryAuthoring.Details withCover(StoryAuthoring.Details details, String coverImageId) {
        return new StoryAuthoring.Details(
                details.title(),
                details.description(),
                details.genre(),
                details.tags(),
                details.language(),
                details.nsfw(),
                coverImageId);
    }

    @Test
    void theScreenedTextsAndTheirFindingsAreWhatTheCommandCarries() {
        screening
                .rewriting(text -> text.replace("4111111111111111", "************1111"))
                .flagging(FLAG);

        String id = authoring.create(AUTHOR, details("Card 4111111111111111"));

        CreateStoryCommand sent = commands.sent(CreateStoryCommand.class).get(0);
        assertThat(sent.storyId()).isEqualTo(id);
        assertThat(sent.title()).isEqualTo("Card ************1111");
        assertThat(sent.genre()).isEqualTo("drama");
        assertThat(sent.tags()).containsExactly("sea");
        assertThat(sent.flags()).containsExactly(FLAG);
        assertThat(screening.seen().get(0).texts()).containsKeys("title", "description", "tags[0]");
    }

    @Test
    void aRefusedSubmissionSendsNoCommandAndNamesTheRule() {
        screening.refusingBy("malicious-url");

        assertThatThrownBy(() -> authoring.create(AUTHOR, details("Tides")))
                .isInstanceOfSatisfying(DomainRuleViolation.class, refusal -> {
                    assertThat(refusal.problemType()).isEqualTo(ContentRefusal.PROBLEM_TYPE);
                    assertThat(refusal.field()).isEqualTo("malicious-url");
                });
        assertThat(commands.sent()).isEmpty();
    }

    @Test
    void anUnverifiedAuthorIsRefusedBeforeAnythingIsScreened() {
        assertThatThrownBy(() -> authoring.create(UNVERIFIED, details("Tides")))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class,
                        refusal -> assertThat(refusal.kind()).isEqualTo(DomainRuleViolation.Kind.FORBIDDEN));
        assertThat(screening.seen()).isEmpty();
        assertThat(commands.sent()).isEmpty();
    }

    @Test
    void anotherPersonsStoryIsRefusedBeforeAnythingIsScreened() {
        String story = readModel.story(AUTHOR, StoryStatus.ONGOING);

        assertThatThrownBy(() -> authoring.update(story, READER, details("Mine")))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class,
                        refusal -> assertThat(refusal.kind()).isEqualTo(DomainRuleViolation.Kind.FORBIDDEN));
        assertThatThrownBy(() -> authoring.addChapter(story, READER, "Mine", "text"))
                .isInstanceOf(DomainRuleViolation.class);
        assertThat(screening.seen()).isEmpty();
        assertThat(commands.sent(UpdateStoryCommand.class)).isEmpty();
    }

    @Test
    void anotherPersonsDraftAndUnknownIdsAreNotFound() {
        String draft = readModel.story(AUTHOR, StoryStatus.DRAFT);

        for (String id : List.of(draft, "story:not-a-uuid", ContentIds.random(ContentIds.STORY))) {
            assertThatThrownBy(() -> authoring.publish(id, READER))
                    .isInstanceOfSatisfying(
                            DomainRuleViolation.class,
                            refusal -> assertThat(refusal.kind()).isEqualTo(DomainRuleViolation.Kind.NOT_FOUND));
        }
    }

    @Test
    void aChaptersWordCountIsCountedFromItsScreenedText() {
        String story = readModel.story(AUTHOR, StoryStatus.DRAFT);
        screening.flagging(FLAG);

        authoring.addChapter(story, AUTHOR, "One", "<p>The sea, the <em>storm</em>.</p><p>Home again!</p>");

        AddChapterCommand sent = commands.sent(AddChapterCommand.class).get(0);
        assertThat(sent.wordCount()).isEqualTo(6);
        assertThat(sent.flags()).containsExactly(FLAG);
        assertThat(ContentIds.isValid(ContentIds.CHAPTER, sent.chapterId())).isTrue();
    }

    @Test
    void aMarkdownChapterIsStoredAsTheHtmlItRendersTo() {
        String story = readModel.story(AUTHOR, StoryStatus.DRAFT);

        authoring.addChapter(
                story,
                AUTHOR,
                new StoryAuthoring.NewChapter("One", "The **sea** at last", ContentFormat.MARKDOWN, true));
        authoring.addChapter(story, AUTHOR, new StoryAuthoring.NewChapter("Two", "The **sea** kept", null, false));

        List<AddChapterCommand> sent = commands.sent(AddChapterCommand.class);
        assertThat(sent.get(0).content()).isEqualTo("<p>The <strong>sea</strong> at last</p>");
        assertThat(sent.get(0).wordCount()).isEqualTo(4);
        assertThat(sent.get(1).content()).isEqualTo("The **sea** kept");
        assertThat(sent).extracting(AddChapterCommand::nsfw).containsExactly(true, false);
    }

    @Test
    void commentsGoOnPublishedTargetsOnly() {
        String draft = readModel.story(AUTHOR, StoryStatus.DRAFT);
        String published = readModel.story(AUTHOR, StoryStatus.ONGOING);

        assertThatThrownBy(() -> commenting.post(READER, ContentType.STORY, draft, null, "hi"))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class,
                        refusal -> assertThat(refusal.kind()).isEqualTo(DomainRuleViolation.Kind.NOT_FOUND));
        assertThatThrownBy(() -> commenting.post(READER, ContentType.WHISPER, published, null, "hi"))
                .isInstanceOf(DomainRuleViolation.class);

        String id = commenting.post(READER, ContentType.STORY, published, null, "hi");

        PostCommentCommand sent = commands.sent(PostCommentCommand.class).get(0);
        assertThat(sent.commentId()).isEqualTo(id);
        assertThat(sent.content()).isEqualTo("hi");
    }

    @Test
    void theAuthorsCommentPermissionDecidesWhoCommentsOnTheirStoryAndChapters() {
        String story = readModel.story(AUTHOR, StoryStatus.ONGOING);
        String chapter = ContentIds.random(ContentIds.CHAPTER);
        readModel.chapters.put(chapter, new ChapterResponse(chapter, story, 1, "One", null, 1, NOW, false));
        privacy.set(AUTHOR, settings(CommentPermission.FOLLOWERS));

        for (ContentType type : List.of(ContentType.STORY, ContentType.CHAPTER)) {
            String target = type == ContentType.STORY ? story : chapter;
            assertThatThrownBy(() -> commenting.post(READER, type, target, null, "hi"))
                    .isInstanceOfSatisfying(DomainRuleViolation.class, refusal -> {
                        assertThat(refusal.kind()).isEqualTo(DomainRuleViolation.Kind.FORBIDDEN);
                        assertThat(refusal.problemType()).isEqualTo("comments-not-allowed");
                        assertThat(refusal.field()).isEqualTo("commentPermission");
                    });
        }
        assertThat(commands.sent(PostCommentCommand.class)).isEmpty();

        privacy.follow(READER, AUTHOR);
        commenting.post(READER, ContentType.STORY, story, null, "hi");
        commenting.post(READER, ContentType.CHAPTER, chapter, null, "hi");
        assertThat(commands.sent(PostCommentCommand.class)).hasSize(2);

        privacy.set(AUTHOR, settings(CommentPermission.NOBODY));
        assertThatThrownBy(() -> commenting.post(READER, ContentType.STORY, story, null, "hi"))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class,
                        refusal -> assertThat(refusal.getMessage()).contains("no comments"));
        // the author answers on their own work whatever they allow others
        commenting.post(AUTHOR, ContentType.STORY, story, null, "thanks");
        assertThat(commands.sent(PostCommentCommand.class)).hasSize(3);
    }

    private static PrivacySettings settings(CommentPermission permission) {
        return new PrivacySettings(Audience.PUBLIC, Audience.PRIVATE, false, false, permission, false);
    }

    @Test
    void anAnswerNamesACommentOnTheSameTarget() {
        String story = readModel.story(AUTHOR, StoryStatus.ONGOING);
        String other = readModel.story(AUTHOR, StoryStatus.ONGOING);
        String parent = ContentIds.random(ContentIds.COMMENT);
        readModel.comments.put(
                parent,
                new CommentResponse(parent, ContentType.STORY, other, null, AUTHOR.value(), "x", NOW, 0, null, false));

        assertThatThrownBy(() -> commenting.post(READER, ContentType.STORY, story, parent, "hi"))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class,
                        refusal -> assertThat(refusal.field()).isEqualTo("parentId"));

        commenting.post(READER, ContentType.STORY, other, parent, "hi");
        assertThat(commands.sent(PostCommentCommand.class).get(0).parentId()).isEqualTo(parent);
    }

    @Test
    void anUnverifiedAuthorCannotChangeTheirOwnStoryEither() {
        String own = readModel.story(UNVERIFIED, StoryStatus.DRAFT);

        List<Runnable> attempts = List.of(
                () -> authoring.update(own, UNVERIFIED, details("Tides")),
                () -> authoring.publish(own, UNVERIFIED),
                () -> authoring.addChapter(own, UNVERIFIED, "One", "text"));
        for (Runnable attempt : attempts) {
            assertThatThrownBy(attempt::run).isInstanceOfSatisfying(DomainRuleViolation.class, refusal -> {
                assertThat(refusal.kind()).isEqualTo(DomainRuleViolation.Kind.FORBIDDEN);
                assertThat(refusal.problemType()).isEqualTo(VerifiedAuthorPolicy.PROBLEM_TYPE);
            });
        }
        assertThat(screening.seen()).isEmpty();
        assertThat(commands.sent()).isEmpty();
    }

    @Test
    void onlyTheAuthorPublishesOrChangesTheStatusOfAStory() {
        String story = readModel.story(AUTHOR, StoryStatus.ONGOING);

        assertThatThrownBy(() -> authoring.changeStatus(story, READER, StoryStatus.COMPLETED))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class,
                        refusal -> assertThat(refusal.kind()).isEqualTo(DomainRuleViolation.Kind.FORBIDDEN));
        assertThat(commands.sent()).isEmpty();

        authoring.changeStatus(story, AUTHOR, StoryStatus.COMPLETED);
        authoring.publish(story, AUTHOR);
        assertThat(commands.sent(ChangeStoryStatusCommand.class)).hasSize(1);
        assertThat(commands.sent(PublishStoryCommand.class)).hasSize(1);
    }

    @Test
    void addingAChapterReturnsTheIdItWasAddedUnder() {
        String story = readModel.story(AUTHOR, StoryStatus.DRAFT);

        String first = authoring.addChapter(story, AUTHOR, "One", "text");
        String second = authoring.addChapter(
                story, AUTHOR, new StoryAuthoring.NewChapter("Two", "more", ContentFormat.HTML, false));

        assertThat(commands.sent(AddChapterCommand.class))
                .extracting(AddChapterCommand::chapterId)
                .containsExactly(first, second);
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void aCoverImageIdOfSixtyFourCharactersIsAccepted() {
        String id = "i".repeat(64);
        readModel.images.put(id, new ImageResponse(id, AUTHOR.value(), List.of(), false, ImageModerationStatus.CLEAR));

        authoring.create(AUTHOR, withCover(details("Covered"), id));

        assertThat(commands.sent(CreateStoryCommand.class).get(0).coverImageId())
                .isEqualTo(id);
    }

    @Test
    void aWhisperCarriesItsScreenedTextAndFindingsUnderTheIdReturned() {
        screening
                .rewriting(text -> text.replace("4111111111111111", "************1111"))
                .flagging(FLAG);

        String id = whispering.post(AUTHOR, "card 4111111111111111 🌊");

        assertThat(commands.sent(PostWhisperCommand.class))
                .containsExactly(new PostWhisperCommand(id, AUTHOR, "card ************1111 🌊", List.of(FLAG)));
        assertThat(ContentIds.isValid(ContentIds.WHISPER, id)).isTrue();
    }

    @Test
    void aWhisperLeftWithoutTextOnceScreenedIsRefused() {
        for (String left : new String[] {" ", "", null}) {
            screening.rewriting(text -> left);
            assertThatThrownBy(() -> whispering.post(AUTHOR, "<script>x</script>"))
                    .as("left %s", left)
                    .isInstanceOfSatisfying(DomainRuleViolation.class, refusal -> {
                        assertThat(refusal.kind()).isEqualTo(DomainRuleViolation.Kind.INVALID);
                        assertThat(refusal.problemType()).isEqualTo("empty-content");
                    });
        }
        assertThat(commands.sent()).isEmpty();
    }

    @Test
    void anUnverifiedPersonNeitherWhispersNorCommentsAndNothingIsScreened() {
        String story = readModel.story(AUTHOR, StoryStatus.ONGOING);

        List<Runnable> attempts = List.of(
                () -> whispering.post(UNVERIFIED, "hi"),
                () -> commenting.post(UNVERIFIED, ContentType.STORY, story, null, "hi"));
        for (Runnable attempt : attempts) {
            assertThatThrownBy(attempt::run).isInstanceOfSatisfying(DomainRuleViolation.class, refusal -> {
                assertThat(refusal.kind()).isEqualTo(DomainRuleViolation.Kind.FORBIDDEN);
                assertThat(refusal.problemType()).isEqualTo(VerifiedAuthorPolicy.PROBLEM_TYPE);
            });
        }
        assertThat(screening.seen()).isEmpty();
        assertThat(commands.sent()).isEmpty();
    }
}
