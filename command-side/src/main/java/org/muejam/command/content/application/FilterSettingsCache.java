package org.muejam.command.content.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.shared.Queries;
import org.muejam.shared.content.filters.ContentFilterSettings;
import org.muejam.shared.content.filters.ContentFilterSettingsResponse;
import org.muejam.shared.content.filters.FindContentFilterSettingsQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The filter configuration in force, asked of the read model at most once per {@link #TIME_TO_LIVE}: a change
 * reaches every submission within seconds without a query per submission. When the read model cannot answer, the
 * last answer (or the built-in defaults) stays in force: the filters keep running rather than failing every
 * submission.
 */
@Component
public class FilterSettingsCache {

    public static final Duration TIME_TO_LIVE = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(FilterSettingsCache.class);

    private record Entry(ContentFilterSettings settings, Instant fetchedAt) {}

    private final QueryGateway queries;
    private final Clock clock;
    private volatile Entry entry;

    public FilterSettingsCache(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    public ContentFilterSettings current() {
        Entry cached = entry;
        Instant now = clock.instant();
        if (cached != null && now.isBefore(cached.fetchedAt().plus(TIME_TO_LIVE))) {
            return cached.settings();
        }
        try {
            ContentFilterSettingsResponse answer = Queries.ask(
                    queries,
                    FindContentFilterSettingsQuery.current(),
                    ResponseTypes.instanceOf(ContentFilterSettingsResponse.class));
            entry = new Entry(answer.settings(), now);
            return answer.settings();
        } catch (RuntimeException failure) {
            ContentFilterSettings kept = cached == null ? ContentFilterSettings.defaults() : cached.settings();
            log.warn(
                    "filter configuration unreadable, keeping the {} one: {}",
                    cached == null ? "built-in" : "last",
                    failure.toString());
            entry = new Entry(kept, now);
            return kept;
        }
    }

    /** Forget the cached configuration, so that the next submission reads it afresh. */
    public void invalidate() {
        entry = null;
    }
}
