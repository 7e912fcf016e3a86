package org.muejam.infra.identity;

import org.muejam.command.identity.TwoFactorDirectory;
import org.muejam.shared.identity.UserId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Accounts with two-factor authentication on, in PostgreSQL, written in the transaction of the command. */
@Component
public class JdbcTwoFactorDirectory implements TwoFactorDirectory {

    private final JdbcTemplate jdbc;

    public JdbcTwoFactorDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void enabled(UserId userId) {
        jdbc.update("""
                INSERT INTO two_factor_directory (user_id, enabled_at) VALUES (?, now())
                ON CONFLICT (user_id) DO UPDATE SET enabled_at = excluded.enabled_at""", userId.value());
    }

    @Override
    public void disabled(UserId userId) {
        jdbc.update("DELETE FROM two_factor_directory WHERE user_id = ?", userId.value());
    }

    @Override
    public boolean isEnabled(UserId userId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM two_factor_directory WHERE user_id = ?)", Boolean.class, userId.value()));
    }
}
