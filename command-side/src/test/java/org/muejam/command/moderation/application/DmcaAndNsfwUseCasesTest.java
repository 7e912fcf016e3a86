package org.muejam.command.moderation.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.muejam.command.testing.Violations.assertRefused;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.muejam.command.moderation.DmcaNoticePolicy;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.command.shared.DomainRuleViolation.Kind;
import org.muejam.command.testing.InMemoryContent;
import org.muejam.command.testing.RecordingCommandAttribution;
import org.muejam.command.testing.RecordingCommandGateway;
import org.muejam.shared.content.ContentIds;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.content.StoryStatus;
import org.muejam.shared.identity.Role;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.moderation.ContentModeration;
import org.muejam.shared.moderation.DecideDmcaTakedownCommand;
import org.muejam.shared.moderation.DmcaDecision;
import org.muejam.shared.moderation.DmcaIds;
import org.muejam.shared.moderation.FileDmcaCounterNoticeCommand;
import org.muejam.shared.moderation.OverrideImageNsfwCommand;
import org.muejam.shared.moderation.OverrideStoryNsfwCommand;
import org.muejam.shared.moderation.SubmitDmcaTakedownCommand;

/**
 * DMCA notices resolve their URL to content anyone can see (and only such content), decisions and counter-notices
 * name a notice; NSFW overrides are for moderators and name a story or an image.
 */
class DmcaAndNsfwUseCasesTest {

    private static final UserId AGENT = UserId.of("admin-1");
    private static final UserId MOD = UserId.of("mod-1");
    private static final String AUTHOR = "author-1";
    private static final UserId AUTHOR_ID = UserId.of(AUTHOR);
    private static final String BASE = "https://muejam.example/";

    private final RecordingCommandGateway commands = new RecordingCommandGateway();
    private final RecordingCommandAttribution attribution = new RecordingCommandAttribution();
    private final InMemoryContent content = new InMemoryContent();
    private final DmcaTakedowns dmca = new DmcaTakedowns(commands, content.gateway(), attribution);
    private final NsfwOverrides nsfw = new NsfwOverrides(commands);

    private static DmcaTakedowns.Notice notice(String url) {
        return new DmcaTakedowns.Notice(
                "Holder Ltd", "legal@holder.example", "1 Road", null, "my novel", url, true, true, "H. Older");
    }

    @Test
    void aNoticeAboutAPublicStoryNamesItsAuthorAndIsRecordedAboutTheNoticeItself() {
        String story = content.story(AUTHOR_ID, StoryStatus.ONGOING);
        String id = dmca.submit(notice(BASE + "stories/" + story));
        assertThat(DmcaIds.isValid(id)).isTrue();
        SubmitDmcaTakedownCommand sent =
                commands.sent(SubmitDmcaTakedownCommand.class).get(0);
        assertThat(sent.takedownId()).isEqualTo(id);
        assertThat(sent.contentType()).isEqualTo(ContentType.STORY);
        assertThat(sent.contentId()).isEqualTo(story);
        assertThat(sent.storyId()).isNull();
        assertThat(sent.authorId()).isEqualTo(AUTHOR);
        assertThat(sent.copyrightHolder()).isEqualTo("Holder Ltd");
        assertThat(sent.signature()).isEqualTo("H. Older");
        assertThat(attribution.recorded()).containsExactly("about:" + id);
    }

    @Test
    void aChapterCommentOrWhisperResolvesToItselfWithItsAuthor() {
        String story = content.story(AUTHOR_ID, StoryStatus.COMPLETED);
        String chapter = content.chapter(story);
        String comment = content.comment(AUTHOR_ID, "story:x");
        String whisper = content.whisper(AUTHOR_ID);
        dmca.submit(notice(BASE + "stories/" + story + "/chapters/" + chapter));
        dmca.submit(notice(BASE + "comments/" + comment));
        dmca.submit(notice(BASE + "whispers/" + whisper));
        List<SubmitDmcaTakedownCommand> sent = commands.sent(SubmitDmcaTakedownCommand.class);
        assertThat(sent)
                .extracting(SubmitDmcaTakedownCommand::contentType)
                .containsExactly(ContentType.CHAPTER, ContentType.COMMENT, ContentType.WHISPER);
        assertThat(sent).extracting(SubmitDmcaTakedownCommand::contentId).containsExactly(chapter, comment, whisper);
        assertThat(sent.get(0).storyId()).isEqualTo(story);
        assertThat(sent.get(1).storyId()).isNull();
        assertThat(sent).extracting(SubmitDmcaTakedownCommand::authorId).containsOnly(AUTHOR);
    }

    @Test
    void contentNobodyCanSeeOrNoContentAtAllIsAnUnknownUrl() {
        List<String> unseen = List.of(
                BASE + "stories/" + content.story(AUTHOR_ID, StoryStatus.DRAFT),
                BASE + "stories/" + content.story(AUTHOR_ID, StoryStatus.ONGOING, ContentModeration.HIDDEN, false),
                BASE + "stories/" + content.story(AUTHOR_ID, StoryStatus.ONGOING, null, true),
                BASE + "stories/x/chapters/" + content.chapter(content.story(AUTHOR_ID, StoryStatus.DRAFT)),
                BASE + "comments/" + content.comment(AUTHOR_ID, "story:x", ContentModeration.DELETED, false),
                BASE + "comments/" + content.comment(AUTHOR_ID, "story:x", null, true),
                BASE + "whispers/" + content.whisper(AUTHOR_ID, ContentModeration.HIDDEN, false),
                BASE + "whispers/" + content.whisper(AUTHOR_ID, null, true),
                BASE + "stories/" + ContentIds.random(ContentIds.STORY),
                BASE + "comments/" + ContentIds.random(ContentIds.COMMENT),
                BASE + "whispers/" + ContentIds.random(ContentIds.WHISPER),
                BASE + "chapters/" + ContentIds.random(ContentIds.CHAPTER),
                BASE + "about");
        for (String url : unseen) {
            assertRefused(() -> dmca.submit(notice(url)), Kind.INVALID, DmcaTakedowns.URL_UNKNOWN);
        }
        assertThat(commands.sent()).isEmpty();
        assertThat(attribution.recorded()).isEmpty();
    }

    @Test
    void anIncompleteNoticeIsRefusedBeforeItsUrlIsLookedAt() {
        DmcaTakedowns.Notice unsigned = new DmcaTakedowns.Notice(
                "Holder", "legal@holder.example", null, null, "work", BASE + "about", true, true, " ");
        assertThatThrownBy(() -> dmca.submit(unsigned))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class,
                        refusal -> assertThat(refusal.problemType()).isEqualTo(DmcaNoticePolicy.INCOMPLETE));
        assertThat(commands.sent()).isEmpty();
    }

    @Test
    void decisionsAndCounterNoticesNameAKnownNoticeAndAValidDecision() {
        String id = DmcaIds.random();
        dmca.decide(AGENT, id, " approve ", "infringes");
        dmca.decide(AGENT, id, "Reject", null);
        dmca.counterNotice(AUTHOR_ID, id, "a mistake", "A. Uthor");
        assertThat(commands.sent())
                .containsExactly(
                        new DecideDmcaTakedownCommand(id, DmcaDecision.APPROVE, AGENT, "infringes"),
                        new DecideDmcaTakedownCommand(id, DmcaDecision.REJECT, AGENT, null),
                        new FileDmcaCounterNoticeCommand(id, AUTHOR_ID, "a mistake", "A. Uthor"));
        for (String decision : new String[] {null, "", "maybe", "APPROVED"}) {
            assertRefused(() -> dmca.decide(AGENT, id, decision, "x"), Kind.INVALID, "invalid-decision");
        }
        for (String unknown : new String[] {null, "dmca:nope", "case:" + UUID.randomUUID()}) {
            assertThatThrownBy(() -> dmca.decide(AGENT, unknown, "APPROVE", "x"))
                    .isInstanceOfSatisfying(
                            DomainRuleViolation.class, r -> assertThat(r.kind()).isEqualTo(Kind.NOT_FOUND));
            assertThatThrownBy(() -> dmca.counterNotice(AUTHOR_ID, unknown, "s", "sig"))
                    .isInstanceOfSatisfying(
                            DomainRuleViolation.class, r -> assertThat(r.kind()).isEqualTo(Kind.NOT_FOUND));
        }
        assertThat(commands.sent()).hasSize(3);
    }

    @Test
    void moderatorsOverrideAStoryOrAnImageInEitherDirection() {
        String story = ContentIds.random(ContentIds.STORY);
        String image = UUID.randomUUID().toString();
        nsfw.override(MOD, Role.MODERATOR, " Story ", story, true, "explicit");
        nsfw.override(MOD, Role.ADMINISTRATOR, "IMAGE", image, false, "a painting");
        assertThat(commands.sent())
                .containsExactly(
                        new OverrideStoryNsfwCommand(story, true, MOD, "explicit"),
                        new OverrideImageNsfwCommand(image, false, MOD, "a painting"));
    }

    @Test
    void nsfwOverridesRefuseNonModeratorsMissingVerdictsAndUnknownContent() {
        String story = ContentIds.random(ContentIds.STORY);
        String image = UUID.randomUUID().toString();
        assertRefused(
                () -> nsfw.override(MOD, Role.USER, "story", story, true, "x"), Kind.FORBIDDEN, "moderators-only");
        assertRefused(() -> nsfw.override(MOD, null, "story", story, true, "x"), Kind.FORBIDDEN, "moderators-only");
        assertRefused(
                () -> nsfw.override(MOD, Role.MODERATOR, "story", story, null, "x"), Kind.INVALID, "nsfw-required");
        for (String type : new String[] {null, "", "comment", "chapter"}) {
            assertRefused(
                    () -> nsfw.override(MOD, Role.MODERATOR, type, story, true, "x"),
                    Kind.INVALID,
                    "unsupported-content-type");
        }
        for (String notAStory : new String[] {null, image, ContentIds.random(ContentIds.COMMENT), "story:x"}) {
            assertRefused(
                    () -> nsfw.override(MOD, Role.MODERATOR, "story", notAStory, true, "x"),
                    Kind.NOT_FOUND,
                    "content-not-found");
        }
        for (String notAnImage : new String[] {null, story, image.toUpperCase(), "not-a-uuid", "1-1-1-1-1"}) {
            assertRefused(
                    () -> nsfw.override(MOD, Role.MODERATOR, "image", notAnImage, true, "x"),
                    Kind.NOT_FOUND,
                    "content-not-found");
        }
        assertThat(commands.sent()).isEmpty();
    }
}
