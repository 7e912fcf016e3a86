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
 * untouched log always verifies in full. The chain is keyed: a log sealed under another key does not verify.
 */
class AuditLogImmutabilityProperties {

    private static final SealKey KEY = new SealKey("the platform's seal key, 32+ bytes long".getBytes());
    private static final SealKey OTHER_KEY = new SealKey("someone else's key, also 32+ bytes long".getBytes());

    private record Link(long link, long index, String eventId, byte[] hash) {}

    @Property(tries = 300)
    void anUntouchedLogVerifiesInFull(@ForAll("logs") List<StoredEvent> log) {
        ChainCheck check = verify(seal(log, KEY), log, log, List.of());
        assertThat(check.firstBroken()).isEmpty();
        assertThat(check.verified()).isEqualTo(log.size());
    }

    @Property(tries = 100)
    void aLogSealedUnderAnotherKeyDoesNotVerify(@ForAll("logs") List<StoredEvent> log) {
        List<Link> forged = seal(log, OTHER_KEY);
        ChainCheck check = verify(forged, log, log, List.of());
        assertThat(check.firstBroken()).isPresent();
        assertThat(check.verified()).isZero();
    }

    @Property(tries = 100)
    void anEventWithoutTheAppendMacIsNamedWhateverItsIndex(@ForAll("logs") List<StoredEvent> log, @ForAll long index) {
        StoredEvent template = log.get(0);
        StoredEvent forged = new StoredEvent(
                index,
                "forged",
                template.aggregateId(),
                99,
                template.type(),
                template.timestamp(),
                template.payloadType(),
                template.payloadRevision(),
                template.payload(),
                template.metaData());
        ChainCheck check = verify(seal(log, KEY), log, log, List.of());
        check.unsealed(forged, null, false);
        assertThat(check.firstBroken())
                .contains(new ChainCheck.BrokenEvent(
                        index, "forged", "INSERTED", "no append MAC: the event was not appended by the platform"));
        ChainCheck withStolenMac = verify(seal(log, KEY), log, log, List.of());
        withStolenMac.unsealed(forged, KEY.appendMac(template), false);
        assertThat(withStolenMac.firstBroken().map(ChainCheck.BrokenEvent::problem))
                .contains("MODIFIED");
    }

    @Property(tries = 300)
    void aChangedColumnIsNamed(
            @ForAll("logs") List<StoredEvent> log,
            @ForAll @IntRange(max = 999) int which,
            @ForAll @IntRange(max = 9) int column,
            @ForAll @IntRange(min = 1, max = 255) int flip) {
        List<Link> seal = seal(log, KEY);
        int victim = which % log.size();
        List<StoredEvent> tampered = new ArrayList<>(log);
        tampered.set(victim, change(log.get(victim), column, flip));
        Optional<ChainCheck.BrokenEvent> broken =
                verify(seal, log, tampered, List.of()).firstBroken();
        assertThat(broken).isPresent();
        assertThat(broken.get().globalIndex()).isEqualTo(log.get(victim).globalIndex());
        assertThat(broken.get().problem()).isEqualTo("MODIFIED");
    }

    @Property(tries = 300)
    void aRemovedEventIsNamed(@ForAll("logs") List<StoredEvent> log, @ForAll @IntRange(max = 999) int which) {
        List<Link> seal = seal(log, KEY);
        int victim = which % log.size();
        List<StoredEvent> tampered = new ArrayList<>(log);
        tampered.set(victim, null);
        Optional<ChainCheck.BrokenEvent> broken =
                verify(seal, log, tampered, List.of()).firstBroken();
        assertThat(broken).isPresent();
        assertThat(broken.get().globalIndex()).isEqualTo(log.get(victim).globalIndex());
        assertThat(broken.get().eventId()).isEqualTo(log.get(victim).eventId());
        assertThat(broken.get().problem()).isEqualTo("DELETED");
    }

    @Property(tries = 300)
    void anEventSlippedIntoTheSealedRangeIsNamed(
            @ForAll("logs") List<StoredEvent> log, @ForAll @IntRange(max = 999) int which) {
        List<Link> seal = seal(log, KEY);
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
                verify(seal, log, log, List.of(forged)).firstBroken();
        assertThat(broken.map(b -> List.of(b.globalIndex(), b.eventId(), b.problem())))
                .contains(List.of(forged.globalIndex(), "forged", "INSERTED"));
    }

    /** What AuditSealer stores: one link per event, numbered 1, 2, 3..., chained in global order. */
    private static List<Link> seal(List<StoredEvent> log, SealKey key) {
        List<Link> links = new ArrayList<>();
        byte[] previous = EventChain.GENESIS;
        for (StoredEvent event : log) {
            long number = links.size() + 1;
            previous = key.link(previous, number, event);
            links.add(new Link(number, event.globalIndex(), event.eventId(), previous));
        }
        return links;
    }

    /**
     * What ChainVerification does with the rows it reads: links joined to today's rows, each with the append MAC the
     * platform wrote for the original event (found by event id, so none for a changed id), then the events no link
     * names.
     */
    private static ChainCheck verify(
            List<Link> seal, List<StoredEvent> original, List<StoredEvent> stored, List<StoredEvent> unsealed) {
        ChainCheck check = new ChainCheck(KEY);
        for (int i = 0; i < seal.size(); i++) {
            Link link = seal.get(i);
            StoredEvent now = stored.get(i);
            byte[] mac = now != null && now.eventId().equals(original.get(i).eventId())
                    ? KEY.appendMac(original.get(i))
                    : null;
            check.seal(new ChainCheck.SealRow(link.link(), link.index(), link.eventId(), link.hash()), now, mac, false);
        }
        check.endOfSeal();
        unsealed.forEach(event -> check.unsealed(event, null, false));
        check.finish();
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
