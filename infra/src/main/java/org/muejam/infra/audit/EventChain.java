package org.muejam.infra.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.crypto.Mac;

/**
 * How a stored event is fed to a MAC: every stored column, each length-prefixed, so that no two different rows
 * give the same bytes. The global index is not among them: the database assigns it after the append is
 * authenticated; the chain adds it.
 */
public final class EventChain {

    /** The link before the first one. */
    public static final byte[] GENESIS = new byte[32];

    private EventChain() {}

    /** Every stored column of the event except the global index. */
    static void columns(Mac mac, StoredEvent event) {
        text(mac, event.eventId());
        text(mac, event.aggregateId());
        mac.update(number(event.sequenceNumber()));
        text(mac, event.type());
        text(mac, event.timestamp());
        text(mac, event.payloadType());
        text(mac, event.payloadRevision());
        bytes(mac, event.payload());
        bytes(mac, event.metaData());
    }

    static byte[] number(long value) {
        return ByteBuffer.allocate(8).putLong(value).array();
    }

    private static void text(Mac mac, String value) {
        bytes(mac, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static void bytes(Mac mac, byte[] value) {
        if (value == null) {
            mac.update(ByteBuffer.allocate(4).putInt(-1).array());
            return;
        }
        mac.update(ByteBuffer.allocate(4).putInt(value.length).array());
        mac.update(value);
    }
}
