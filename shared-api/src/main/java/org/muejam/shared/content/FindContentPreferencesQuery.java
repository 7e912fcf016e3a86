package org.muejam.shared.content;

import org.muejam.shared.identity.UserId;

/** A reader's content preferences; answered with {@link ContentPreferencesResponse}, the default when never set. */
public record FindContentPreferencesQuery(UserId userId) {}
