package org.muejam.command.moderation.application;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.shared.content.ContentIds;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.moderation.TakeDownCommentCommand;
import org.muejam.shared.moderation.TakeDownStoryCommand;
import org.muejam.shared.moderation.TakeDownWhisperCommand;
import org.muejam.shared.moderation.TakedownAction;
import org.springframework.stereotype.Service;

/**
 * A moderator hides, restores or deletes a story, comment or whisper (decision 0033). Who may is decided by the
 * caller (the moderation actions endpoint checks the moderator's role); the content's aggregate decides whether the
 * action fits where the content stands. A story's chapters go with their story.
 */
@Service
public class ContentTakedowns {

    private final CommandGateway commands;

    public ContentTakedowns(CommandGateway commands) {
        this.commands = commands;
    }

    public void takeDown(UserId moderator, ContentType type, String contentId, TakedownAction action, String reason) {
        if (type == null) {
            throw DomainRuleViolation.invalid(
                    "unsupported-content-type", "contentType", "a story, comment or whisper is taken down");
        }
        Object command;
        String prefix;
        switch (type) {
            case STORY -> {
                prefix = ContentIds.STORY;
                command = new TakeDownStoryCommand(contentId, action, moderator, reason);
            }
            case COMMENT -> {
                prefix = ContentIds.COMMENT;
                command = new TakeDownCommentCommand(contentId, action, moderator, reason);
            }
            case WHISPER -> {
                prefix = ContentIds.WHISPER;
                command = new TakeDownWhisperCommand(contentId, action, moderator, reason);
            }
            default ->
                throw DomainRuleViolation.invalid(
                        "unsupported-content-type", "contentType", "a story, comment or whisper is taken down");
        }
        if (!ContentIds.isValid(prefix, contentId)) {
            throw DomainRuleViolation.notFound("content-not-found", "contentId", "no " + type.slug() + " with this id");
        }
        commands.sendAndWait(command);
    }
}
