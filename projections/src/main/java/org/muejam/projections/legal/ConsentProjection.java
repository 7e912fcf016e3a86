package org.muejam.projections.legal;

import java.sql.Timestamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.muejam.shared.identity.AccountErasedEvent;
import org.muejam.shared.legal.ConsentRecordedEvent;
import org.muejam.shared.legal.CookieConsentRecordedEvent;
import org.muejam.shared.personaldata.PersonalDataVault;
import org.muejam.shared.privacy.ConsentGivenEvent;
import org.muejam.shared.privacy.ConsentWithdrawnEvent;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Consent records (one row per acceptance), the latest cookie choices of each holder, and the history of every
 * optional consent a person gave or withdrew (privacy settings and the cookie choices of signed-in people). Every write is an upsert,
 * so a replay rewrites the rows in place while reads go on. The address and client of a consent are kept sealed
 * under the person's key, as in the events and the audit view: erasing the key forgets them here too, at once.
 */
@Component
@ProcessingGroup(ConsentProjection.NAME)
public class ConsentProjection {

    public static final String NAME = ReadModels.CONSENTS;

    /** Where a consent in {@code consent_history} was given or withdrawn. */
    public static final String SETTINGS = "privacy-settings";

    public static final String COOKIES = "cookie-consent";

    private static final String USER_HOLDER = "user:";

    private final JdbcTemplate jdbc;
    private final PersonalDataVault vault;

    public ConsentProjection(JdbcTemplate jdbc, PersonalDataVault vault) {
        this.jdbc = jdbc;
        this.vault = vault;
    }

    @EventHandler
    void on(ConsentRecordedEvent event, EventMessage<?> message) {
        String subject = event.userId().value();
        String eventId = message.getIdentifier();
        jdbc.update(
                """
                INSERT INTO user_consent (event_id, user_id, document_type, version, consented_at, ip_address, user_agent)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (event_id) DO UPDATE SET ip_address = excluded.ip_address, user_agent = excluded.user_agent""",
                eventId,
                subject,
                event.documentType().slug(),
                event.version(),
                Timestamp.from(event.consentedAt()),
                // the same bytes at every replay (a synthetic IV); the placeholder once the person is erased
                vault.seal(subject, eventId + ":ip", event.ipAddress()),
                vault.seal(subject, eventId + ":ua", event.userAgent()));
    }

    @EventHandler
    void on(ConsentGivenEvent event, EventMessage<?> message) {
        history(
                message.getIdentifier(),
                event.purpose().slug(),
                event.userId().value(),
                true,
                SETTINGS,
                event.givenAt());
    }

    @EventHandler
    void on(ConsentWithdrawnEvent event, EventMessage<?> message) {
        history(
                message.getIdentifier(),
                event.purpose().slug(),
                event.userId().value(),
                false,
                SETTINGS,
                event.withdrawnAt());
    }

    @EventHandler
    void on(CookieConsentRecordedEvent event, EventMessage<?> message) {
        if (event.holder().startsWith(USER_HOLDER)) {
            // a signed-in person's cookie choices are consents of theirs; an anonymous session's belong to nobody
            String userId = event.holder().substring(USER_HOLDER.length());
            history(
                    message.getIdentifier(),
                    "analytics-cookies",
                    userId,
                    event.analytics(),
                    COOKIES,
                    event.consentedAt());
            history(
                    message.getIdentifier(),
                    "marketing-cookies",
                    userId,
                    event.marketing(),
                    COOKIES,
                    event.consentedAt());
        }
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

    private void history(String eventId, String purpose, String userId, boolean given, String source, Instant at) {
        jdbc.update("""
                INSERT INTO consent_history (event_id, purpose, user_id, status, source, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (event_id, purpose) DO NOTHING""", eventId, purpose, userId, given ? "GIVEN" : "WITHDRAWN", source, Timestamp.from(at));
    }

    /**
     * The consents of an erased person keep what was accepted and when; their address and client go at once (rows
     * sealed before V17 held them in clear), and a rebuild seals the placeholder under the destroyed key.
     */
    @EventHandler
    void on(AccountErasedEvent event) {
        jdbc.update(
                "UPDATE user_consent SET ip_address = NULL, user_agent = NULL WHERE user_id = ?",
                event.userId().value());
    }
}
