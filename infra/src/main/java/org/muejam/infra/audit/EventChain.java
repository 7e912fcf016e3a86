package org.muejam.infra.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The SHA-256 link of one stored event: hash(previous link, every stored column of the event, length-prefixed). */
public final class EventChain {

    public static final byte[] GENESIS = new byte[32];

    private EventChain() {}

    public static byte[] link(byte[] previous, StoredEvent event) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        digest.update(previous);
        digest.update(ByteBuffer.allocate(8).putLong(event.globalIndex()).array());
        text(digest, event.eventId());
        text(digest, event.aggregateId());
        digest.update(ByteBuffer.allocate(8).putLong(event.sequenceNumber()).array());
        text(digest, event.type());
        text(digest, event.timestamp());
        text(digest, event.payloadType());
        text(digest, event.payloadRevision());
        bytes(digest, event.payload());
        bytes(digest, event.metaData());
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
