package org.muejam.command.moderation.application;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.muejam.command.moderation.ModerationEffects;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.moderation.LiftShadowbanCommand;
import org.muejam.shared.moderation.LiftSuspensionCommand;
import org.muejam.shared.moderation.ReportSubjectType;
import org.muejam.shared.moderation.ShadowbanAuthorCommand;
import org.muejam.shared.moderation.SuspendAccountCommand;
import org.muejam.shared.moderation.TakedownAction;
import org.springframework.stereotype.Service;

/**
 * A case's effects as commands to the content's and the account's aggregates. Sent from inside the case's command
 * handler, they run in nested units of work that commit with the case's, so a refusal (content deleted since, say)
 * rolls the whole action back.
 */
@Service
public class CommandModerationEffects implements ModerationEffects {

    private final CommandGateway commands;
    private final ContentTakedowns takedowns;

    public CommandModerationEffects(CommandGateway commands, ContentTakedowns takedowns) {
        this.commands = commands;
        this.takedowns = takedowns;
    }

    @Override
    public void takeDown(
            ReportSubjectType type, String contentId, TakedownAction action, UserId moderator, String reason) {
        takedowns.takeDown(moderator, type.contentType().orElse(null), contentId, action, reason);
    }

    @Override
    public void suspend(UserId author, UserId moderator, String reason, Integer days, String caseId) {
        commands.sendAndWait(new SuspendAccountCommand(author, moderator, reason, days, caseId));
    }

    @Override
    public void liftSuspension(UserId author, UserId moderator, String reason, String caseId) {
        commands.sendAndWait(new LiftSuspensionCommand(author, moderator, reason, caseId));
    }

    @Override
    public void shadowban(UserId author, UserId moderator, String reason) {
        commands.sendAndWait(new ShadowbanAuthorCommand(author, moderator, reason));
    }

    @Override
    public void liftShadowban(UserId author, UserId moderator, String reason) {
        commands.sendAndWait(new LiftShadowbanCommand(author, moderator, reason));
    }
}
