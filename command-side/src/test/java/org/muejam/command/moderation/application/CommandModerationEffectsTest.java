package org.muejam.command.moderation.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.command.testing.RecordingCommandGateway;
import org.muejam.shared.content.ContentIds;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.moderation.LiftShadowbanCommand;
import org.muejam.shared.moderation.LiftSuspensionCommand;
import org.muejam.shared.moderation.ReportSubjectType;
import org.muejam.shared.moderation.ShadowbanAuthorCommand;
import org.muejam.shared.moderation.SuspendAccountCommand;
import org.muejam.shared.moderation.TakeDownCommentCommand;
import org.muejam.shared.moderation.TakeDownStoryCommand;
import org.muejam.shared.moderation.TakeDownWhisperCommand;
import org.muejam.shared.moderation.TakedownAction;

/** A case's effects become the commands of the aggregates they change, and nothing for what cannot be changed. */
class CommandModerationEffectsTest {

    private static final UserId AUTHOR = UserId.of("author-1");
    private static final UserId MODERATOR = UserId.of("moderator-1");
    private static final String CASE = "case:00000000-0000-0000-0000-000000000001";

    private final RecordingCommandGateway commands = new RecordingCommandGateway();
    private final CommandModerationEffects effects =
            new CommandModerationEffects(commands, new ContentTakedowns(commands));

    @Test
    void aTakedownIsTheCommandOfTheContentsOwnAggregate() {
        String story = ContentIds.random(ContentIds.STORY);
        String comment = ContentIds.random(ContentIds.COMMENT);
        String whisper = ContentIds.random(ContentIds.WHISPER);
        effects.takeDown(ReportSubjectType.STORY, story, TakedownAction.HIDE, MODERATOR, "spam");
        effects.takeDown(ReportSubjectType.COMMENT, comment, TakedownAction.DELETE, MODERATOR, "hate");
        effects.takeDown(ReportSubjectType.WHISPER, whisper, TakedownAction.RESTORE, MODERATOR, "appeal");
        assertThat(commands.sent())
                .containsExactly(
                        new TakeDownStoryCommand(story, TakedownAction.HIDE, MODERATOR, "spam"),
                        new TakeDownCommentCommand(comment, TakedownAction.DELETE, MODERATOR, "hate"),
                        new TakeDownWhisperCommand(whisper, TakedownAction.RESTORE, MODERATOR, "appeal"));
    }

    @Test
    void aChapterOrAPersonIsNotTakenDownAlone() {
        for (ReportSubjectType type :
                new ReportSubjectType[] {ReportSubjectType.CHAPTER, ReportSubjectType.USER, null}) {
            assertThatThrownBy(() -> effects.takeDown(
                            type, ContentIds.random(ContentIds.CHAPTER), TakedownAction.HIDE, MODERATOR, "spam"))
                    .isInstanceOfSatisfying(DomainRuleViolation.class, refusal -> {
                        assertThat(refusal.kind()).isEqualTo(DomainRuleViolation.Kind.INVALID);
                        assertThat(refusal.problemType()).isEqualTo("unsupported-content-type");
                    });
        }
        assertThat(commands.sent()).isEmpty();
    }

    @Test
    void suspensionsAndShadowbansAreCommandsOnTheAccount() {
        effects.suspend(AUTHOR, MODERATOR, "harassment", 7, CASE);
        effects.suspend(AUTHOR, MODERATOR, "harassment", null, CASE);
        effects.liftSuspension(AUTHOR, MODERATOR, "appeal upheld", CASE);
        effects.shadowban(AUTHOR, MODERATOR, "spam");
        effects.liftShadowban(AUTHOR, MODERATOR, "appeal upheld");
        assertThat(commands.sent())
                .containsExactly(
                        new SuspendAccountCommand(AUTHOR, MODERATOR, "harassment", 7, CASE),
                        new SuspendAccountCommand(AUTHOR, MODERATOR, "harassment", null, CASE),
                        new LiftSuspensionCommand(AUTHOR, MODERATOR, "appeal upheld", CASE),
                        new ShadowbanAuthorCommand(AUTHOR, MODERATOR, "spam"),
                        new LiftShadowbanCommand(AUTHOR, MODERATOR, "appeal upheld"));
    }

    @Test
    void aRefusedEffectFailsTheCaller() {
        commands.refuse(
                SuspendAccountCommand.class,
                DomainRuleViolation.invalid("invalid-duration", "durationDays", "1 to 3650 days"));
        assertThatThrownBy(() -> effects.suspend(AUTHOR, MODERATOR, "harassment", 0, CASE))
                .isInstanceOfSatisfying(
                        DomainRuleViolation.class,
                        refusal -> assertThat(refusal.problemType()).isEqualTo("invalid-duration"));
    }
}
