package org.muejam.infra.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The SHA-256 link of one stored event: hash(previous link, every stored column of the event, length-prefixed). */
final class EventChain {

    static final byte[] GENESIS = new byte[32];
    static final String COLUMNS = "global_index, event_identifier, aggregate_identifier, sequence_number, type, "
            + "time_stamp, payload_type, payload_revision, payload, meta_data";

    private EventChain() {
    }

    static byte[] link(byte[] previous, ResultSet row) throws SQLException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        digest.update(previous);
        digest.update(ByteBuffer.allocate(8).putLong(row.getLong("global_index")).array());
        text(digest, row.getString("event_identifier"));
        text(digest, row.getString("aggregate_identifier"));
        digest.update(ByteBuffer.allocate(8).putLong(row.getLong("sequence_number")).array());
        text(digest, row.getString("type"));
        text(digest, row.getString("time_stamp"));
        text(digest, row.getString("payload_type"));
        text(digest, row.getString("payload_revision"));
        bytes(digest, row.getBytes("payload"));
        bytes(digest, row.getBytes("meta_data"));
        return digest.digest();
    }

    private static void text(MessageDigest digest, String value) {
        bytes(digest, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static void bytes(MessageDigest digest, byte[] value) {
        if (value == null) {
            digest.update(ByteBuffer.allocate(4).putInt(-1).array());
            return;
        }
        digest.update(ByteBuffer.allocate(4).putInt(value.length).array());
        digest.update(value);
    }
}
