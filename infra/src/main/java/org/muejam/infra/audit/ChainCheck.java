package org.muejam.infra.audit;

import java.util.Arrays;
import java.util.Optional;

/**
 * Walks the seal link by link, in global order, against the events as they are stored now, and stops at the
 * first link that no longer matches: the event is gone (DELETED) or its bytes changed (MODIFIED).
 */
public final class ChainCheck {

    public record BrokenEvent(long globalIndex, String eventId, String problem) {}

    private byte[] previous = EventChain.GENESIS;
    private long verified;
    private long lastSealed;
    private BrokenEvent broken;

    /** Checks the next link; {@code stored} is null when the sealed event is no longer in the table. */
    public Optional<BrokenEvent> next(long sealedIndex, String sealedEventId, byte[] sealedHash, StoredEvent stored) {
        if (broken != null) {
            return Optional.of(broken);
        }
        lastSealed = sealedIndex;
        if (stored == null) {
            broken = new BrokenEvent(sealedIndex, sealedEventId, "DELETED");
        } else {
            byte[] hash = EventChain.link(previous, stored);
            if (!Arrays.equals(hash, sealedHash) || !sealedEventId.equals(stored.eventId())) {
                broken = new BrokenEvent(sealedIndex, stored.eventId(), "MODIFIED");
            } else {
                previous = hash;
                verified++;
            }
        }
        return Optional.ofNullable(broken);
    }

    /** An event inside the sealed range that has no link was slipped in after sealing. */
    public Optional<BrokenEvent> inserted(StoredEvent unsealed) {
        BrokenEvent insertion = new BrokenEvent(unsealed.globalIndex(), unsealed.eventId(), "INSERTED");
        if (broken == null || insertion.globalIndex() < broken.globalIndex()) {
            broken = insertion;
        }
        return Optional.of(broken);
    }

    public Optional<BrokenEvent> firstBroken() {
        return Optional.ofNullable(broken);
    }

    public long verified() {
        return verified;
    }

    public long lastSealed() {
        return lastSealed;
    }
}
