package org.muejam.infra.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.muejam.command.identity.SecondFactorChallenges;
import org.muejam.command.shared.RandomTokens;
import org.muejam.shared.security.Sha256;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Sign-in challenges in PostgreSQL; tries are counted by the database, so concurrent ones cannot exceed the limit. */
@Component
public class JdbcSecondFactorChallenges implements SecondFactorChallenges {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public JdbcSecondFactorChallenges(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String issue(String userId) {
        Instant now = clock.instant();
        jdbc.update("DELETE FROM two_factor_challenge WHERE expires_at < ?", Timestamp.from(now.minus(TTL)));
        String token = RandomTokens.next();
        jdbc.update(
                "INSERT INTO two_factor_challenge (token_hash, user_id, expires_at) VALUES (?, ?, ?)",
                Sha256.hex(token),
                userId,
                Timestamp.from(now.plus(TTL)));
        return token;
    }

    @Override
    public Optional<Attempt> attempt(String token) {
        return jdbc
                .query(
                        """
                        UPDATE two_factor_challenge SET attempts = attempts + 1
                        WHERE token_hash = ? AND used_at IS NULL AND expires_at > ? AND attempts < ?
                        RETURNING user_id, attempts""",
                        (rs, i) -> new Attempt(rs.getString(1), MAX_ATTEMPTS - rs.getInt(2)),
                        Sha256.hex(token),
                        Timestamp.from(clock.instant()),
                        MAX_ATTEMPTS)
                .stream()
                .findFirst();
    }

    @Override
    public boolean consume(String token) {
        return jdbc.update(
                        "UPDATE two_factor_challenge SET used_at = ? WHERE token_hash = ? AND used_at IS NULL",
                        Timestamp.from(clock.instant()),
                        Sha256.hex(token))
                == 1;
    }
}
