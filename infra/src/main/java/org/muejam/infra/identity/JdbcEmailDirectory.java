package org.muejam.infra.identity;

import org.muejam.command.identity.EmailDirectory;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.shared.identity.UserId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Email claims in PostgreSQL, written in the transaction of the command that claims them. */
@Component
public class JdbcEmailDirectory implements EmailDirectory {

    private final JdbcTemplate jdbc;

    public JdbcEmailDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void claim(String email, UserId userId) {
        int inserted = jdbc.update(
                "INSERT INTO email_directory (email, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                email,
                userId.value());
        if (inserted == 0) {
            throw DomainRuleViolation.conflict(
                    "email-already-registered", "email", "an account with this email address already exists");
        }
    }

    @Override
    public boolean isClaimed(String email) {
        Integer count =
                jdbc.queryForObject("SELECT count(*) FROM email_directory WHERE email = ?", Integer.class, email);
        return count != null && count > 0;
    }

    @Override
    public void release(UserId userId) {
        jdbc.update("DELETE FROM email_directory WHERE user_id = ?", userId.value());
    }
}
