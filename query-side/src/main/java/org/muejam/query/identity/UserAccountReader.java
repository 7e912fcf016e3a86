package org.muejam.query.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.muejam.query.shared.ReadModelFreshness;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the users read model. */
@Component
public class UserAccountReader {

    /** {@code lockedUntil}: sign-in is refused before this instant (null when the account was never locked). */
    public record UserAccountView(
            String id,
            String email,
            String displayName,
            List<String> roles,
            boolean emailVerified,
            String passwordHash,
            Instant lockedUntil) {

        public boolean lockedAt(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }
    }

    private static final String COLUMNS =
            "user_id, email, display_name, roles, email_verified, password_hash, locked_until";

    private final JdbcTemplate jdbc;
    private final ReadModelFreshness freshness;

    public UserAccountReader(JdbcTemplate jdbc, ReadModelFreshness freshness) {
        this.jdbc = jdbc;
        this.freshness = freshness;
    }

    /**
     * The account as its last stored event left it: sign-in, API keys, two-factor authentication and "who am I"
     * read it right after the person's own commands, so the read waits (bounded) for the account's own events.
     */
    public Optional<UserAccountView> byId(String userId) {
        freshness.awaitAggregate(ReadModels.USERS, userId);
        return jdbc
                .query("SELECT " + COLUMNS + " FROM user_account WHERE user_id = ?", UserAccountReader::map, userId)
                .stream()
                .findFirst();
    }

    /** By address: the address's claim is written with the registration itself, so a new account is found. */
    public Optional<UserAccountView> byEmail(String email) {
        return jdbc
                .query(
                        "SELECT user_id FROM email_directory WHERE email = ?",
                        (rs, row) -> rs.getString(1),
                        email.strip().toLowerCase(java.util.Locale.ROOT))
                .stream()
                .findFirst()
                .flatMap(this::byId);
    }

    private static UserAccountView map(ResultSet rs, int row) throws SQLException {
        return new UserAccountView(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                Arrays.asList(rs.getString(4).split(",")),
                rs.getBoolean(5),
                rs.getString(6),
                rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant());
    }
}
