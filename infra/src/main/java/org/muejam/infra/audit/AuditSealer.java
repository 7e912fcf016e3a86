package org.muejam.infra.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Extends the SHA-256 chain over the event log, one link per event in global order. A gap in the order (an
 * append still in flight) holds sealing back until it fills or is older than the gap timeout; a gap skipped that
 * way and filled later shows up in verification as an inserted event.
 */
@Component
public class AuditSealer {

    static final Duration GAP_TIMEOUT = Duration.ofSeconds(10);
    private static final int BATCH = 1000;
    /** Only one node extends the chain at a time. */
    private static final long LOCK_KEY = 0x6d75656a616d01L;

    private record Link(long globalIndex, String eventId, byte[] hash) {}

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public AuditSealer(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${muejam.audit.seal-interval:500ms}", initialDelayString = "1s")
    public void sealScheduled() {
        sealPending();
    }

    /** Seals every event that can be sealed now; returns how many were sealed. */
    public synchronized int sealPending() {
        int total = 0;
        int sealed;
        do {
            sealed = transaction.execute(status -> sealBatch());
            total += sealed;
        } while (sealed == BATCH);
        return total;
    }

    private int sealBatch() {
        Boolean locked = jdbc.queryForObject("SELECT pg_try_advisory_xact_lock(?)", Boolean.class, LOCK_KEY);
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        List<Link> head = jdbc.query(
                "SELECT global_index, event_identifier, chain_hash FROM audit_seal ORDER BY global_index DESC LIMIT 1",
                (rs, i) -> new Link(rs.getLong(1), rs.getString(2), rs.getBytes(3)));
        long last = head.isEmpty() ? 0 : head.get(0).globalIndex();
        byte[][] previous = {head.isEmpty() ? EventChain.GENESIS : head.get(0).hash()};
        Instant gapDeadline = clock.instant().minus(GAP_TIMEOUT);
        List<Link> links = new ArrayList<>();
        long[] expected = {last + 1};
        boolean[] held = {false};
        jdbc.query(
                "SELECT " + StoredEvent.COLUMNS + " FROM domain_event_entry WHERE global_index > ? "
                        + "ORDER BY global_index LIMIT " + BATCH,
                rs -> {
                    long index = rs.getLong("global_index");
                    if (held[0]) {
                        return;
                    }
                    if (index != expected[0]
                            && Instant.parse(rs.getString("time_stamp")).isAfter(gapDeadline)) {
                        held[0] = true; // a gap before a recent event: an earlier append may still commit
                        return;
                    }
                    byte[] hash = EventChain.link(previous[0], StoredEvent.from(rs));
                    links.add(new Link(index, rs.getString("event_identifier"), hash));
                    previous[0] = hash;
                    expected[0] = index + 1;
                },
                last);
        jdbc.batchUpdate(
                "INSERT INTO audit_seal (global_index, event_identifier, chain_hash, sealed_at) VALUES (?, ?, ?, ?)",
                links,
                500,
                (ps, link) -> {
                    ps.setLong(1, link.globalIndex());
                    ps.setString(2, link.eventId());
                    ps.setBytes(3, link.hash());
                    ps.setTimestamp(4, Timestamp.from(clock.instant()));
                });
        return links.size();
    }
}
