package org.muejam.query.reading;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.muejam.query.gdpr.ExportRows;
import org.muejam.query.gdpr.ExportSection;
import org.muejam.query.gdpr.ExportSubject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The person's reading lists, private ones included, each with its stories. */
@Component
public class ReadingListsExportSection implements ExportSection {

    private final JdbcTemplate jdbc;

    public ReadingListsExportSection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "readingLists";
    }

    @Override
    public Object export(ExportSubject subject) {
        List<Map<String, Object>> lists = ExportRows.query(jdbc, """
                SELECT list_id, name, description, public, story_count, created_at, updated_at
                FROM reading_list WHERE owner_id = ? ORDER BY created_at, list_id""", subject.userId());
        return lists.stream()
                .map(list -> {
                    Map<String, Object> withStories = new LinkedHashMap<>(list);
                    withStories.put("stories", ExportRows.query(jdbc, """
                                    SELECT story_id, added_at FROM reading_list_story WHERE list_id = ?
                                    ORDER BY added_at, story_id""", list.get("listId")));
                    return withStories;
                })
                .toList();
    }
}
