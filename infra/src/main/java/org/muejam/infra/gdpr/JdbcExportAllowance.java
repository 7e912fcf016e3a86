package org.muejam.infra.gdpr;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.muejam.command.gdpr.ExportAllowance;
import org.muejam.shared.identity.UserId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Each person's last export in PostgreSQL, taken in the transaction of the export's first event: the row lock makes
 * concurrent requests wait for one another, so only one passes, on any node; a refused or failed request takes
 * nothing.
 */
@Component
public class JdbcExportAllowance implements ExportAllowance {

    private final JdbcTemplate jdbc;

    public JdbcExportAllowance(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Instant> take(UserId person, Instant now, Duration interval) {
        int taken = jdbc.update("""
                INSERT INTO data_export_allowance (user_id, last_requested_at) VALUES (?, ?)
                ON CONFLICT (user_id) DO UPDATE SET last_requested_at = excluded.last_requested_at
                WHERE data_export_allowance.last_requested_at <= ?""", person.value(), Timestamp.from(now), Timestamp.from(now.minus(interval)));
        if (taken > 0) {
            return Optional.empty();
        }
        Timestamp last = jdbc.queryForObject(
                "SELECT last_requested_at FROM data_export_allowance WHERE user_id = ?",
                Timestamp.class,
                person.value());
        return Optional.of(last.toInstant().plus(interval));
    }
}
