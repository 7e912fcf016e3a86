package org.muejam.infra.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.command.shared.Queries;
import org.muejam.infra.content.PageCursor;
import org.muejam.infra.content.ReaderPreferences;
import org.muejam.query.privacy.PrivacyReads;
import org.muejam.query.shared.ReadsFrom;
import org.muejam.shared.content.ContentIds;
import org.muejam.shared.content.FindStoryQuery;
import org.muejam.shared.content.StoryResponse;
import org.muejam.shared.content.StoryStatus;
import org.muejam.shared.identity.FindProfileQuery;
import org.muejam.shared.identity.ProfileResponse;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.privacy.PrivacySettings;
import org.muejam.shared.reading.ListReadingProgressQuery;
import org.muejam.shared.reading.ReadingProgressPage;
import org.muejam.shared.reading.ReadingProgressResponse;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Another person's profile and reading history, as their privacy settings let the signed-in viewer see them. The
 * settings are read as the person's last change committed them: a change holds from the very next request.
 */
@Tag(name = "profiles")
@RestController
@RequestMapping("/api/users/{id}")
public class ProfileController {

    public record HistoryPage(List<ReadingProgressResponse> items, String nextCursor) {}

    private final QueryGateway queries;
    private final PrivacyReads privacy;
    private final ReaderPreferences preferences;

    public ProfileController(QueryGateway queries, PrivacyReads privacy, ReaderPreferences preferences) {
        this.queries = queries;
        this.privacy = privacy;
        this.preferences = preferences;
    }

    @ReadsFrom({ReadModels.USERS, ReadModels.SOCIAL, ReadModels.IMAGES, ReadModels.CONTENT_PREFERENCES})
    @Operation(
            operationId = "getProfile",
            summary = "A person's profile (display name, bio, avatar, follow counts); only its id (restricted) when"
                    + " their profile visibility keeps it from you")
    @GetMapping
    public ProfileViews.ProfileView profile(@PathVariable String id, Principal principal) {
        return ProfileViews.ProfileView.of(find(id, principal), preferences.nsfw(principal));
    }

    private ProfileResponse find(String id, Principal principal) {
        return Queries.optional(queries, new FindProfileQuery(principal.getName(), id), ProfileResponse.class)
                .orElseThrow(ProfileController::unknown);
    }

    @ReadsFrom({ReadModels.USERS, ReadModels.SOCIAL, ReadModels.READING, ReadModels.CONTENT})
    @Operation(
            operationId = "getReadingHistory",
            summary = "Where a person is in each story, most recent first, if their reading history visibility lets"
                    + " you see it")
    @GetMapping("/reading-history")
    public HistoryPage readingHistory(
            @PathVariable String id,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit,
            Principal principal) {
        ProfileResponse profile = find(id, principal);
        if (!privacy.admits(principal.getName(), profile.id(), PrivacySettings::readingHistoryVisibility)) {
            throw new DomainRuleViolation(
                            DomainRuleViolation.Kind.FORBIDDEN,
                            "reading-history-not-visible",
                            "readingHistoryVisibility",
                            "this person's reading history is not visible to you")
                    .with("setting", "readingHistoryVisibility");
        }
        int size = PageCursor.limit(limit);
        PageCursor after = PageCursor.decode(cursor);
        ReadingProgressPage page = Queries.ask(
                queries,
                new ListReadingProgressQuery(
                        UserId.of(profile.id()),
                        after == null ? null : after.at(),
                        after == null ? null : after.id(),
                        size),
                ResponseTypes.instanceOf(ReadingProgressPage.class));
        // another reader sees only what they could open themselves: no story taken down, unpublished or hidden
        List<ReadingProgressResponse> shown = profile.id().equals(principal.getName())
                ? page.items()
                : page.items().stream()
                        .filter(item -> visible(item.storyId(), principal.getName()))
                        .toList();
        return new HistoryPage(
                shown,
                PageCursor.next(
                        page.items(),
                        page.more(),
                        ReadingProgressResponse::updatedAt,
                        ReadingProgressResponse::storyId));
    }

    private boolean visible(String storyId, String viewerId) {
        return ContentIds.isValid(ContentIds.STORY, storyId)
                && Queries.optional(queries, new FindStoryQuery(storyId), StoryResponse.class)
                        .filter(story -> story.status() != StoryStatus.DRAFT && story.visibleTo(viewerId))
                        .isPresent();
    }

    private static DomainRuleViolation unknown() {
        return DomainRuleViolation.notFound("user-not-found", null, "no user with this id");
    }
}
