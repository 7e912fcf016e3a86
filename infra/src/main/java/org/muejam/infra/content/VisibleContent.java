package org.muejam.infra.content;

import java.security.Principal;
import java.util.Optional;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.shared.Queries;
import org.muejam.infra.web.Problems;
import org.muejam.shared.content.ChapterResponse;
import org.muejam.shared.content.ContentIds;
import org.muejam.shared.content.FindChapterQuery;
import org.muejam.shared.content.FindStoryQuery;
import org.muejam.shared.content.FindWhisperQuery;
import org.muejam.shared.content.StoryResponse;
import org.muejam.shared.content.StoryStatus;
import org.muejam.shared.content.WhisperResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Who sees what: a published story and its chapters, and every whisper, are everyone's; a draft only its author's;
 * and so is what moderation hid or deleted, and all a shadowbanned author wrote (decision 0033); otherwise 404, as
 * for an unknown id.
 */
@Component
public class VisibleContent {

    private final QueryGateway queries;

    public VisibleContent(QueryGateway queries) {
        this.queries = queries;
    }

    public StoryResponse story(String id, Principal principal) {
        Optional<StoryResponse> story = ContentIds.isValid(ContentIds.STORY, id)
                ? Queries.optional(queries, new FindStoryQuery(id), StoryResponse.class)
                : Optional.empty();
        String viewer = principal == null ? null : principal.getName();
        return story.filter(found ->
                        found.status() != StoryStatus.DRAFT || found.authorId().equals(viewer))
                .filter(found -> found.visibleTo(viewer))
                .orElseThrow(() -> Problems.of(HttpStatus.NOT_FOUND, "story-not-found", "no story with this id"));
    }

    public WhisperResponse whisper(String id, Principal principal) {
        Optional<WhisperResponse> whisper = ContentIds.isValid(ContentIds.WHISPER, id)
                ? Queries.optional(queries, new FindWhisperQuery(id), WhisperResponse.class)
                : Optional.empty();
        String viewer = principal == null ? null : principal.getName();
        return whisper.filter(found -> found.visibleTo(viewer))
                .orElseThrow(() -> Problems.of(HttpStatus.NOT_FOUND, "whisper-not-found", "no whisper with this id"));
    }

    public ChapterResponse chapter(String storyId, String chapterId, Principal principal) {
        story(storyId, principal);
        Optional<ChapterResponse> chapter = ContentIds.isValid(ContentIds.CHAPTER, chapterId)
                ? Queries.optional(queries, new FindChapterQuery(storyId, chapterId), ChapterResponse.class)
                : Optional.empty();
        return chapter.orElseThrow(
                () -> Problems.of(HttpStatus.NOT_FOUND, "chapter-not-found", "this story has no chapter with this id"));
    }
}
