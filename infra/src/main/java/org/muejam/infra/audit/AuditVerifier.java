package org.muejam.infra.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Arrays;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the chain from the stored bytes and compares it link by link with the seal. Reports the first
 * event that was changed, removed, or slipped into the sealed range without a link.
 */
@Component
public class AuditVerifier {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BrokenEvent(long globalIndex, String eventId, String problem) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Verification(String status, long eventsVerified, BrokenEvent firstBrokenEvent, long pendingEvents) {
    }

    private static final int PAGE = 1000;

    private final JdbcTemplate jdbc;

    public AuditVerifier(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Verification verify() {
        byte[] previous = EventChain.GENESIS;
        long verified = 0;
        long after = Long.MIN_VALUE;
        BrokenEvent broken = null;
        long lastSealed = 0;
        while (broken == null) {
            Page page = new Page(previous);
            jdbc.query("SELECT s.global_index AS sealed_index, s.event_identifier AS sealed_id, s.chain_hash, e.* "
                    + "FROM audit_seal s LEFT JOIN domain_event_entry e ON e.global_index = s.global_index "
                    + "WHERE s.global_index > ? ORDER BY s.global_index LIMIT " + PAGE, rs -> {
                if (page.broken != null) {
                    return;
                }
                long index = rs.getLong("sealed_index");
                String sealedId = rs.getString("sealed_id");
                page.rows++;
                page.last = index;
                if (rs.getString("event_identifier") == null) {
                    page.broken = new BrokenEvent(index, sealedId, "DELETED");
                    return;
                }
                byte[] hash = EventChain.link(page.previous, rs);
                if (!Arrays.equals(hash, rs.getBytes("chain_hash")) || !sealedId.equals(rs.getString("event_identifier"))) {
                    page.broken = new BrokenEvent(index, rs.getString("event_identifier"), "MODIFIED");
                    return;
                }
                page.previous = hash;
                page.verified++;
            }, after);
            verified += page.verified;
            previous = page.previous;
            broken = page.broken;
            if (page.rows > 0) {
                lastSealed = page.last;
                after = page.last;
            }
            if (page.rows < PAGE) {
                break;
            }
        }
        BrokenEvent inserted = jdbc.query("""
                SELECT e.global_index, e.event_identifier FROM domain_event_entry e
                LEFT JOIN audit_seal s ON s.global_index = e.global_index
                WHERE s.global_index IS NULL AND e.global_index <= ? ORDER BY e.global_index LIMIT 1""",
                (rs, i) -> new BrokenEvent(rs.getLong(1), rs.getString(2), "INSERTED"), lastSealed)
                .stream().findFirst().orElse(null);
        if (inserted != null && (broken == null || inserted.globalIndex() < broken.globalIndex())) {
            broken = inserted;
        }
        Long pending = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE global_index > ?",
                Long.class, lastSealed);
        return new Verification(broken == null ? "OK" : "BROKEN", verified, broken, pending == null ? 0 : pending);
    }

    private static final class Page {
        byte[] previous;
        BrokenEvent broken;
        long verified;
        long rows;
        long last;

        Page(byte[] previous) {
            this.previous = previous;
        }
    }
}
