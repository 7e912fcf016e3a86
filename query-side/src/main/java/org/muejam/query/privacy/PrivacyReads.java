package org.muejam.query.privacy;

import java.util.function.Function;
import org.muejam.shared.privacy.Audience;
import org.muejam.shared.privacy.CommentPermission;
import org.muejam.shared.privacy.PrivacySettings;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Privacy settings as the last change committed them ({@code privacy_settings}, written in the change's own
 * transaction, so no read waits for a projection) and who follows whom. Plain reads with no query handler, so every
 * node can enforce the settings whatever its roles (the application registers one; {@link PrivacyQueries} uses its
 * own).
 */
public class PrivacyReads {

    private final JdbcTemplate jdbc;

    public PrivacyReads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** {@link PrivacySettings#DEFAULTS} for a person who never changed a setting. */
    public PrivacySettings settingsOf(String userId) {
        return jdbc
                .query(
                        """
                        SELECT profile_visibility, reading_history_visibility, analytics_opt_out, marketing_emails,
                            comment_permission, follower_approval_required
                        FROM privacy_settings WHERE user_id = ?""",
                        (rs, i) -> new PrivacySettings(
                                Audience.valueOf(rs.getString(1)),
                                Audience.valueOf(rs.getString(2)),
                                rs.getBoolean(3),
                                rs.getBoolean(4),
                                CommentPermission.valueOf(rs.getString(5)),
                                rs.getBoolean(6)),
                        userId)
                .stream()
                .findFirst()
                .orElse(PrivacySettings.DEFAULTS);
    }

    /** Whether the follower's follow of the followee is accepted (a pending request is no follow). */
    public boolean follows(String followerId, String followeeId) {
        Integer found = jdbc.queryForObject(
                "SELECT count(*) FROM follows WHERE follower_id = ? AND followee_id = ? AND status = 'FOLLOWING'",
                Integer.class,
                followerId,
                followeeId);
        return found != null && found > 0;
    }

    /**
     * Whether the viewer (null: nobody signed in) sees the part of the owner's account that {@code setting} names:
     * the owner always, then as the owner's audience for it says.
     */
    public boolean admits(String viewerId, String ownerId, Function<PrivacySettings, Audience> setting) {
        if (ownerId.equals(viewerId)) {
            return true;
        }
        Audience audience = setting.apply(settingsOf(ownerId));
        return switch (audience) {
            case PUBLIC -> viewerId != null;
            case FOLLOWERS -> viewerId != null && follows(viewerId, ownerId);
            case PRIVATE -> false;
        };
    }
}
