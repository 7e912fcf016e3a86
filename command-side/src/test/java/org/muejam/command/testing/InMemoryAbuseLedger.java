package org.muejam.command.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.muejam.command.moderation.abuse.AbuseLedger;
import org.muejam.command.moderation.abuse.AbuseRule;
import org.muejam.command.moderation.abuse.Observation;

/** Test double for {@link AbuseLedger} with the JDBC adapter's contract: one row per item, one per flag. */
public final class InMemoryAbuseLedger implements AbuseLedger {

    private final Map<String, Observation> observations = new LinkedHashMap<>();
    private final Map<String, Instant> flags = new LinkedHashMap<>();

    @Override
    public boolean record(Observation observation) {
        return observations.putIfAbsent(
                        observation.kind() + "|" + observation.subject() + "|" + observation.item(), observation)
                == null;
    }

    @Override
    public long countAccounts(Observation.Kind kind, String subject, Instant from, Instant to) {
        return within(kind, subject, from, to).stream()
                .map(Observation::account)
                .distinct()
                .count();
    }

    @Override
    public long countItems(Observation.Kind kind, String subject, Instant from, Instant to) {
        return within(kind, subject, from, to).size();
    }

    @Override
    public List<String> accounts(Observation.Kind kind, String subject, Instant from, Instant to, int limit) {
        Map<String, Instant> latest = new LinkedHashMap<>();
        for (Observation o : within(kind, subject, from, to)) {
            latest.merge(o.account(), o.at(), (a, b) -> a.isAfter(b) ? a : b);
        }
        return latest.entrySet().stream()
                .sorted(Map.Entry.<String, Instant>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }

    @Override
    public List<Instant> latest(Observation.Kind kind, String subject, Instant to, int limit) {
        return observations.values().stream()
                .filter(o -> o.kind() == kind && o.subject().equals(subject) && !o.at().isAfter(to))
                .map(Observation::at)
                .sorted(Comparator.reverseOrder())
                .limit(limit)
                .toList();
    }

    @Override
    public boolean raise(AbuseRule rule, String subject, Instant windowStart, String account, Instant raisedAt) {
        return flags.putIfAbsent(rule.slug() + "|" + subject + "|" + windowStart, raisedAt) == null;
    }

    @Override
    public void prune(Observation.Kind kind, Instant before, Instant flagsBefore) {
        observations.values().removeIf(o -> o.kind() == kind && o.at().isBefore(before));
        flags.values().removeIf(raised -> raised.isBefore(flagsBefore));
    }

    /** The flags raised, as rule|subject|window start. */
    public Set<String> flags() {
        return new TreeSet<>(flags.keySet());
    }

    public int observations() {
        return observations.size();
    }

    private List<Observation> within(Observation.Kind kind, String subject, Instant from, Instant to) {
        List<Observation> found = new ArrayList<>();
        for (Observation o : observations.values()) {
            if (o.kind() == kind && o.subject().equals(subject) && !o.at().isBefore(from) && !o.at().isAfter(to)) {
                found.add(o);
            }
        }
        return found;
    }
}
