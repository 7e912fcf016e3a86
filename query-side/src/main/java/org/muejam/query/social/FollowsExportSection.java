package org.muejam.query.social;

import java.util.LinkedHashMap;
import java.util.Map;
import org.muejam.query.gdpr.ExportRows;
import org.muejam.query.gdpr.ExportSection;
import org.muejam.query.gdpr.ExportSubject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Whom the person follows (or asked to), and who follows them (or asked to). */
@Component
public class FollowsExportSection implements ExportSection {

    private final JdbcTemplate jdbc;

    public FollowsExportSection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "follows";
    }

    @Override
    public Object export(ExportSubject subject) {
        Map<String, Object> follows = new LinkedHashMap<>();
        follows.put("following", ExportRows.query(jdbc, """
                        SELECT followee_id, status, since FROM follows WHERE follower_id = ?
                        ORDER BY since, followee_id""", subject.userId()));
        follows.put("followers", ExportRows.query(jdbc, """
                        SELECT follower_id, status, since FROM follows WHERE followee_id = ?
                        ORDER BY since, follower_id""", subject.userId()));
        return follows;
    }
}
