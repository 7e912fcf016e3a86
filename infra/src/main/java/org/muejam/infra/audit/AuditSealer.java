package org.muejam.infra.audit;

import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Extends the keyed chain over the event log, one link per authentic event in global order, numbering its links
 * 1, 2, 3... itself. It trusts no seal row it did not write in order: each run it follows the rows after the head it
 * verified last, recomputing each under the key, and extends only that head; a row that does not recompute, or that
 * jumps ahead, is logged and left for verify to report, and never stops sealing. An event without a valid append MAC
 * is logged and left out of the chain. A gap in the global order before an authentic recent event (an append still
 * in flight) holds sealing back until it fills or the event is older than the gap timeout.
 */
@Component
public class AuditSealer {

    static final Duration GAP_TIMEOUT = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(AuditSealer.class);
    private static final int BATCH = 1000;
    /** Only one node extends the chain at a time. */
    private static final long LOCK_KEY = 0x6d75656a616d01L;

    private static final String ROWS_AFTER =
            "SELECT s.link, s.global_index AS sealed_index, s.event_identifier AS sealed_id, "
                    + "s.chain_hash, " + StoredEvent.columns("e") + ", m.mac, l.event_identifier IS NOT NULL AS legacy "
                    + "FROM audit_seal s "
                    + "LEFT JOIN domain_event_entry e ON e.global_index = s.global_index "
                    + "LEFT JOIN audit_event_mac m ON m.event_identifier = e.event_identifier "
                    + "LEFT JOIN audit_legacy_event l ON l.event_identifier = e.event_identifier "
                    + "WHERE (s.link, s.chain_hash) > (?, ?) ORDER BY s.link, s.chain_hash LIMIT " + BATCH;

    private static final String EVENTS_AFTER = "SELECT " + StoredEvent.columns("e")
            + ", m.mac, l.event_identifier IS NOT NULL AS legacy "
            + "FROM domain_event_entry e "
            + "LEFT JOIN audit_event_mac m ON m.event_identifier = e.event_identifier "
            + "LEFT JOIN audit_legacy_event l ON l.event_identifier = e.event_identifier "
            + "WHERE e.global_index > ? ORDER BY e.global_index LIMIT " + BATCH;

    private record Link(long link, long globalIndex, String eventId, byte[] hash) {}

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final SealKey key;
    private final CheckpointStore checkpoints;
    private final CheckpointSigner signer;
    /** The last head this node verified; rows are append-only, so it is only ever followed forward. */
    private volatile ChainCheck.Head verified;
    /** What was already logged as not the platform's, so that a forged row is logged once, not every run. */
    private final Set<String> logged = Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > 10_000;
        }
    });

    public AuditSealer(
            JdbcTemplate jdbc,
            TransactionTemplate transaction,
            Clock clock,
            SealKey key,
            CheckpointStore checkpoints,
            CheckpointSigner signer) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        this.key = key;
        this.checkpoints = checkpoints;
        this.signer = signer;
    }

    @Scheduled(fixedDelayString = "${muejam.audit.seal-interval:500ms}", initialDelayString = "1s")
    public void sealScheduled() {
        sealPending();
    }

    /** Seals every event that can be sealed now; returns how many were sealed. */
    public synchronized int sealPending() {
        int total = 0;
        boolean[] more = {false};
        long[] cursor = {Long.MIN_VALUE};
        do {
            ChainCheck.Head[] head = {null};
            more[0] = false;
            Integer sealed = transaction.execute(status -> sealBatch(head, more, cursor));
            if (head[0] != null) {
                verified = head[0];
            }
            total += sealed == null ? 0 : sealed;
        } while (more[0]);
        return total;
    }

    /**
     * The chain's head as this node can verify it now, following the rows written since it last looked; call it
     * inside a transaction.
     */
    public synchronized ChainCheck.Head verifiedHead() {
        ChainCheck.Head head = follow(verified == null ? start() : verified);
        verified = head;
        return head;
    }

    /** Links the authentic events after the head (and after {@code cursor}, past events left out), one batch. */
    private int sealBatch(ChainCheck.Head[] result, boolean[] more, long[] cursor) {
        Boolean locked = jdbc.queryForObject("SELECT pg_try_advisory_xact_lock(?)", Boolean.class, LOCK_KEY);
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        ChainCheck.Head head = follow(verified == null ? start() : verified);
        result[0] = head;
        Instant gapDeadline = clock.instant().minus(GAP_TIMEOUT);
        List<Link> links = new ArrayList<>();
        ChainCheck.Head[] last = {head};
        long after = Math.max(head.globalIndex(), cursor[0]);
        long[] expected = {after + 1};
        boolean[] held = {false};
        int[] read = {0};
        jdbc.query(
                EVENTS_AFTER,
                rs -> {
                    read[0]++;
                    if (held[0]) {
                        return;
                    }
                    StoredEvent event = StoredEvent.from(rs);
                    cursor[0] = event.globalIndex();
                    if (!rs.getBoolean("legacy") && !key.authentic(event, rs.getBytes("mac"))) {
                        // an index taken by a committed row is no append in flight; the row is not the platform's
                        once(
                                "event " + event.eventId(),
                                () -> log.warn(
                                        "event {} at global index {} has no valid append MAC: it was not appended by the"
                                                + " platform and is left out of the seal",
                                        event.eventId(),
                                        event.globalIndex()));
                        expected[0] = event.globalIndex() + 1;
                        return;
                    }
                    if (event.globalIndex() != expected[0]
                            && Instant.parse(event.timestamp()).isAfter(gapDeadline)) {
                        held[0] = true; // a gap before a recent event: an earlier append may still commit
                        cursor[0] = event.globalIndex() - 1;
                        return;
                    }
                    long number = last[0].link() + 1;
                    byte[] hash = key.link(last[0].hash(), number, event);
                    links.add(new Link(number, event.globalIndex(), event.eventId(), hash));
                    last[0] = new ChainCheck.Head(number, event.globalIndex(), hash);
                    expected[0] = event.globalIndex() + 1;
                },
                after);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.batchUpdate(
                "INSERT INTO audit_seal (link, global_index, event_identifier, chain_hash, sealed_at) "
                        + "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                links,
                500,
                (ps, link) -> {
                    ps.setLong(1, link.link());
                    ps.setLong(2, link.globalIndex());
                    ps.setString(3, link.eventId());
                    ps.setBytes(4, link.hash());
                    ps.setTimestamp(5, now);
                });
        result[0] = last[0];
        // a full batch read means more may follow, even if rows in it were left out
        more[0] = read[0] == BATCH && !held[0];
        return links.size();
    }

    /** Where to start following when this node has no verified head: the last checkpoint it signed, or genesis. */
    private ChainCheck.Head start() {
        Optional<SignedCheckpoint> latest = checkpoints.latest();
        if (latest.isPresent() && CheckpointSigner.verify(signer.publicKey(), latest.get())) {
            SignedCheckpoint checkpoint = latest.get();
            byte[] hash = HexFormat.of().parseHex(checkpoint.chainHead());
            List<Long> link = jdbc.queryForList(
                    "SELECT link FROM audit_seal WHERE global_index = ? AND chain_hash = ?",
                    Long.class,
                    checkpoint.position(),
                    hash);
            if (!link.isEmpty()) {
                return new ChainCheck.Head(link.get(0), checkpoint.position(), hash);
            }
            log.warn(
                    "the chain does not pass through the checkpoint at position {}: following it from the start",
                    checkpoint.position());
        }
        return ChainCheck.Head.GENESIS;
    }

    /** Follows the chain from a verified head through every row after it that recomputes under the key. */
    private ChainCheck.Head follow(ChainCheck.Head from) {
        ChainCheck.Head[] head = {from};
        long[] link = {from.link()};
        byte[][] hash = {from.hash()};
        int[] rows = {0};
        do {
            rows[0] = 0;
            jdbc.query(
                    ROWS_AFTER,
                    rs -> {
                        rows[0]++;
                        long number = rs.getLong("link");
                        byte[] chainHash = rs.getBytes("chain_hash");
                        link[0] = number;
                        hash[0] = chainHash;
                        ChainCheck.Head current = head[0];
                        if (number == current.link() + 1 && rs.getString("event_identifier") != null) {
                            StoredEvent event = StoredEvent.from(rs);
                            if (event.eventId().equals(rs.getString("sealed_id"))
                                    && MessageDigest.isEqual(key.link(current.hash(), number, event), chainHash)) {
                                head[0] = new ChainCheck.Head(number, event.globalIndex(), chainHash);
                                return;
                            }
                        }
                        String what = number > current.link() + 1 ? "jumps ahead of" : "does not follow";
                        long sealedIndex = rs.getLong("sealed_index");
                        String sealedId = rs.getString("sealed_id");
                        once(
                                "seal " + number + " " + HexFormat.of().formatHex(chainHash),
                                () -> log.warn(
                                        "seal row at link {} (global index {}, event {}) {} the chain's head at link {}: "
                                                + "not written by the sealer, ignored",
                                        number,
                                        sealedIndex,
                                        sealedId,
                                        what,
                                        current.link()));
                    },
                    link[0],
                    hash[0]);
        } while (rows[0] == BATCH);
        return head[0];
    }

    private void once(String what, Runnable logLine) {
        synchronized (logged) {
            if (!logged.add(what)) {
                return;
            }
        }
        logLine.run();
    }
}
