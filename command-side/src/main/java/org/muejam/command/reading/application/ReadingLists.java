package org.muejam.command.reading.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.content.ContentSanitizer;
import org.muejam.command.content.ContentScreening;
import org.muejam.command.identity.EmailVerificationStatus;
import org.muejam.command.identity.VerifiedAuthorPolicy;
import org.muejam.command.reading.ReadingListPolicy;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.command.shared.Queries;
import org.muejam.shared.content.ContentIds;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.content.FindStoryQuery;
import org.muejam.shared.content.ScreeningFinding;
import org.muejam.shared.content.StoryResponse;
import org.muejam.shared.content.StoryStatus;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.reading.AddStoryToReadingListCommand;
import org.muejam.shared.reading.CreateReadingListCommand;
import org.muejam.shared.reading.DeleteReadingListCommand;
import org.muejam.shared.reading.FindReadingListQuery;
import org.muejam.shared.reading.ReadingIds;
import org.muejam.shared.reading.ReadingListResponse;
import org.muejam.shared.reading.RemoveStoryFromReadingListCommand;
import org.muejam.shared.reading.UpdateReadingListCommand;
import org.springframework.stereotype.Service;

/**
 * A signed-in person keeps reading lists. A public list's name and description are text others read: making or
 * keeping a list public needs a verified email address and passes the content screening before the command is
 * sent. A private list's description is sanitized as every description is. Another person's list is unknown (404).
 */
@Service
public class ReadingLists {

    public static final int MAX_NAME = ReadingListPolicy.MAX_NAME;
    public static final int MAX_DESCRIPTION = ReadingListPolicy.MAX_DESCRIPTION;

    /** What a person asks a list to be. */
    public record Details(String name, String description, boolean isPublic) {}

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ContentScreening screening;
    private final ContentSanitizer sanitizer;
    private final EmailVerificationStatus emails;

    public ReadingLists(
            CommandGateway commands,
            QueryGateway queries,
            ContentScreening screening,
            ContentSanitizer sanitizer,
            EmailVerificationStatus emails) {
        this.commands = commands;
        this.queries = queries;
        this.screening = screening;
        this.sanitizer = sanitizer;
        this.emails = emails;
    }

    /** Returns the new list's id. */
    public String create(UserId owner, Details details) {
        Stored stored = prepare(owner, details);
        String listId = ReadingIds.randomList();
        commands.sendAndWait(new CreateReadingListCommand(
                listId, owner, stored.name(), stored.description(), details.isPublic(), stored.flags()));
        return listId;
    }

    public void update(String listId, UserId requester, Details details) {
        requireOwnList(listId, requester);
        Stored stored = prepare(requester, details);
        commands.sendAndWait(new UpdateReadingListCommand(
                listId, requester, stored.name(), stored.description(), details.isPublic(), stored.flags()));
    }

    public void delete(String listId, UserId requester) {
        requireOwnList(listId, requester);
        commands.sendAndWait(new DeleteReadingListCommand(listId, requester));
    }

    /** Only a published story goes on a list (404 otherwise, as for an unknown story). */
    public void addStory(String listId, UserId requester, String storyId) {
        requireOwnList(listId, requester);
        boolean published = ContentIds.isValid(ContentIds.STORY, storyId)
                && Queries.optional(queries, new FindStoryQuery(storyId), StoryResponse.class)
                        .filter(story -> story.status() != StoryStatus.DRAFT)
                        .isPresent();
        if (!published) {
            throw DomainRuleViolation.notFound("story-not-found", "storyId", "no published story with this id");
        }
        commands.sendAndWait(new AddStoryToReadingListCommand(listId, requester, storyId));
    }

    public void removeStory(String listId, UserId requester, String storyId) {
        requireOwnList(listId, requester);
        commands.sendAndWait(new RemoveStoryFromReadingListCommand(listId, requester, storyId));
    }

    private record Stored(String name, String description, List<ScreeningFinding> flags) {}

    /** Verified email and screening for a public list; the bounds first either way. */
    private Stored prepare(UserId owner, Details details) {
        if (details.isPublic()) {
            VerifiedAuthorPolicy.requireVerifiedEmail(owner, emails);
        }
        String name = ReadingListPolicy.requireName(details.name());
        String description = ReadingListPolicy.requireDescription(details.description());
        if (!details.isPublic()) {
            return new Stored(name, sanitizer.sanitize(description), List.of());
        }
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("name", name);
        texts.put("description", description);
        ContentScreening.Screened screened =
                screening.screen(new ContentScreening.Submission(owner, ContentType.READING_LIST, texts));
        return new Stored(
                screened.texts().get("name"), screened.texts().getOrDefault("description", ""), screened.flags());
    }

    private void requireOwnList(String listId, UserId requester) {
        boolean own = ReadingIds.isList(listId)
                && Queries.optional(queries, new FindReadingListQuery(listId), ReadingListResponse.class)
                        .filter(list -> list.ownerId().equals(requester.value()))
                        .isPresent();
        if (!own) {
            throw ReadingListPolicy.notFound();
        }
    }
}
