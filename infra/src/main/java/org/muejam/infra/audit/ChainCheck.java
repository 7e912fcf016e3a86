package org.muejam.infra.audit;

import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Follows the keyed chain link by link against the events as they are stored now, then looks at every event no
 * link covers. What it reports (problem):
 * <ul>
 *   <li>DELETED: a sealed event is no longer at its index;
 *   <li>MODIFIED: an event's stored bytes no longer match its link or its append MAC;
 *   <li>INSERTED: an event without an append MAC (not appended by the platform), at whatever index;
 *   <li>UNSEALED: an authentic event inside the sealed range that no link covers;
 *   <li>SEAL_FORGED: a seal row the sealer did not write (its hash does not recompute under the key);
 *   <li>SEAL_GAP: a seal row that does not follow the chain's last link (links deleted, or a row at a jump);
 *   <li>CHECKPOINT_SIGNATURE, CHECKPOINT_MISMATCH: the last published checkpoint is not validly signed, or the
 *       chain no longer passes through the head it signed.
 * </ul>
 */
public final class ChainCheck {

    /** What is wrong, and with which event; {@code detail} says it in words. */
    public record BrokenEvent(long globalIndex, String eventId, String problem, String detail) {

        public BrokenEvent(long globalIndex, String eventId, String problem) {
            this(globalIndex, eventId, problem, null);
        }
    }

    /** One row of the seal table as stored. */
    public record SealRow(long link, long globalIndex, String eventId, byte[] chainHash) {}

    /** The last link the chain could be followed to. */
    public record Head(long link, long globalIndex, byte[] hash) {

        public static final Head GENESIS = new Head(0, 0, EventChain.GENESIS);

        public String hashHex() {
            return HexFormat.of().formatHex(hash);
        }
    }

    /** A seal row together with the event stored now at the index it names (null when there is none). */
    private record Candidate(SealRow row, StoredEvent stored, byte[] mac, boolean legacy) {}

    static final int MAX_PROBLEMS = 100;

    private final SealKey key;
    private Head head = Head.GENESIS;
    private long lastLinkedIndex;
    private final List<Candidate> candidates = new ArrayList<>();
    private final List<BrokenEvent> problems = new ArrayList<>();
    private BrokenEvent first;
    private long verified;
    private long pending;
    private SignedCheckpoint checkpoint;
    private boolean checkpointReached;

    public ChainCheck(SealKey key) {
        this.key = key;
    }

    /** The last published checkpoint: checked against the public key now, against the chain at {@link #finish()}. */
    public void checkpoint(SignedCheckpoint latest, PublicKey publicKey) {
        if (CheckpointSigner.verify(publicKey, latest)) {
            this.checkpoint = latest;
        } else {
            report(new BrokenEvent(
                    latest.position(),
                    null,
                    "CHECKPOINT_SIGNATURE",
                    "the checkpoint at position " + latest.position() + " is not signed by the checkpoint key"));
        }
    }

    /** The next seal row in (link, chain hash) order, with the event stored at its index now and its append MAC. */
    public void seal(SealRow row, StoredEvent stored, byte[] mac, boolean legacy) {
        if (!candidates.isEmpty() && candidates.get(0).row().link() != row.link()) {
            resolve();
        }
        if (row.link() <= head.link()) {
            report(new BrokenEvent(
                    row.globalIndex(),
                    row.eventId(),
                    "SEAL_FORGED",
                    "a second seal row at link " + row.link() + " that the sealer did not write"));
            return;
        }
        if (row.link() > head.link() + 1) {
            report(new BrokenEvent(
                    row.globalIndex(),
                    row.eventId(),
                    "SEAL_GAP",
                    "seal row at link " + row.link() + " does not follow link " + head.link()
                            + ": links deleted before it, or a row the sealer did not write"));
            head = new Head(row.link(), row.globalIndex(), row.chainHash());
            return;
        }
        if (stored != null
                && stored.eventId().equals(row.eventId())
                && MessageDigest.isEqual(key.link(head.hash(), row.link(), stored), row.chainHash())) {
            for (Candidate forged : candidates) {
                report(new BrokenEvent(
                        forged.row().globalIndex(),
                        forged.row().eventId(),
                        "SEAL_FORGED",
                        "a seal row at link " + row.link() + " that the sealer did not write"));
            }
            candidates.clear();
            if (!legacy && !key.authentic(stored, mac)) {
                report(new BrokenEvent(
                        stored.globalIndex(), stored.eventId(), "MODIFIED", "its append MAC does not match"));
            }
            advance(row);
            verified++;
            return;
        }
        candidates.add(new Candidate(row, stored, mac, legacy));
    }

    /** No valid row at the next link: each row there is judged by the event it names, the chain goes on from it. */
    private void resolve() {
        for (Candidate candidate : candidates) {
            SealRow row = candidate.row();
            StoredEvent stored = candidate.stored();
            if (stored == null) {
                report(new BrokenEvent(
                        row.globalIndex(), row.eventId(), "DELETED", "the sealed event is no longer at its index"));
            } else if (!stored.eventId().equals(row.eventId())) {
                report(new BrokenEvent(
                        row.globalIndex(),
                        stored.eventId(),
                        "MODIFIED",
                        "the event at this index is not the one sealed (" + row.eventId() + ")"));
            } else if (!candidate.legacy() && !key.authentic(stored, candidate.mac())) {
                report(new BrokenEvent(
                        row.globalIndex(), row.eventId(), "MODIFIED", "its stored bytes no longer match its seal"));
            } else {
                report(new BrokenEvent(
                        row.globalIndex(),
                        row.eventId(),
                        "SEAL_FORGED",
                        "the seal row at link " + row.link() + " was not written by the sealer"));
            }
            head = new Head(row.link(), row.globalIndex(), row.chainHash());
        }
        candidates.clear();
    }

    private void advance(SealRow row) {
        head = new Head(row.link(), row.globalIndex(), row.chainHash());
        lastLinkedIndex = Math.max(lastLinkedIndex, row.globalIndex());
        if (checkpoint != null && row.globalIndex() == checkpoint.position()) {
            checkpointReached |= head.hashHex().equals(checkpoint.chainHead());
        }
    }

    /** After the last seal row. */
    public void endOfSeal() {
        resolve();
    }

    /** An event no seal row names, in global order. */
    public void unsealed(StoredEvent event, byte[] mac, boolean legacy) {
        if (!legacy && !key.authentic(event, mac)) {
            report(new BrokenEvent(
                    event.globalIndex(),
                    event.eventId(),
                    mac == null ? "INSERTED" : "MODIFIED",
                    mac == null
                            ? "no append MAC: the event was not appended by the platform"
                            : "its append MAC does not match"));
        } else if (event.globalIndex() < lastLinkedIndex) {
            report(new BrokenEvent(
                    event.globalIndex(),
                    event.eventId(),
                    "UNSEALED",
                    "an event inside the sealed range no link covers"));
        } else {
            pending++;
        }
    }

    /** After the last event: the chain must pass through the last checkpoint's head. */
    public void finish() {
        if (checkpoint != null && !checkpointReached) {
            report(new BrokenEvent(
                    checkpoint.position(),
                    null,
                    "CHECKPOINT_MISMATCH",
                    "the chain does not pass through the head signed in the checkpoint at position "
                            + checkpoint.position() + " (signed at " + checkpoint.signedAt() + ")"));
        }
    }

    private void report(BrokenEvent problem) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(problem);
        }
        if (first == null || problem.globalIndex() < first.globalIndex()) {
            first = problem;
        }
    }

    /** The broken event with the lowest global index. */
    public Optional<BrokenEvent> firstBroken() {
        return Optional.ofNullable(first);
    }

    /** The first problems found (at most 100), by global index. */
    public List<BrokenEvent> problems() {
        return problems.stream()
                .sorted(Comparator.comparingLong(BrokenEvent::globalIndex))
                .toList();
    }

    public long verified() {
        return verified;
    }

    public long pending() {
        return pending;
    }

    public Head head() {
        return head;
    }

    public Optional<SignedCheckpoint> checkedCheckpoint() {
        return Optional.ofNullable(checkpoint);
    }
}
