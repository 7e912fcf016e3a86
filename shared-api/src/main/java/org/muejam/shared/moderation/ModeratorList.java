package org.muejam.shared.moderation;

import java.util.List;

/** The accounts holding a moderation role, by display name. */
public record ModeratorList(List<Moderator> items) {

    /** One account with its moderation role, held since {@code since} (its registration when held from the start). */
    public record Moderator(String userId, String displayName, String role, java.time.Instant since) {}
}
