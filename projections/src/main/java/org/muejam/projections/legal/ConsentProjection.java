package org.muejam.projections.legal;

import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.muejam.shared.legal.ConsentRecordedEvent;
import org.muejam.shared.legal.CookieConsentRecordedEvent;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Consent records (one row per acceptance) and the latest cookie choices of each holder. Every write is an upsert,
 * so a replay rewrites the rows in place while reads go on (a forgotten person's address comes back erased).
 */
@Component
@ProcessingGroup(ConsentProjection.NAME)
public class ConsentProjection {

    public static final String NAME = ReadModels.CONSENTS;

    private final JdbcTemplate jdbc;

    public ConsentProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ConsentRecordedEvent event, EventMessage<?> message) {
        jdbc.update(
                """
                INSERT INTO user_consent (event_id, user_id, document_type, version, consented_at, ip_address, user_agent)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (event_id) DO UPDATE SET ip_address = excluded.ip_address, user_agent = excluded.user_agent""",
                message.getIdentifier(),
                event.userId().value(),
                event.documentType().slug(),
                event.version(),
                Timestamp.from(event.consentedAt()),
                event.ipAddress(),
                event.userAgent());
    }

    @EventHandler
    void on(CookieConsentRecordedEvent event) {
        jdbc.update(
                """
                INSERT INTO cookie_consent (holder, essential, analytics, marketing, consented_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (holder) DO UPDATE SET essential = excluded.essential, analytics = excluded.analytics,
                    marketing = excluded.marketing, consented_at = excluded.consented_at""",
                event.holder(),
                event.essential(),
                event.analytics(),
                event.marketing(),
                Timestamp.from(event.consentedAt()));
    }
}
