package org.muejam.query.moderation;

import java.sql.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.muejam.shared.identity.Role;
import org.muejam.shared.moderation.ListModeratorsQuery;
import org.muejam.shared.moderation.ModeratorList;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The accounts holding a moderation role, from the users read model. Few by nature (staff), so the whole list is
 * one answer, bounded all the same.
 */
@Component
public class ModeratorQueries {

    /** More staff than this is not a moderation team; the list stops here. */
    static final int MAX = 1000;

    private final JdbcTemplate jdbc;

    public ModeratorQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public ModeratorList handle(ListModeratorsQuery query) {
        return new ModeratorList(jdbc.query(
                """
                SELECT user_id, display_name, roles, coalesce(role_since, registered_at) FROM user_account
                WHERE roles <> ? ORDER BY lower(display_name), user_id LIMIT ?""",
                (rs, row) -> {
                    Timestamp since = rs.getTimestamp(4);
                    return new ModeratorList.Moderator(
                            rs.getString(1),
                            rs.getString(2),
                            role(rs.getString(3)),
                            since == null ? null : since.toInstant());
                },
                Role.USER.name(),
                MAX));
    }

    /** The highest role of "ADMINISTRATOR,USER" and the like. */
    private static String role(String roles) {
        for (Role role : new Role[] {Role.ADMINISTRATOR, Role.SENIOR_MODERATOR, Role.MODERATOR}) {
            if (("," + roles + ",").contains("," + role.name() + ",")) {
                return role.name();
            }
        }
        return Role.USER.name();
    }
}
