package org.muejam.infra.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.identity.ProfilePolicy;
import org.muejam.command.identity.application.ProfileEditing;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.command.shared.Queries;
import org.muejam.infra.content.ReaderPreferences;
import org.muejam.query.shared.ReadsFrom;
import org.muejam.shared.content.FindImageQuery;
import org.muejam.shared.content.ImageResponse;
import org.muejam.shared.identity.FindProfileQuery;
import org.muejam.shared.identity.ProfileResponse;
import org.muejam.shared.identity.ProfileState;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in person's own profile: display name, bio and avatar. A PUT is partial (decision 0042): a field left
 * out or null stays as it is; an empty {@code bio} or {@code avatarImageId} takes it off.
 */
@Tag(name = "profiles")
@RestController
@RequestMapping("/api/me/profile")
public class MyProfileController {

    public record ProfileRequest(
            @Schema(description = "a new display name (not empty, at most 100 characters); absent or null: unchanged")
            @Size(max = ProfilePolicy.MAX_DISPLAY_NAME)
            String displayName,

            @Schema(
                    description =
                            "plain text of at most 500 characters; \"\" takes the bio off; absent or null: unchanged")
            @Size(max = ProfilePolicy.MAX_BIO)
            String bio,

            @Schema(
                    description = "the id of an image you uploaded (POST /api/images); \"\" takes the avatar off;"
                            + " absent or null: unchanged")
            @Size(max = ProfilePolicy.MAX_IMAGE_ID)
            String avatarImageId) {}

    private final ProfileEditing editing;
    private final QueryGateway queries;
    private final ReaderPreferences preferences;

    public MyProfileController(ProfileEditing editing, QueryGateway queries, ReaderPreferences preferences) {
        this.editing = editing;
        this.queries = queries;
        this.preferences = preferences;
    }

    @Operation(
            operationId = "updateMyProfile",
            summary = "Change your display name, bio or avatar; the answer is the profile as it now stands")
    @PutMapping
    public ProfileViews.OwnProfile update(@Valid @RequestBody ProfileRequest body, Principal principal) {
        UserId me = UserId.of(principal.getName());
        ProfileState state =
                editing.update(me, new ProfileEditing.Changes(body.displayName(), body.bio(), body.avatarImageId()));
        boolean nsfw = state.avatarImageId() != null
                && Queries.optional(queries, new FindImageQuery(state.avatarImageId()), ImageResponse.class)
                        .map(ImageResponse::nsfw)
                        .orElse(false);
        return new ProfileViews.OwnProfile(
                me.value(),
                state.displayName(),
                state.bio(),
                ProfileViews.Avatar.of(state.avatarImageId(), nsfw, preferences.nsfw(principal)));
    }

    @ReadsFrom({ReadModels.USERS, ReadModels.IMAGES, ReadModels.CONTENT_PREFERENCES})
    @Operation(operationId = "getMyProfile", summary = "Your display name, bio and avatar")
    @GetMapping
    public ProfileViews.OwnProfile get(Principal principal) {
        ProfileResponse profile = Queries.optional(
                        queries, new FindProfileQuery(principal.getName(), principal.getName()), ProfileResponse.class)
                .orElseThrow(() -> DomainRuleViolation.notFound("user-not-found", null, "no user with this id"));
        return new ProfileViews.OwnProfile(
                profile.id(),
                profile.displayName(),
                profile.bio(),
                ProfileViews.Avatar.of(profile.avatarImageId(), profile.avatarNsfw(), preferences.nsfw(principal)));
    }
}
