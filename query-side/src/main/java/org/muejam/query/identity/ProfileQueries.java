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
 * A person's profile as a viewer may see it: the display name and follow counts under the person's profile
 * visibility, read as their last settings change committed it; only the id otherwise. Nothing for an id no account
 * has.
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
        Optional<String> displayName = jdbc
                .query(
                        "SELECT display_name FROM user_account WHERE user_id = ?",
                        (rs, i) -> Optional.ofNullable(rs.getString(1)),
                        userId)
                .stream()
                .findFirst()
                .map(name -> name.orElse(""));
        if (displayName.isEmpty()) {
            return Optional.empty();
        }
        if (!privacy.admits(query.viewerId(), userId, PrivacySettings::profileVisibility)) {
            return Optional.of(ProfileResponse.restricted(userId));
        }
        return Optional.of(new ProfileResponse(
                userId,
                false,
                displayName.get(),
                count("SELECT count(*) FROM follows WHERE followee_id = ? AND status = 'FOLLOWING'", userId),
                count("SELECT count(*) FROM follows WHERE follower_id = ? AND status = 'FOLLOWING'", userId)));
    }

    private long count(String sql, String userId) {
        Long n = jdbc.queryForObject(sql, Long.class, userId);
        return n == null ? 0 : n;
    }
}
