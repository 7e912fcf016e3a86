package org.muejam.projections.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.muejam.shared.content.filters.BlocklistEntryAddedEvent;
import org.muejam.shared.content.filters.ContentFilterSettings;
import org.muejam.shared.content.filters.ContentFilterSettingsReplacedEvent;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The filter configuration in force: the last replacement, plus the block-list entries added since (on top of the
 * built-in defaults when none was stored). Events of one configuration arrive in order, so the row is read, changed
 * and written back. Not cleared on a rebuild: replaying in order ends at the same row, and meanwhile the filters keep
 * the configuration in force instead of falling back to the milder defaults.
 */
@Component
@ProcessingGroup(ContentFilterSettingsProjection.NAME)
public class ContentFilterSettingsProjection {

    public static final String NAME = ReadModels.CONTENT_FILTERS;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public ContentFilterSettingsProjection(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(ContentFilterSettingsReplacedEvent event) {
        store(event.configurationId(), event.settings(), event.replacedAt());
    }

    @EventHandler
    void on(BlocklistEntryAddedEvent event) {
        ContentFilterSettings settings = current(event.configurationId());
        if (!settings.blocklistContains(event.kind(), event.value())) {
            store(event.configurationId(), settings.withBlocklistEntry(event.kind(), event.value()), event.addedAt());
        }
    }

    private ContentFilterSettings current(String id) {
        List<String> rows = jdbc.queryForList(
                "SELECT settings FROM content_filter_settings WHERE configuration_id = ?", String.class, id);
        if (rows.isEmpty()) {
            return ContentFilterSettings.defaults();
        }
        try {
            return json.readValue(rows.get(0), ContentFilterSettings.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable filter settings in the read model", e);
        }
    }

    private void store(String id, ContentFilterSettings settings, Instant at) {
        String document;
        try {
            document = json.writeValueAsString(settings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("filter settings cannot be written as JSON", e);
        }
        jdbc.update("""
                INSERT INTO content_filter_settings (configuration_id, settings, updated_at) VALUES (?, ?, ?)
                ON CONFLICT (configuration_id) DO UPDATE SET settings = excluded.settings,
                    updated_at = excluded.updated_at""", id, document, Timestamp.from(at));
    }
}
