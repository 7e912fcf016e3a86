package org.muejam.command.content.application;

import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.muejam.command.content.ContentScreening;
import org.muejam.command.content.StoryPolicy;
import org.muejam.command.identity.EmailVerificationStatus;
import org.muejam.command.identity.VerifiedAuthorPolicy;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.shared.content.ContentIds;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.content.PostWhisperCommand;
import org.muejam.shared.identity.UserId;
import org.springframework.stereotype.Service;

/** A verified person posts a whisper; its text passes the content screening before the command is sent. */
@Service
public class Whispering {

    public static final int MAX_CONTENT = StoryPolicy.MAX_WHISPER;

    private final CommandGateway commands;
    private final ContentScreening screening;
    private final EmailVerificationStatus emails;

    public Whispering(CommandGateway commands, ContentScreening screening, EmailVerificationStatus emails) {
        this.commands = commands;
        this.screening = screening;
        this.emails = emails;
    }

    /** Returns the new whisper's id. */
    public String post(UserId author, String content) {
        VerifiedAuthorPolicy.requireVerifiedEmail(author, emails);
        StoryPolicy.requireWhisperContent(content);
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("content", content);
        ContentScreening.Screened screened =
                screening.screen(new ContentScreening.Submission(author, ContentType.WHISPER, texts));
        String stored = screened.texts().get("content");
        if (stored == null || stored.isBlank()) {
            throw DomainRuleViolation.invalid(
                    "empty-content", "content", "the whisper has no text once unsafe markup is removed");
        }
        String whisperId = ContentIds.random(ContentIds.WHISPER);
        commands.sendAndWait(new PostWhisperCommand(whisperId, author, stored, screened.flags()));
        return whisperId;
    }
}
