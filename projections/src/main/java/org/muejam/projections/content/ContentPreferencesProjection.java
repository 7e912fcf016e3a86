package org.muejam.projections.content;

import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.muejam.shared.content.ContentPreferencesChangedEvent;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Each reader's latest content preferences; an upsert, so a replay rewrites the rows in place. */
@Component
@ProcessingGroup(ContentPreferencesProjection.NAME)
public class ContentPreferencesProjection {

    public static final String NAME = ReadModels.CONTENT_PREFERENCES;

    private final JdbcTemplate jdbc;

    public ContentPreferencesProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ContentPreferencesChangedEvent event) {
        jdbc.update("""
                INSERT INTO content_preferences (user_id, nsfw, changed_at) VALUES (?, ?, ?)
                ON CONFLICT (user_id) DO UPDATE SET nsfw = excluded.nsfw, changed_at = excluded.changed_at""", event.userId().value(), event.nsfw().name(), Timestamp.from(event.changedAt()));
    }
}
