package org.muejam.infra.audit;

import java.sql.ResultSet;
import java.sql.SQLException;

/** One row of the event table exactly as stored: what the seal covers. */
public record StoredEvent(
        long globalIndex,
        String eventId,
        String aggregateId,
        long sequenceNumber,
        String type,
        String timestamp,
        String payloadType,
        String payloadRevision,
        byte[] payload,
        byte[] metaData) {

    static final String COLUMNS = "global_index, event_identifier, aggregate_identifier, sequence_number, type, "
            + "time_stamp, payload_type, payload_revision, payload, meta_data";

    /** The columns, each qualified with a table alias. */
    static String columns(String alias) {
        return alias + "." + COLUMNS.replace(", ", ", " + alias + ".");
    }

    static StoredEvent from(ResultSet row) throws SQLException {
        return new StoredEvent(
                row.getLong("global_index"),
                row.getString("event_identifier"),
                row.getString("aggregate_identifier"),
                row.getLong("sequence_number"),
                row.getString("type"),
                row.getString("time_stamp"),
                row.getString("payload_type"),
                row.getString("payload_revision"),
                row.getBytes("payload"),
                row.getBytes("meta_data"));
    }
}
