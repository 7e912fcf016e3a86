package org.muejam.query.content;

import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.muejam.query.shared.ReadModelFreshness;
import org.muejam.shared.content.ContentPreferencesChangedEvent;
import org.muejam.shared.content.ContentPreferencesResponse;
import org.muejam.shared.content.FindContentPreferencesQuery;
import org.muejam.shared.content.NsfwPreference;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A reader's content preferences from their read model; the default for a reader who never chose. */
@Component
public class ContentPreferencesQueries {

    private final JdbcTemplate jdbc;
    private final ReadModelFreshness freshness;

    public ContentPreferencesQueries(JdbcTemplate jdbc, ReadModelFreshness freshness) {
        this.jdbc = jdbc;
        this.freshness = freshness;
    }

    @QueryHandler
    public ContentPreferencesResponse handle(FindContentPreferencesQuery query) {
        // a choice the reader just made shows here, whichever node projects it
        freshness.awaitAggregate(
                ReadModels.CONTENT_PREFERENCES, ContentPreferencesChangedEvent.streamOf(query.userId()));
        List<String> stored = jdbc.queryForList(
                "SELECT nsfw FROM content_preferences WHERE user_id = ?",
                String.class,
                query.userId().value());
        return new ContentPreferencesResponse(
                stored.isEmpty() ? NsfwPreference.DEFAULT : NsfwPreference.valueOf(stored.get(0)));
    }
}
