package org.muejam.infra.gdpr;

import java.util.List;
import org.muejam.command.gdpr.PendingDeletions;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.shared.identity.UserId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Pending deletion requests in PostgreSQL, written in the transaction of the command that opens or ends them. */
@Component
public class JdbcPendingDeletions implements PendingDeletions {

    private final JdbcTemplate jdbc;

    public JdbcPendingDeletions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void claim(UserId userId, String requestId) {
        int inserted = jdbc.update(
                "INSERT INTO pending_deletion (user_id, request_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                userId.value(),
                requestId);
        if (inserted == 0) {
            List<String> pending = jdbc.queryForList(
                    "SELECT request_id FROM pending_deletion WHERE user_id = ?", String.class, userId.value());
            throw DomainRuleViolation.conflict(
                            "deletion-already-requested", null, "a deletion request of this account is pending")
                    .with("requestId", pending.isEmpty() ? null : pending.get(0));
        }
    }

    @Override
    public void release(UserId userId, String requestId) {
        jdbc.update("DELETE FROM pending_deletion WHERE user_id = ? AND request_id = ?", userId.value(), requestId);
    }
}
