package org.muejam.shared.identity;

/** The profile as an {@link UpdateProfileCommand} left it: null for no bio, no avatar. */
public record ProfileState(String displayName, String bio, String avatarImageId) {}
