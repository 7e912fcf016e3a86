package org.muejam.infra.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.muejam.infra.security.TokenService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The challenge a password sign-in gets when a second factor is due: a random token (stored as a hash) that lives
 * five minutes, allows five tries and is spent by the first one that succeeds. It never opens a session itself.
 */
@Component
public class SecondFactorChallenges {

    public static final Duration TTL = Duration.ofMinutes(5);
    public static final int MAX_ATTEMPTS = 5;

    /** One try at a challenge: whose it is, and how many tries are left after this one. */
    public record Attempt(String userId, int remaining) {}

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public SecondFactorChallenges(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new challenge for the user; returns the token to hand to the client. */
    public String issue(String userId) {
        Instant now = clock.instant();
        jdbc.update("DELETE FROM two_factor_challenge WHERE expires_at < ?", Timestamp.from(now.minus(TTL)));
        String token = TokenService.randomToken();
        jdbc.update(
                "INSERT INTO two_factor_challenge (token_hash, user_id, expires_at) VALUES (?, ?, ?)",
                TokenService.sha256(token),
                userId,
                Timestamp.from(now.plus(TTL)));
        return token;
    }

    /**
     * Counts one try at the challenge, atomically, so concurrent tries cannot exceed the limit. Empty when the
     * token is unknown, expired, spent or out of tries.
     */
    public Optional<Attempt> attempt(String token) {
        return jdbc
                .query(
                        """
                        UPDATE two_factor_challenge SET attempts = attempts + 1
                        WHERE token_hash = ? AND used_at IS NULL AND expires_at > ? AND attempts < ?
                        RETURNING user_id, attempts""",
                        (rs, i) -> new Attempt(rs.getString(1), MAX_ATTEMPTS - rs.getInt(2)),
                        TokenService.sha256(token),
                        Timestamp.from(clock.instant()),
                        MAX_ATTEMPTS)
                .stream()
                .findFirst();
    }

    /** Spends the challenge; false if another request spent it first. */
    public boolean consume(String token) {
        return jdbc.update(
                        "UPDATE two_factor_challenge SET used_at = ? WHERE token_hash = ? AND used_at IS NULL",
                        Timestamp.from(clock.instant()),
                        TokenService.sha256(token))
                == 1;
    }
}
