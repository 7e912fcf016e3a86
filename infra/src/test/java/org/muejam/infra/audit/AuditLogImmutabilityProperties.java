package org.muejam.infra.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Audit log immutability: whatever is done to a sealed log — one byte of one
 * column changed, one event removed, one event slipped in — verification names exactly that event, and an
 * untouched log always verifies in full.
 */
class AuditLogImmutabilityProperties {

    private record Link(long index, String eventId, byte[] hash) {}

    @Property(tries = 300)
    void anUntouchedLogVerifiesInFull(@ForAll("logs") List<StoredEvent> log) {
        ChainCheck check = verify(seal(log), log, List.of());
        assertThat(check.firstBroken()).isEmpty();
        assertThat(check.verified()).isEqualTo(log.size());
    }

    @Property(tries = 300)
    void aChangedColumnIsNamed(
            @ForAll("logs") List<StoredEvent> log,
            @ForAll @IntRange(max = 999) int which,
            @ForAll @IntRange(max = 9) int column,
            @ForAll @IntRange(min = 1, max = 255) int flip) {
        List<Link> seal = seal(log);
        int victim = which % log.size();
        List<StoredEvent> tampered = new ArrayList<>(log);
        tampered.set(victim, change(log.get(victim), column, flip));
        Optional<ChainCheck.BrokenEvent> broken =
                verify(seal, tampered, List.of()).firstBroken();
        assertThat(broken).isPresent();
        assertThat(broken.get().globalIndex()).isEqualTo(log.get(victim).globalIndex());
        assertThat(broken.get().problem()).isEqualTo("MODIFIED");
    }

    @Property(tries = 300)
    void aRemovedEventIsNamed(@ForAll("logs") List<StoredEvent> log, @ForAll @IntRange(max = 999) int which) {
        List<Link> seal = seal(log);
        int victim = which % log.size();
        List<StoredEvent> tampered = new ArrayList<>(log);
        tampered.set(victim, null);
        Optional<ChainCheck.BrokenEvent> broken =
                verify(seal, tampered, List.of()).firstBroken();
        assertThat(broken).isPresent();
        assertThat(broken.get())
                .isEqualTo(new ChainCheck.BrokenEvent(
                        log.get(victim).globalIndex(), log.get(victim).eventId(), "DELETED"));
    }

    @Property(tries = 300)
    void anEventSlippedIntoTheSealedRangeIsNamed(
            @ForAll("logs") List<StoredEvent> log, @ForAll @IntRange(max = 999) int which) {
        List<Link> seal = seal(log);
        StoredEvent template = log.get(which % log.size());
        // sealed indexes are even, so an odd index inside the range was never sealed
        StoredEvent forged = new StoredEvent(
                template.globalIndex() - 1,
                "forged",
                template.aggregateId(),
                99,
                template.type(),
                template.timestamp(),
                template.payloadType(),
                template.payloadRevision(),
                template.payload(),
                template.metaData());
        Optional<ChainCheck.BrokenEvent> broken =
                verify(seal, log, List.of(forged)).firstBroken();
        assertThat(broken).contains(new ChainCheck.BrokenEvent(forged.globalIndex(), "forged", "INSERTED"));
    }

    /** What AuditSealer stores: one link per event, chained in global order. */
    private static List<Link> seal(List<StoredEvent> log) {
        List<Link> links = new ArrayList<>();
        byte[] previous = EventChain.GENESIS;
        for (StoredEvent event : log) {
            previous = EventChain.link(previous, event);
            links.add(new Link(event.globalIndex(), event.eventId(), previous));
        }
        return links;
    }

    /** What AuditVerifier does with the rows it reads: links joined to today's rows, then unsealed rows. */
    private static ChainCheck verify(List<Link> seal, List<StoredEvent> stored, List<StoredEvent> unsealed) {
        ChainCheck check = new ChainCheck();
        for (int i = 0; i < seal.size(); i++) {
            Link link = seal.get(i);
            if (check.next(link.index(), link.eventId(), link.hash(), stored.get(i))
                    .isPresent()) {
                break;
            }
        }
        unsealed.stream()
                .filter(e -> e.globalIndex() <= check.lastSealed())
                .findFirst()
                .ifPresent(check::inserted);
        return check;
    }

    private static StoredEvent change(StoredEvent e, int column, int flip) {
        return switch (column) {
            case 0 ->
                new StoredEvent(
                        e.globalIndex(),
                        e.eventId() + "x",
                        e.aggregateId(),
                        e.sequenceNumber(),
                        e.type(),
                        e.timestamp(),
                        e.payloadType(),
                        e.payloadRevision(),
                        e.payload(),
                        e.metaData());
            case 1 ->
                new StoredEvent(
                        e.globalIndex(),
                        e.eventId(),
                        e.aggregateId() + "x",
                        e.sequenceNumber(),
                        e.type(),
                        e.timestamp(),
                        e.payloadType(),
                        e.payloadRevision(),
                        e.payload(),
                        e.metaData());
            case 2 ->
                new StoredEvent(
                        e.globalIndex(),
                        e.eventId(),
                        e.aggregateId(),
                        e.sequenceNumber() + flip,
                        e.type(),
                        e.timestamp(),
                        e.payloadType(),
                        e.payloadRevision(),
                        e.payload(),
                        e.metaData());
            case 3 ->
                new StoredEvent(
                        e.globalIndex(),
                        e.eventId(),
                        e.aggregateId(),
                        e.sequenceNumber(),
                        e.type() + "x",
                        e.timestamp(),
                        e.payloadType(),
                        e.payloadRevision(),
                        e.payload(),
                        e.metaData());
            case 4 ->
                new StoredEvent(
                        e.globalIndex(),
                        e.eventId(),
                        e.aggregateId(),
                        e.sequenceNumber(),
                        e.type(),
                        e.timestamp() + "1",
                        e.payloadType(),
                        e.payloadRevision(),
                        e.payload(),
                        e.metaData());
            case 5 ->
                new StoredEvent(
                        e.globalIndex(),
                        e.eventId(),
                        e.aggregateId(),
                        e.sequenceNumber(),
                        e.type(),
                        e.timestamp(),
                        e.payloadType() + "x",
                        e.payloadRevision(),
                        e.payload(),
                        e.metaData());
            case 6 ->
                new StoredEvent(
                        e.globalIndex(),
                        e.eventId(),
                        e.aggregateId(),
                        e.sequenceNumber(),
                        e.type(),
                        e.timestamp(),
                        e.payloadType(),
                        "2",
                        e.payload(),
                        e.metaData());
            case 7 ->
                new StoredEvent(
                        e.globalIndex(),
                        e.eventId(),
                        e.aggregateId(),
                        e.sequenceNumber(),
                        e.type(),
                        e.timestamp(),
                        e.payloadType(),
                        e.payloadRevision(),
                        flipped(e.payload(), flip),
                        e.metaData());
            case 8 ->
                new StoredEvent(
                        e.globalIndex(),
                        e.eventId(),
                        e.aggregateId(),
                        e.sequenceNumber(),
                        e.type(),
                        e.timestamp(),
                        e.payloadType(),
                        e.payloadRevision(),
                        e.payload(),
                        flipped(e.metaData(), flip));
            default ->
                new StoredEvent(
                        e.globalIndex(),
                        e.eventId(),
                        e.aggregateId(),
                        e.sequenceNumber(),
                        e.type(),
                        e.timestamp(),
                        e.payloadType(),
                        e.payloadRevision(),
                        Arrays.copyOf(e.payload(), e.payload().length + 1),
                        e.metaData());
        };
    }

    private static byte[] flipped(byte[] bytes, int flip) {
        byte[] copy = bytes.clone();
        copy[flip % copy.length] ^= (byte) flip;
        return copy;
    }

    @Provide
    Arbitrary<List<StoredEvent>> logs() {
        Arbitrary<byte[]> blobs =
                Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(64);
        Arbitrary<String> ids =
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12);
        Arbitrary<StoredEvent> events = Combinators.combine(ids, ids, blobs, blobs)
                .as((event, aggregate, payload, meta) -> new StoredEvent(
                        0,
                        event,
                        aggregate,
                        0,
                        "UserAccount",
                        "2026-01-01T00:00:00Z",
                        "org.muejam.Event",
                        "1",
                        payload,
                        meta));
        return events.list().ofMinSize(1).ofMaxSize(30).map(list -> {
            List<StoredEvent> numbered = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                StoredEvent e = list.get(i);
                numbered.add(new StoredEvent(
                        2L * (i + 1),
                        e.eventId() + "-" + i,
                        e.aggregateId(),
                        i,
                        e.type(),
                        e.timestamp(),
                        e.payloadType(),
                        e.payloadRevision(),
                        e.payload(),
                        e.metaData()));
            }
            return numbered;
        });
    }
}
