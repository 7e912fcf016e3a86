package org.muejam.shared.identity;

/**
 * A person's profile. {@code restricted} is true when the person's profile visibility keeps it from the viewer: then
 * only the id is given (enough to ask to follow them), every other field null. {@code bio} and {@code avatarImageId}
 * are null when the person has none; {@code avatarNsfw} is the avatar image's NSFW mark (images read model).
 */
public record ProfileResponse(
        String id,
        boolean restricted,
        String displayName,
        Long followers,
        Long following,
        String bio,
        String avatarImageId,
        boolean avatarNsfw) {

    public static ProfileResponse restricted(String id) {
        return new ProfileResponse(id, true, null, null, null, null, null, false);
    }
}
