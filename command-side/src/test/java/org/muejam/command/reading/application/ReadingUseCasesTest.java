package org.muejam.command.reading.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.muejam.command.testing.Violations.assertRefused;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.muejam.command.content.ContentRefusal;
import org.muejam.command.content.ContentSanitizer;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.command.shared.DomainRuleViolation.Kind;
import org.muejam.command.testing.InMemoryContent;
import org.muejam.command.testing.InMemoryEmailVerificationStatus;
import org.muejam.command.testing.PassThroughScreening;
import org.muejam.command.testing.RecordingCommandGateway;
import org.muejam.shared.content.ContentIds;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.content.ScreeningFinding;
import org.muejam.shared.content.StoryStatus;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.reading.AddStoryToReadingListCommand;
import org.muejam.shared.reading.CreateReadingListCommand;
import org.muejam.shared.reading.DeleteReadingListCommand;
import org.muejam.shared.reading.ReadingIds;
import org.muejam.shared.reading.ReadingPosition;
import org.muejam.shared.reading.RecordReadingProgressCommand;
import org.muejam.shared.reading.RemoveStoryFromReadingListCommand;
import org.muejam.shared.reading.UpdateReadingListCommand;

/**
 * The reading use cases: public lists need a verified address and pass the screening, private ones are sanitized
 * only; others' lists are unknown; only published stories (and their own chapters) are listed or read.
 */
class ReadingUseCasesTest {

    private static final UserId OWNER = UserId.of("owner-1");
    private static final UserId OTHER = UserId.of("other-2");
    private static final UserId UNVERIFIED = UserId.of("unverified-3");
    private static final UserId AUTHOR = UserId.of("author-9");
    private static final Instant NOW = Instant.parse("2026-07-01T08:00:00Z");
    private static final ScreeningFinding FLAG = new ScreeningFinding("profanity", "mild", "LOW", "a word");

    private final RecordingCommandGateway commands = new RecordingCommandGateway();
    private final InMemoryContent readModel = new InMemoryContent();
    private final PassThroughScreening screening = new PassThroughScreening();
    private final InMemoryEmailVerificationStatus emails = new InMemoryEmailVerificationStatus()
            .account(OWNER, true)
            .account(OTHER, true)
            .account(UNVERIFIED, false);
    private final ContentSanitizer sanitizer = new ContentSanitizer() {
        @Override
        public String sanitize(String html) {
            return "[" + html + "]";
        }

        @Override
        public String toPlainText(String html) {
            return html;
        }

        @Override
        public String markdownToHtml(String markdown) {
            throw new AssertionError("reading lists are never Markdown");
        }
    };
    private final ReadingLists lists = new ReadingLists(commands, readModel.gateway(), screening, sanitizer, emails);
    private final ReadingProgressTracking progress = new ReadingProgressTracking(commands, readModel.gateway());

    @Test
    void aPublicListIsScreenedAndCarriesTheScreenedTextsAndFindings() {
        screening
                .rewriting(text -> text.replace("4111111111111111", "****1111"))
                .flagging(FLAG);

        String id = lists.create(OWNER, new ReadingLists.Details(" Card 4111111111111111 ", " About ", true));

        CreateReadingListCommand sent =
                commands.sent(CreateReadingListCommand.class).get(0);
        assertThat(sent.listId()).isEqualTo(id);
        assertThat(ReadingIds.isList(id)).isTrue();
        assertThat(sent.ownerId()).isEqualTo(OWNER);
        assertThat(sent.name()).isEqualTo("Card ****1111");
        assertThat(sent.description()).isEqualTo("About");
        assertThat(sent.isPublic()).isTrue();
        assertThat(sent.flags()).containsExactly(FLAG);
        assertThat(screening.seen().get(0).type()).isEqualTo(ContentType.READING_LIST);
        assertThat(screening.seen().get(0).texts()).containsOnlyKeys("name", "description");
    }

    @Test
    void aPrivateListIsNotScreenedNeedsNoVerifiedAddressAndItsDescriptionIsSanitized() {
        lists.create(UNVERIFIED, new ReadingLists.Details("Mine", "<b>x</b>", false));

        CreateReadingListCommand sent =
                commands.sent(CreateReadingListCommand.class).get(0);
        assertThat(sent.name()).isEqualTo("Mine");
        assertThat(sent.description()).isEqualTo("[<b>x</b>]");
        assertThat(sent.isPublic()).isFalse();
        assertThat(sent.flags()).isEmpty();
        assertThat(screening.seen()).isEmpty();
    }

    @Test
    void aPublicListNeedsAVerifiedAddressAndARefusalSendsNothing() {
        assertRefused(
                () -> lists.create(UNVERIFIED, new ReadingLists.Details("Open", "", true)),
                Kind.FORBIDDEN,
                "email-verification-required");
        assertThat(screening.seen()).isEmpty();

        screening.refusingBy("hate-speech");
        assertThatThrownBy(() -> lists.create(OWNER, new ReadingLists.Details("Open", null, true)))
                .isInstanceOfSatisfying(DomainRuleViolation.class, refusal -> {
                    assertThat(refusal.problemType()).isEqualTo(ContentRefusal.PROBLEM_TYPE);
                    assertThat(refusal.field()).isEqualTo("hate-speech");
                });
        assertThat(commands.sent()).isEmpty();
    }

    @Test
    void badNamesAreRefusedBeforeAnythingIsScreened() {
        assertRefused(() -> lists.create(OWNER, new ReadingLists.Details(" ", "", true)), Kind.INVALID, "empty-name");
        assertRefused(
                () -> lists.create(OWNER, new ReadingLists.Details("n".repeat(101), "", true)),
                Kind.INVALID,
                "too-long");
        assertThat(screening.seen()).isEmpty();
        assertThat(commands.sent()).isEmpty();
    }

    @Test
    void theOwnerUpdatesAndMakingAListPublicIsScreened() {
        String list = readModel.list(OWNER);
        screening.flagging(FLAG);

        lists.update(list, OWNER, new ReadingLists.Details("Open now", "d", true));
        lists.update(list, OWNER, new ReadingLists.Details("Closed", "d", false));

        List<UpdateReadingListCommand> sent = commands.sent(UpdateReadingListCommand.class);
        assertThat(sent.get(0))
                .isEqualTo(new UpdateReadingListCommand(list, OWNER, "Open now", "d", true, List.of(FLAG)));
        assertThat(sent.get(1)).isEqualTo(new UpdateReadingListCommand(list, OWNER, "Closed", "[d]", false, List.of()));
        assertThat(screening.seen()).hasSize(1);
    }

    @Test
    void anotherPersonsListAndUnknownIdsAreNotFoundAndNothingIsSent() {
        String list = readModel.list(OWNER);
        String story = readModel.story(AUTHOR, StoryStatus.ONGOING);
        for (String id : List.of(list, "list:nope", ReadingIds.randomList())) {
            assertRefused(
                    () -> lists.update(id, OTHER, new ReadingLists.Details("x", "", true)),
                    Kind.NOT_FOUND,
                    "reading-list-not-found");
            assertRefused(() -> lists.delete(id, OTHER), Kind.NOT_FOUND, "reading-list-not-found");
            assertRefused(() -> lists.addStory(id, OTHER, story), Kind.NOT_FOUND, "reading-list-not-found");
            assertRefused(() -> lists.removeStory(id, OTHER, story), Kind.NOT_FOUND, "reading-list-not-found");
        }
        assertThat(commands.sent()).isEmpty();
        assertThat(screening.seen()).isEmpty();
    }

    @Test
    void theOwnerAddsPublishedStoriesOnlyRemovesAndDeletes() {
        String list = readModel.list(OWNER);
        String published = readModel.story(AUTHOR, StoryStatus.COMPLETED);
        String draft = readModel.story(AUTHOR, StoryStatus.DRAFT);

        lists.addStory(list, OWNER, published);
        for (String story : List.of(draft, "story:nope", ContentIds.random(ContentIds.STORY))) {
            assertRefused(() -> lists.addStory(list, OWNER, story), Kind.NOT_FOUND, "story-not-found");
        }
        lists.removeStory(list, OWNER, published);
        lists.delete(list, OWNER);

        assertThat(commands.sent())
                .containsExactly(
                        new AddStoryToReadingListCommand(list, OWNER, published),
                        new RemoveStoryFromReadingListCommand(list, OWNER, published),
                        new DeleteReadingListCommand(list, OWNER));
    }

    @Test
    void progressIsRecordedInAChapterOfAPublishedStoryAndTheKeptPositionAnswered() {
        String story = readModel.story(AUTHOR, StoryStatus.ONGOING);
        String chapter = readModel.chapter(story);
        ReadingPosition kept = new ReadingPosition(story, chapter, new BigDecimal("12.35"), NOW);
        commands.answer(RecordReadingProgressCommand.class, kept);

        ReadingPosition answered = progress.record(OWNER, story, chapter, new BigDecimal("12.345"));

        assertThat(answered).isEqualTo(kept);
        assertThat(commands.sent(RecordReadingProgressCommand.class))
                .containsExactly(new RecordReadingProgressCommand(OWNER, story, chapter, new BigDecimal("12.35")));
    }

    @Test
    void progressRefusesMalformedInputWith400sAndUnknownOrHiddenTargetsWith404s() {
        String story = readModel.story(AUTHOR, StoryStatus.ONGOING);
        String chapter = readModel.chapter(story);
        String draft = readModel.story(AUTHOR, StoryStatus.DRAFT);
        String draftChapter = readModel.chapter(draft);
        String elsewhere = readModel.chapter(readModel.story(AUTHOR, StoryStatus.ONGOING));
        BigDecimal half = new BigDecimal("50");

        assertRefused(() -> progress.record(OWNER, "story:x", chapter, half), Kind.INVALID, "invalid-story-id");
        assertRefused(() -> progress.record(OWNER, story, "chapter:x", half), Kind.INVALID, "invalid-chapter-id");
        assertRefused(
                () -> progress.record(OWNER, story, chapter, new BigDecimal("101")), Kind.INVALID, "invalid-percent");
        assertRefused(
                () -> progress.record(OWNER, story, chapter, new BigDecimal("-1")), Kind.INVALID, "invalid-percent");
        assertRefused(() -> progress.record(OWNER, draft, draftChapter, half), Kind.NOT_FOUND, "story-not-found");
        assertRefused(
                () -> progress.record(OWNER, ContentIds.random(ContentIds.STORY), chapter, half),
                Kind.NOT_FOUND,
                "story-not-found");
        assertRefused(() -> progress.record(OWNER, story, elsewhere, half), Kind.NOT_FOUND, "chapter-not-found");
        assertThat(commands.sent()).isEmpty();
    }
}
