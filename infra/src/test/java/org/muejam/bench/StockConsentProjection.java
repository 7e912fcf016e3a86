package org.muejam.bench;

import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.muejam.shared.legal.CookieConsentRecordedEvent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The consents projection's cookie-choice upsert in a processing group left to Spring Boot's defaults (a tracking
 * processor, one thread, one segment, batch size 1), writing to its own table: the "stock Axon" replay baseline.
 */
@ProcessingGroup(StockConsentProjection.NAME)
public class StockConsentProjection {

    public static final String NAME = "bench-stock-consents";

    private final JdbcTemplate jdbc;

    public StockConsentProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CookieConsentRecordedEvent event) {
        jdbc.update(
                """
                INSERT INTO bench_stock_cookie_consent (holder, essential, analytics, marketing, consented_at)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (holder) DO UPDATE SET essential = excluded.essential, analytics = excluded.analytics,
                    marketing = excluded.marketing, consented_at = excluded.consented_at""",
                event.holder(),
                event.essential(),
                event.analytics(),
                event.marketing(),
                Timestamp.from(event.consentedAt()));
    }
}
