package org.muejam.infra.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the chain from the stored bytes, page by page, and reports the first event that was changed,
 * removed, or slipped into the sealed range without a link.
 */
@Component
public class AuditVerifier {

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Verification(
            String status, long eventsVerified, ChainCheck.BrokenEvent firstBrokenEvent, long pendingEvents) {}

    private static final int PAGE = 1000;

    private final JdbcTemplate jdbc;

    public AuditVerifier(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Verification verify() {
        ChainCheck check = new ChainCheck();
        long after = Long.MIN_VALUE;
        while (check.firstBroken().isEmpty()) {
            long[] rows = {0};
            jdbc.query(
                    "SELECT s.global_index AS sealed_index, s.event_identifier AS sealed_id, s.chain_hash, e.* "
                            + "FROM audit_seal s LEFT JOIN domain_event_entry e ON e.global_index = s.global_index "
                            + "WHERE s.global_index > ? ORDER BY s.global_index LIMIT " + PAGE,
                    rs -> {
                        rows[0]++;
                        check.next(
                                rs.getLong("sealed_index"),
                                rs.getString("sealed_id"),
                                rs.getBytes("chain_hash"),
                                rs.getString("event_identifier") == null ? null : StoredEvent.from(rs));
                    },
                    after);
            after = check.lastSealed();
            if (rows[0] < PAGE) {
                break;
            }
        }
        jdbc.query(
                "SELECT e.* FROM domain_event_entry e LEFT JOIN audit_seal s ON s.global_index = e.global_index "
                        + "WHERE s.global_index IS NULL AND e.global_index <= ? ORDER BY e.global_index LIMIT 1",
                rs -> {
                    check.inserted(StoredEvent.from(rs));
                },
                check.lastSealed());
        Long pending = jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE global_index > ?", Long.class, check.lastSealed());
        return new Verification(
                check.firstBroken().isEmpty() ? "OK" : "BROKEN",
                check.verified(),
                check.firstBroken().orElse(null),
                pending == null ? 0 : pending);
    }
}
