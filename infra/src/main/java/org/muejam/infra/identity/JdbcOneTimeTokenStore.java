package org.muejam.infra.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.muejam.command.identity.OneTimeTokenStore;
import org.muejam.shared.identity.UserId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Emailed tokens' hashes in PostgreSQL, one table per purpose. */
@Component
public class JdbcOneTimeTokenStore implements OneTimeTokenStore {

    private final JdbcTemplate jdbc;

    public JdbcOneTimeTokenStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void store(Purpose purpose, String tokenHash, UserId userId, Instant expiresAt) {
        jdbc.update(
                "INSERT INTO " + table(purpose) + " (token_hash, user_id, expires_at) VALUES (?, ?, ?)",
                tokenHash,
                userId.value(),
                Timestamp.from(expiresAt));
    }

    @Override
    public Optional<UserId> holder(Purpose purpose, String tokenHash) {
        return jdbc
                .query(
                        "SELECT user_id FROM " + table(purpose) + " WHERE token_hash = ?",
                        (rs, i) -> UserId.of(rs.getString(1)),
                        tokenHash)
                .stream()
                .findFirst();
    }

    @Override
    public void deleteAll(Purpose purpose, UserId userId) {
        jdbc.update("DELETE FROM " + table(purpose) + " WHERE user_id = ?", userId.value());
    }

    private static String table(Purpose purpose) {
        return switch (purpose) {
            case EMAIL_VERIFICATION -> "email_verification_token";
            case PASSWORD_RESET -> "password_reset_token";
        };
    }
}
