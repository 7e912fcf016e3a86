package org.muejam.query.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.muejam.query.shared.ReadModelFreshness;
import org.muejam.shared.identity.EmailAddress;
import org.muejam.shared.identity.FindUserAccountByEmailQuery;
import org.muejam.shared.identity.FindUserAccountQuery;
import org.muejam.shared.identity.UserAccountResponse;
import org.muejam.shared.moderation.AccountSuspension;
import org.muejam.shared.moderation.FindAccountSuspensionQuery;
import org.muejam.shared.readmodels.ReadModels;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers the identity queries from the users read model. */
@Component
public class UserAccountReader {

    private static final String COLUMNS =
            "user_id, email, display_name, roles, email_verified, password_hash, locked_until";

    private final JdbcTemplate jdbc;
    private final ReadModelFreshness freshness;

    public UserAccountReader(JdbcTemplate jdbc, ReadModelFreshness freshness) {
        this.jdbc = jdbc;
        this.freshness = freshness;
    }

    @QueryHandler
    public Optional<UserAccountResponse> handle(FindUserAccountQuery query) {
        return byId(query.userId());
    }

    @QueryHandler
    public Optional<UserAccountResponse> handle(FindUserAccountByEmailQuery query) {
        return byEmail(query.email());
    }

    /**
     * Asked on every authenticated request (through a short cache), so it does not wait for the read model: a
     * suspension reaches it within the users projection's lag.
     */
    @QueryHandler
    public Optional<AccountSuspension> handle(FindAccountSuspensionQuery query) {
        if (query.userId() == null) {
            return Optional.empty();
        }
        return jdbc
                .query(
                        """
                        SELECT suspended_until, suspended_permanently OR erased_at IS NOT NULL,
                            CASE WHEN erased_at IS NOT NULL THEN 'the account was erased' ELSE suspension_reason END
                        FROM user_account
                        WHERE user_id = ? AND (suspended_permanently OR suspended_until IS NOT NULL
                            OR erased_at IS NOT NULL)""",
                        (rs, row) -> new AccountSuspension(
                                query.userId(),
                                rs.getTimestamp(1) == null
                                        ? null
                                        : rs.getTimestamp(1).toInstant(),
                                rs.getBoolean(2),
                                rs.getString(3)),
                        query.userId())
                .stream()
                .findFirst();
    }

    /**
     * The account as its last stored event left it: sign-in, API keys, two-factor authentication and "who am I"
     * read it right after the person's own commands, so the read waits (bounded) for the account's own events.
     */
    public Optional<UserAccountResponse> byId(String userId) {
        freshness.awaitAggregate(ReadModels.USERS, userId);
        return jdbc
                .query("SELECT " + COLUMNS + " FROM user_account WHERE user_id = ?", UserAccountReader::map, userId)
                .stream()
                .findFirst();
    }

    /** By address: the address's claim is written with the registration itself, so a new account is found. */
    public Optional<UserAccountResponse> byEmail(String email) {
        return jdbc
                .query(
                        "SELECT user_id FROM email_directory WHERE email = ?",
                        (rs, row) -> rs.getString(1),
                        EmailAddress.normalise(email))
                .stream()
                .findFirst()
                .flatMap(this::byId);
    }

    private static UserAccountResponse map(ResultSet rs, int row) throws SQLException {
        return new UserAccountResponse(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                Arrays.asList(rs.getString(4).split(",")),
                rs.getBoolean(5),
                rs.getString(6),
                rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant());
    }
}
