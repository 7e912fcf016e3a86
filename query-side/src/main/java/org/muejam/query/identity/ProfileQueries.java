package org.muejam.query.identity;

import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.muejam.query.privacy.PrivacyQueries;
import org.muejam.shared.identity.FindProfileQuery;
import org.muejam.shared.identity.ProfileResponse;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.privacy.PrivacySettings;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A person's profile as a viewer may see it: the display name, bio, avatar and follow counts under the person's
 * profile visibility, read as their last settings change committed it; only the id otherwise. Nothing for an id no
 * account has.
 */
@Component
public class ProfileQueries {

    private final JdbcTemplate jdbc;
    private final PrivacyQueries privacy;

    public ProfileQueries(JdbcTemplate jdbc, PrivacyQueries privacy) {
        this.jdbc = jdbc;
        this.privacy = privacy;
    }

    @QueryHandler
    public Optional<ProfileResponse> handle(FindProfileQuery query) {
        String userId = query.userId();
        if (userId == null || userId.isBlank() || userId.length() > UserId.MAX_LENGTH) {
            return Optional.empty();
        }
        Optional<Row> row = jdbc
                .query(
                        """
                        SELECT u.display_name, u.bio, u.avatar_image_id,
                            coalesce((SELECT i.nsfw FROM image i WHERE i.image_id = u.avatar_image_id), FALSE)
                        FROM user_account u WHERE u.user_id = ?""",
                        (rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)),
                        userId)
                .stream()
                .findFirst();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        if (!privacy.admits(query.viewerId(), userId, PrivacySettings::profileVisibility)) {
            return Optional.of(ProfileResponse.restricted(userId));
        }
        Row profile = row.get();
        return Optional.of(new ProfileResponse(
                userId,
                false,
                profile.displayName() == null ? "" : profile.displayName(),
                count("SELECT count(*) FROM follows WHERE followee_id = ? AND status = 'FOLLOWING'", userId),
                count("SELECT count(*) FROM follows WHERE follower_id = ? AND status = 'FOLLOWING'", userId),
                profile.bio(),
                profile.avatarImageId(),
                profile.avatarImageId() != null && profile.avatarNsfw()));
    }

    private record Row(String displayName, String bio, String avatarImageId, boolean avatarNsfw) {}

    private long count(String sql, String userId) {
        Long n = jdbc.queryForObject(sql, Long.class, userId);
        return n == null ? 0 : n;
    }
}
