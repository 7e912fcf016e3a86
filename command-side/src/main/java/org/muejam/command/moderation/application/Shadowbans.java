package org.muejam.command.moderation.application;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.moderation.LiftShadowbanCommand;
import org.muejam.shared.moderation.ShadowbanAuthorCommand;
import org.springframework.stereotype.Service;

/**
 * A moderator shadowbans an author, or lifts the ban (decision 0033): the account records it, and the content read
 * models leave the author's content out for everyone else without rewriting a row of it.
 */
@Service
public class Shadowbans {

    private final CommandGateway commands;

    public Shadowbans(CommandGateway commands) {
        this.commands = commands;
    }

    public void shadowban(UserId moderator, UserId author, String reason) {
        commands.sendAndWait(new ShadowbanAuthorCommand(author, moderator, reason));
    }

    public void lift(UserId moderator, UserId author, String reason) {
        commands.sendAndWait(new LiftShadowbanCommand(author, moderator, reason));
    }
}
