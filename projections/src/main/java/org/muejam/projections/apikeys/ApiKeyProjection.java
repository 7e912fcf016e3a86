package org.muejam.projections.apikeys;

import java.sql.Timestamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.muejam.shared.apikeys.ApiKeyCreatedEvent;
import org.muejam.shared.apikeys.ApiKeyRevokedEvent;
import org.muejam.shared.apikeys.ApiKeyRotatedEvent;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The lookup table of API keys: owner, name, current and previous secret hash, expiry and revocation. Never cleared:
 * every write is an upsert or an update in event order (decision 0004), so during a rebuild a revoked key stays
 * revoked and a rotated-away secret never becomes current again.
 */
@Component
@ProcessingGroup(ApiKeyProjection.NAME)
public class ApiKeyProjection {

    public static final String NAME = ReadModels.API_KEYS;

    private final JdbcTemplate jdbc;

    public ApiKeyProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ApiKeyCreatedEvent event) {
        jdbc.update(
                """
                INSERT INTO api_key (key_id, owner_id, name, secret_hash, expires_at, created_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (key_id) DO UPDATE SET owner_id = excluded.owner_id, name = excluded.name,
                    expires_at = excluded.expires_at, created_at = excluded.created_at""",
                event.keyId(),
                event.ownerId().value(),
                event.name(),
                event.secretHash(),
                timestamp(event.expiresAt()),
                timestamp(event.createdAt()));
    }

    /** A replayed rotation older than the one the row holds changes nothing. */
    @EventHandler
    void on(ApiKeyRotatedEvent event) {
        jdbc.update(
                """
                UPDATE api_key SET secret_hash = ?, previous_secret_hash = ?, previous_valid_until = ?, rotated_at = ?
                WHERE key_id = ? AND (rotated_at IS NULL OR rotated_at <= ?)""",
                event.secretHash(),
                event.previousSecretHash(),
                timestamp(event.previousValidUntil()),
                timestamp(event.rotatedAt()),
                event.keyId(),
                timestamp(event.rotatedAt()));
    }

    @EventHandler
    void on(ApiKeyRevokedEvent event) {
        jdbc.update("UPDATE api_key SET revoked_at = ? WHERE key_id = ?", timestamp(event.revokedAt()), event.keyId());
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
