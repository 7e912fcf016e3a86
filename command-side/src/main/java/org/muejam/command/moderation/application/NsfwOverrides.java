package org.muejam.command.moderation.application;

import java.util.Locale;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.muejam.command.moderation.ModerationPermissions;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.shared.content.ContentIds;
import org.muejam.shared.identity.Role;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.moderation.OverrideImageNsfwCommand;
import org.muejam.shared.moderation.OverrideStoryNsfwCommand;
import org.springframework.stereotype.Service;

/** Moderators override the NSFW classification of a story or an image, in either direction, giving a reason. */
@Service
public class NsfwOverrides {

    private final CommandGateway commands;

    public NsfwOverrides(CommandGateway commands) {
        this.commands = commands;
    }

    public void override(
            UserId moderator, Role role, String contentType, String contentId, Boolean nsfw, String reason) {
        if (!ModerationPermissions.moderates(role)) {
            throw ModerationPermissions.forbidden("moderators-only", "only moderators override an NSFW classification");
        }
        String type = contentType == null ? "" : contentType.strip().toLowerCase(Locale.ROOT);
        if (nsfw == null) {
            throw DomainRuleViolation.invalid("nsfw-required", "nsfw", "say whether it is NSFW (true or false)");
        }
        switch (type) {
            case "story" -> {
                requireId(ContentIds.STORY, contentId, "story");
                commands.sendAndWait(new OverrideStoryNsfwCommand(contentId, nsfw, moderator, reason));
            }
            case "image" -> {
                if (!isUuid(contentId)) {
                    throw DomainRuleViolation.notFound("content-not-found", "contentId", "no image with this id");
                }
                commands.sendAndWait(new OverrideImageNsfwCommand(contentId, nsfw, moderator, reason));
            }
            default ->
                throw DomainRuleViolation.invalid(
                        "unsupported-content-type",
                        "contentType",
                        "a story's or an image's classification is overridden");
        }
    }

    private static boolean isUuid(String id) {
        try {
            return id != null && java.util.UUID.fromString(id).toString().equals(id);
        } catch (IllegalArgumentException notUuid) {
            return false;
        }
    }

    private static void requireId(String prefix, String id, String what) {
        if (!ContentIds.isValid(prefix, id)) {
            throw DomainRuleViolation.notFound("content-not-found", "contentId", "no " + what + " with this id");
        }
    }
}
