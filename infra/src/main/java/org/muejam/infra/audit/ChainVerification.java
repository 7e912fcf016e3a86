package org.muejam.infra.audit;

import java.security.PublicKey;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Verification of the whole log, in plain JDBC so that it runs in the platform and offline alike: every seal row
 * in link order joined to the event it names, then every event no seal row names, then the last checkpoint. Run it
 * in one read-only repeatable-read transaction, so that it sees one state of the log.
 */
public final class ChainVerification {

    private static final int PAGE = 1000;

    private static final String SEAL_PAGE =
            "SELECT s.link, s.global_index AS sealed_index, s.event_identifier AS sealed_id, "
                    + "s.chain_hash, " + StoredEvent.columns("e") + ", m.mac, l.event_identifier IS NOT NULL AS legacy "
                    + "FROM audit_seal s "
                    + "LEFT JOIN domain_event_entry e ON e.global_index = s.global_index "
                    + "LEFT JOIN audit_event_mac m ON m.event_identifier = e.event_identifier "
                    + "LEFT JOIN audit_legacy_event l ON l.event_identifier = e.event_identifier "
                    + "WHERE (s.link, s.chain_hash) > (?, ?) ORDER BY s.link, s.chain_hash LIMIT " + PAGE;

    private static final String UNSEALED_PAGE = "SELECT " + StoredEvent.columns("e")
            + ", m.mac, l.event_identifier IS NOT NULL AS legacy "
            + "FROM domain_event_entry e "
            + "LEFT JOIN audit_event_mac m ON m.event_identifier = e.event_identifier "
            + "LEFT JOIN audit_legacy_event l ON l.event_identifier = e.event_identifier "
            + "WHERE e.global_index > ? AND NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.global_index = e.global_index) "
            + "ORDER BY e.global_index LIMIT " + PAGE;

    private ChainVerification() {}

    public static AuditVerifier.Verification run(
            JdbcTemplate jdbc, SealKey key, Optional<SignedCheckpoint> latest, PublicKey checkpointKey) {
        ChainCheck check = new ChainCheck(key);
        latest.ifPresent(checkpoint -> check.checkpoint(checkpoint, checkpointKey));
        long[] link = {Long.MIN_VALUE};
        byte[][] hash = {new byte[0]};
        int rows;
        do {
            int[] count = {0};
            jdbc.query(
                    SEAL_PAGE,
                    rs -> {
                        count[0]++;
                        ChainCheck.SealRow row = new ChainCheck.SealRow(
                                rs.getLong("link"),
                                rs.getLong("sealed_index"),
                                rs.getString("sealed_id"),
                                rs.getBytes("chain_hash"));
                        check.seal(
                                row,
                                rs.getString("event_identifier") == null ? null : StoredEvent.from(rs),
                                rs.getBytes("mac"),
                                rs.getBoolean("legacy"));
                        link[0] = row.link();
                        hash[0] = row.chainHash();
                    },
                    link[0],
                    hash[0]);
            rows = count[0];
        } while (rows == PAGE);
        check.endOfSeal();
        long[] after = {Long.MIN_VALUE};
        do {
            int[] count = {0};
            jdbc.query(
                    UNSEALED_PAGE,
                    rs -> {
                        count[0]++;
                        StoredEvent event = StoredEvent.from(rs);
                        check.unsealed(event, rs.getBytes("mac"), rs.getBoolean("legacy"));
                        after[0] = event.globalIndex();
                    },
                    after[0]);
            rows = count[0];
        } while (rows == PAGE);
        check.finish();
        return new AuditVerifier.Verification(
                check.firstBroken().isEmpty() ? "OK" : "BROKEN",
                check.verified(),
                check.firstBroken().orElse(null),
                check.pending(),
                check.problems(),
                check.checkedCheckpoint().map(SignedCheckpoint::position).orElse(null));
    }
}
