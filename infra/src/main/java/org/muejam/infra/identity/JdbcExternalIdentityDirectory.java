package org.muejam.infra.identity;

import java.util.Optional;
import org.muejam.command.identity.ExternalIdentityDirectory;
import org.muejam.shared.identity.ExternalIdentity;
import org.muejam.shared.identity.UserId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** External identities' links in PostgreSQL, written in the transaction of the registration that links them. */
@Component
public class JdbcExternalIdentityDirectory implements ExternalIdentityDirectory {

    private final JdbcTemplate jdbc;

    public JdbcExternalIdentityDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void link(ExternalIdentity identity, UserId userId) {
        int inserted = jdbc.update(
                "INSERT INTO external_identity_directory (issuer, subject, user_id) VALUES (?, ?, ?) "
                        + "ON CONFLICT DO NOTHING",
                identity.issuer(),
                identity.subject(),
                userId.value());
        if (inserted == 0) {
            throw ExternalIdentityDirectory.alreadyLinked();
        }
    }

    @Override
    public Optional<UserId> accountOf(ExternalIdentity identity) {
        return jdbc
                .query(
                        "SELECT user_id FROM external_identity_directory WHERE issuer = ? AND subject = ?",
                        (rs, row) -> UserId.of(rs.getString(1)),
                        identity.issuer(),
                        identity.subject())
                .stream()
                .findFirst();
    }
}
