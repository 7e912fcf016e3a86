package org.muejam.query.identity;

import java.util.List;
import java.util.Map;
import org.muejam.query.gdpr.ExportRows;
import org.muejam.query.gdpr.ExportSection;
import org.muejam.query.gdpr.ExportSubject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The account and profile as the platform keeps them (never the password's hash); the avatar by its image id. */
@Component
public class ProfileExportSection implements ExportSection {

    private final JdbcTemplate jdbc;

    public ProfileExportSection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "profile";
    }

    @Override
    public Object export(ExportSubject subject) {
        List<Map<String, Object>> rows = ExportRows.query(jdbc, """
                SELECT user_id, email, display_name, bio, avatar_image_id, roles, email_verified, registered_at,
                       last_login_at, password_changed_at, role_since
                FROM user_account WHERE user_id = ?""", subject.userId());
        return rows.isEmpty() ? Map.of() : rows.get(0);
    }
}
