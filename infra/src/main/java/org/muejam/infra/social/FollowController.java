package org.muejam.infra.social;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.command.shared.Queries;
import org.muejam.command.social.application.Following;
import org.muejam.infra.content.PageCursor;
import org.muejam.infra.web.Problems;
import org.muejam.query.privacy.PrivacyReads;
import org.muejam.query.shared.ReadsFrom;
import org.muejam.shared.identity.FindUserAccountQuery;
import org.muejam.shared.identity.UserAccountResponse;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.privacy.PrivacySettings;
import org.muejam.shared.readmodels.ReadModels;
import org.muejam.shared.social.FollowPage;
import org.muejam.shared.social.FollowResponse;
import org.muejam.shared.social.FollowStatus;
import org.muejam.shared.social.ListFollowsQuery;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Follows between people: a signed-in person follows (at once, or as a request when the followee approves their
 * followers) and unfollows; anyone signed in reads a person's followers and followees; the followee answers
 * pending requests under {@code /api/me/follow-requests}.
 */
@Tag(name = "follows")
@RestController
public class FollowController {

    public record FollowState(FollowStatus status) {}

    /** The other person of a follow; {@code displayName} absent when the users read model has none. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FollowView(String userId, String displayName, Instant since) {

        static FollowView of(FollowResponse follow) {
            return new FollowView(follow.userId(), follow.displayName(), follow.since());
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record FollowList(List<FollowView> items, String nextCursor) {}

    private final Following following;
    private final QueryGateway queries;
    private final PrivacyReads privacy;

    public FollowController(Following following, QueryGateway queries, PrivacyReads privacy) {
        this.following = following;
        this.queries = queries;
        this.privacy = privacy;
    }

    @Operation(
            operationId = "followUser",
            summary = "Follow a person: FOLLOWING at once, or REQUESTED when they approve their followers")
    @ApiResponse(responseCode = "200", description = "The follow as it stands (following again changes nothing)")
    @ApiResponse(responseCode = "422", description = "cannot-follow-self")
    @PostMapping("/api/users/{id}/follow")
    public FollowState follow(@PathVariable String id, Principal principal) {
        return new FollowState(following.follow(UserId.of(principal.getName()), id));
    }

    @Operation(operationId = "unfollowUser", summary = "Stop following a person, or withdraw a pending request")
    @ApiResponse(responseCode = "204", description = "Not following (not following changes nothing)")
    @DeleteMapping("/api/users/{id}/follow")
    public ResponseEntity<Void> unfollow(@PathVariable String id, Principal principal) {
        following.unfollow(UserId.of(principal.getName()), id);
        return ResponseEntity.noContent().build();
    }

    @ReadsFrom({ReadModels.SOCIAL, ReadModels.USERS})
    @Operation(operationId = "listFollowers", summary = "A person's followers, newest first; cursor-paginated")
    @GetMapping("/api/users/{id}/followers")
    public FollowList followers(
            @PathVariable String id,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit,
            Principal principal) {
        return page(requireVisibleProfile(id, principal), ListFollowsQuery.Relation.FOLLOWERS, cursor, limit);
    }

    @ReadsFrom({ReadModels.SOCIAL, ReadModels.USERS})
    @Operation(operationId = "listFollowing", summary = "The people a person follows, newest first; cursor-paginated")
    @GetMapping("/api/users/{id}/following")
    public FollowList followees(
            @PathVariable String id,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit,
            Principal principal) {
        return page(requireVisibleProfile(id, principal), ListFollowsQuery.Relation.FOLLOWING, cursor, limit);
    }

    @ReadsFrom({ReadModels.SOCIAL, ReadModels.USERS})
    @Operation(
            operationId = "listFollowRequests",
            summary = "Requests to follow the signed-in person, waiting for an answer; newest first, cursor-paginated")
    @GetMapping("/api/me/follow-requests")
    public FollowList requests(
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit,
            Principal principal) {
        return page(UserId.of(principal.getName()), ListFollowsQuery.Relation.REQUESTS, cursor, limit);
    }

    @Operation(operationId = "approveFollowRequest", summary = "Approve a pending follow request")
    @ApiResponse(responseCode = "200", description = "The requester follows (approving again changes nothing)")
    @PostMapping("/api/me/follow-requests/{followerId}/approve")
    public FollowState approve(@PathVariable String followerId, Principal principal) {
        following.approve(UserId.of(principal.getName()), followerId);
        return new FollowState(FollowStatus.FOLLOWING);
    }

    @Operation(operationId = "declineFollowRequest", summary = "Decline a pending follow request")
    @ApiResponse(responseCode = "204", description = "Declined")
    @PostMapping("/api/me/follow-requests/{followerId}/decline")
    public ResponseEntity<Void> decline(@PathVariable String followerId, Principal principal) {
        following.decline(UserId.of(principal.getName()), followerId);
        return ResponseEntity.noContent().build();
    }

    /** Who follows whom is part of a profile: it is shown as the person's profile visibility allows. */
    private UserId requireVisibleProfile(String id, Principal principal) {
        UserId user = requireUser(id);
        if (!privacy.admits(principal.getName(), user.value(), PrivacySettings::profileVisibility)) {
            throw new DomainRuleViolation(
                            DomainRuleViolation.Kind.FORBIDDEN,
                            "profile-not-visible",
                            "profileVisibility",
                            "this person's profile is not visible to you")
                    .with("setting", "profileVisibility");
        }
        return user;
    }

    private UserId requireUser(String id) {
        boolean known = id.length() <= UserId.MAX_LENGTH
                && !id.isBlank()
                && Queries.optional(queries, new FindUserAccountQuery(id), UserAccountResponse.class)
                        .isPresent();
        if (!known) {
            throw Problems.of(HttpStatus.NOT_FOUND, "user-not-found", "no user with this id");
        }
        return UserId.of(id);
    }

    private FollowList page(UserId user, ListFollowsQuery.Relation relation, String cursor, Integer limit) {
        int size = PageCursor.limit(limit);
        PageCursor after = PageCursor.decode(cursor);
        FollowPage page = Queries.ask(
                queries,
                new ListFollowsQuery(
                        user, relation, after == null ? null : after.at(), after == null ? null : after.id(), size),
                ResponseTypes.instanceOf(FollowPage.class));
        String next = PageCursor.next(page.items(), page.more(), FollowResponse::since, FollowResponse::userId);
        return new FollowList(page.items().stream().map(FollowView::of).toList(), next);
    }
}
