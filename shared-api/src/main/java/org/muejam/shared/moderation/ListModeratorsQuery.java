package org.muejam.shared.moderation;

/** Every account holding a moderation role, answered with {@link ModeratorList}. */
public record ListModeratorsQuery() {}
