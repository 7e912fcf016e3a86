package org.muejam.command.content.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.content.ContentSanitizer;
import org.muejam.command.content.ContentScreening;
import org.muejam.command.content.StoryPolicy;
import org.muejam.command.content.WordCount;
import org.muejam.command.identity.EmailVerificationStatus;
import org.muejam.command.identity.VerifiedAuthorPolicy;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.command.shared.Queries;
import org.muejam.shared.content.AddChapterCommand;
import org.muejam.shared.content.ChangeStoryStatusCommand;
import org.muejam.shared.content.ContentFormat;
import org.muejam.shared.content.ContentIds;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.content.CreateStoryCommand;
import org.muejam.shared.content.FindImageQuery;
import org.muejam.shared.content.FindStoryQuery;
import org.muejam.shared.content.ImageResponse;
import org.muejam.shared.content.PublishStoryCommand;
import org.muejam.shared.content.StoryResponse;
import org.muejam.shared.content.StoryStatus;
import org.muejam.shared.content.UpdateStoryCommand;
import org.muejam.shared.identity.UserId;
import org.springframework.stereotype.Service;

/**
 * An author writes a story: starts a draft, changes its details, publishes it, marks it completed, adds chapters.
 * Only people with a verified email address write (decision 0008); every text passes the content screening before
 * any command is sent, and what is stored is what the screening returned, with its findings for the story to
 * record beside it. A story that is not the caller's is refused before anything is screened.
 */
@Service
public class StoryAuthoring {

    public static final int MAX_TITLE = StoryPolicy.MAX_TITLE;
    public static final int MAX_DESCRIPTION = StoryPolicy.MAX_DESCRIPTION;
    public static final int MAX_TAGS = StoryPolicy.MAX_TAGS;
    public static final int MAX_TAG = StoryPolicy.MAX_TAG;
    public static final int MAX_GENRE = StoryPolicy.MAX_GENRE;
    public static final int MAX_LANGUAGE = StoryPolicy.MAX_LANGUAGE;
    public static final int MAX_IMAGE_ID = StoryPolicy.MAX_IMAGE_ID;
    public static final int MAX_CHAPTER_CONTENT = StoryPolicy.MAX_CHAPTER_CONTENT;
    public static final List<String> GENRES = StoryPolicy.GENRES;

    /** A chapter as its author sends it: HTML or Markdown, marked NSFW or not. */
    public record NewChapter(String title, String content, ContentFormat format, boolean nsfw) {}

    /** A story's details as the author sends them. */
    public record Details(
            String title,
            String description,
            String genre,
            List<String> tags,
            String language,
            boolean nsfw,
            String coverImageId) {}

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ContentScreening screening;
    private final ContentSanitizer sanitizer;
    private final EmailVerificationStatus emails;

    public StoryAuthoring(
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

    /** Returns the new story's id. */
    public String create(UserId author, Details details) {
        VerifiedAuthorPolicy.requireVerifiedEmail(author, emails);
        Details checked = check(details);
        requireOwnImage(author, checked.coverImageId());
        String storyId = ContentIds.random(ContentIds.STORY);
        ContentScreening.Screened screened = screen(author, checked);
        Details stored = fromScreened(checked, screened);
        commands.sendAndWait(new CreateStoryCommand(
                storyId,
                author,
                stored.title(),
                stored.description(),
                stored.genre(),
                stored.tags(),
                stored.language(),
                stored.nsfw(),
                screened.flags(),
                stored.coverImageId()));
        return storyId;
    }

    public void update(String storyId, UserId requester, Details details) {
        VerifiedAuthorPolicy.requireVerifiedEmail(requester, emails);
        requireOwnStory(storyId, requester);
        Details checked = check(details);
        requireOwnImage(requester, checked.coverImageId());
        ContentScreening.Screened screened = screen(requester, checked);
        Details stored = fromScreened(checked, screened);
        commands.sendAndWait(new UpdateStoryCommand(
                storyId,
                requester,
                stored.title(),
                stored.description(),
                stored.genre(),
                stored.tags(),
                stored.language(),
                stored.nsfw(),
                screened.flags(),
                stored.coverImageId()));
    }

    public void publish(String storyId, UserId requester) {
        VerifiedAuthorPolicy.requireVerifiedEmail(requester, emails);
        requireOwnStory(storyId, requester);
        commands.sendAndWait(new PublishStoryCommand(storyId, requester));
    }

    public void changeStatus(String storyId, UserId requester, StoryStatus status) {
        requireOwnStory(storyId, requester);
        commands.sendAndWait(new ChangeStoryStatusCommand(storyId, requester, status));
    }

    /** Returns the new chapter's id; its word count is counted from the text of the content as stored. */
    public String addChapter(String storyId, UserId requester, String title, String content) {
        return addChapter(storyId, requester, new NewChapter(title, content, ContentFormat.HTML, false));
    }

    /**
     * Adds a chapter written in its {@code format}: Markdown is turned into HTML first, and that HTML is screened and
     * sanitized like any other, so the event holds what readers are shown. The bounds apply to the text as sent.
     */
    public String addChapter(String storyId, UserId requester, NewChapter chapter) {
        String title = chapter.title();
        String content = chapter.content();
        ContentFormat format = chapter.format() == null ? ContentFormat.HTML : chapter.format();
        VerifiedAuthorPolicy.requireVerifiedEmail(requester, emails);
        requireOwnStory(storyId, requester);
        StoryPolicy.requireTitle(title);
        StoryPolicy.requireChapterContent(content);
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("title", title.strip());
        texts.put("content", format == ContentFormat.MARKDOWN ? sanitizer.markdownToHtml(content) : content);
        ContentScreening.Screened screened =
                screening.screen(new ContentScreening.Submission(requester, ContentType.CHAPTER, texts));
        String storedContent = screened.texts().get("content");
        if (storedContent == null || sanitizer.toPlainText(storedContent).isBlank()) {
            throw DomainRuleViolation.invalid(
                    "empty-content", "content", "the chapter has no text once unsafe markup is removed");
        }
        String chapterId = ContentIds.random(ContentIds.CHAPTER);
        commands.sendAndWait(new AddChapterCommand(
                storyId,
                chapterId,
                requester,
                screened.texts().get("title"),
                storedContent,
                WordCount.of(sanitizer.toPlainText(storedContent)),
                screened.flags(),
                chapter.nsfw()));
        return chapterId;
    }

    /** Ids that are no story are unknown; another person's story is forbidden (a published one is no secret). */
    private void requireOwnStory(String storyId, UserId requester) {
        StoryResponse story = (ContentIds.isValid(ContentIds.STORY, storyId)
                        ? Queries.optional(queries, new FindStoryQuery(storyId), StoryResponse.class)
                        : java.util.Optional.<StoryResponse>empty())
                .filter(found ->
                        found.status() != StoryStatus.DRAFT || found.authorId().equals(requester.value()))
                .orElseThrow(() -> DomainRuleViolation.notFound("story-not-found", null, "no story with this id"));
        StoryPolicy.requireAuthor(UserId.of(story.authorId()), requester);
    }

    /** The bounds of the details, checked before anything is screened. */
    private static Details check(Details details) {
        return new Details(
                StoryPolicy.requireTitle(details.title()),
                StoryPolicy.requireDescription(details.description()),
                StoryPolicy.requireGenre(details.genre()),
                StoryPolicy.requireTags(details.tags()),
                StoryPolicy.requireLanguage(details.language()),
                details.nsfw(),
                details.coverImageId() == null || details.coverImageId().isBlank() ? null : details.coverImageId());
    }

    /** A cover is an image its author uploaded; any other id, someone else's image included, is unknown. */
    private void requireOwnImage(UserId author, String imageId) {
        if (imageId == null) {
            return;
        }
        boolean own = imageId.length() <= StoryPolicy.MAX_IMAGE_ID
                && Queries.optional(queries, new FindImageQuery(imageId), ImageResponse.class)
                        .filter(image -> image.ownerId().equals(author.value()))
                        .isPresent();
        if (!own) {
            throw DomainRuleViolation.notFound(
                    "cover-image-not-found", "coverImageId", "the cover is an image you uploaded (POST /api/images)");
        }
    }

    private ContentScreening.Screened screen(UserId author, Details details) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("title", details.title());
        texts.put("description", details.description());
        for (int i = 0; i < details.tags().size(); i++) {
            texts.put("tags[" + i + "]", details.tags().get(i));
        }
        return screening.screen(new ContentScreening.Submission(author, ContentType.STORY, texts));
    }

    private static Details fromScreened(Details checked, ContentScreening.Screened screened) {
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < checked.tags().size(); i++) {
            tags.add(screened.texts()
                    .getOrDefault("tags[" + i + "]", checked.tags().get(i)));
        }
        return new Details(
                screened.texts().get("title"),
                screened.texts().getOrDefault("description", ""),
                checked.genre(),
                tags,
                checked.language(),
                checked.nsfw(),
                checked.coverImageId());
    }
}
