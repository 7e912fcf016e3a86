package org.muejam.infra.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the append MAC of events just stored, in the transaction that stores them: the rows are read back as
 * stored, so the MAC covers exactly the bytes the table holds.
 */
public class AppendAuthenticator {

    private record Authenticated(String eventId, byte[] mac) {}

    private final JdbcTemplate jdbc;
    private final SealKey key;

    public AppendAuthenticator(JdbcTemplate jdbc, SealKey key) {
        this.jdbc = jdbc;
        this.key = key;
    }

    /** Authenticates the stored events with these identifiers; call it inside the transaction that appended them. */
    public void authenticate(Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return;
        }
        List<Authenticated> macs = new ArrayList<>(eventIds.size());
        jdbc.query(
                "SELECT " + StoredEvent.COLUMNS + " FROM domain_event_entry WHERE event_identifier = ANY (?)",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("varchar", eventIds.toArray())),
                rs -> {
                    StoredEvent stored = StoredEvent.from(rs);
                    macs.add(new Authenticated(stored.eventId(), key.appendMac(stored)));
                });
        if (macs.size() != eventIds.size()) {
            throw new IllegalStateException(
                    "authenticating " + eventIds.size() + " appended events found " + macs.size() + " stored");
        }
        jdbc.batchUpdate("INSERT INTO audit_event_mac (event_identifier, mac) VALUES (?, ?)", macs, 500, (ps, mac) -> {
            ps.setString(1, mac.eventId());
            ps.setBytes(2, mac.mac());
        });
    }
}
