package org.muejam.infra.identity;

import io.swagger.v3.oas.annotations.media.Schema;
import org.muejam.shared.content.NsfwPreference;
import org.muejam.shared.identity.ProfileResponse;

/** How profiles are shown: the avatar as an image with its own NSFW mark, blurred as the viewer chose. */
public final class ProfileViews {

    private ProfileViews() {}

    /**
     * The avatar image: {@code blurred} when it is NSFW (its creator's mark or moderation's) and the viewer did not ask
     * to see NSFW content as it is.
     */
    public record Avatar(String id, String url, String thumbnailUrl, boolean nsfw, boolean blurred) {

        static Avatar of(String imageId, boolean nsfw, NsfwPreference preference) {
            if (imageId == null) {
                return null;
            }
            String url = "/api/images/" + imageId;
            return new Avatar(
                    imageId, url, url + "?size=thumbnail", nsfw, nsfw && preference != NsfwPreference.SHOW_ALL);
        }
    }

    /**
     * Another person's profile. When their profile visibility keeps it from the viewer, {@code restricted} is true and
     * only the id is given (enough to ask to follow them); every other field is null.
     */
    public record ProfileView(
            String id,
            boolean restricted,
            String displayName,
            Long followers,
            Long following,

            @Schema(description = "at most 500 characters of plain text; null when the person wrote none")
            String bio,

            @Schema(description = "the image the person chose; null when none")
            Avatar avatar) {

        static ProfileView of(ProfileResponse profile, NsfwPreference preference) {
            return new ProfileView(
                    profile.id(),
                    profile.restricted(),
                    profile.displayName(),
                    profile.followers(),
                    profile.following(),
                    profile.bio(),
                    Avatar.of(profile.avatarImageId(), profile.avatarNsfw(), preference));
        }
    }

    /** The signed-in person's own profile. */
    public record OwnProfile(String id, String displayName, String bio, Avatar avatar) {}
}
