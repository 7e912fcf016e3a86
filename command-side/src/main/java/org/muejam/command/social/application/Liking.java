package org.muejam.command.social.application;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.content.application.VisibleTargets;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.social.LikeContentCommand;
import org.muejam.shared.social.UnlikeContentCommand;
import org.springframework.stereotype.Service;

/**
 * A signed-in person likes, or stops liking, a published story, a whisper or a comment. The target must be visible
 * to everyone, checked as for a comment's target (a draft or an unknown id is 404 {@code <kind>-not-found}, and
 * nothing is sent); whether the like changes anything is the {@code Like} aggregate's call.
 */
@Service
public class Liking {

    private final CommandGateway commands;
    private final QueryGateway queries;

    public Liking(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    public void like(UserId user, ContentType targetType, String targetId) {
        requireVisible(user, targetType, targetId);
        commands.sendAndWait(new LikeContentCommand(user, targetType, targetId));
    }

    public void unlike(UserId user, ContentType targetType, String targetId) {
        requireVisible(user, targetType, targetId);
        commands.sendAndWait(new UnlikeContentCommand(user, targetType, targetId));
    }

    private void requireVisible(UserId user, ContentType targetType, String targetId) {
        if (!VisibleTargets.visible(queries, targetType, targetId, user)) {
            throw DomainRuleViolation.notFound(
                    targetType.slug() + "-not-found", null, "no published " + targetType.slug() + " with this id");
        }
    }
}
