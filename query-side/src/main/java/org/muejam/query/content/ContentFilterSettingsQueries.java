package org.muejam.query.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.muejam.shared.content.filters.ContentFilterSettings;
import org.muejam.shared.content.filters.ContentFilterSettingsResponse;
import org.muejam.shared.content.filters.FindContentFilterSettingsQuery;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers from the content-filters read model; without a stored configuration, the built-in defaults. */
@Component
public class ContentFilterSettingsQueries {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public ContentFilterSettingsQueries(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @QueryHandler
    public ContentFilterSettingsResponse handle(FindContentFilterSettingsQuery query) {
        List<ContentFilterSettingsResponse> rows = jdbc.query(
                "SELECT settings, updated_at FROM content_filter_settings WHERE configuration_id = ?",
                (rs, i) -> new ContentFilterSettingsResponse(
                        read(rs.getString(1)), false, rs.getTimestamp(2).toInstant()),
                query.configurationId());
        return rows.isEmpty()
                ? new ContentFilterSettingsResponse(ContentFilterSettings.defaults(), true, null)
                : rows.get(0);
    }

    private ContentFilterSettings read(String document) {
        try {
            return json.readValue(document, ContentFilterSettings.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable filter settings in the read model", e);
        }
    }
}
