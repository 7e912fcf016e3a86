package org.muejam.command.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.muejam.shared.identity.SuspiciousLoginReason;

/**
 * Compares a sign-in with the person's earlier ones: a country or network never seen before, or an hour of the
 * day far from every earlier sign-in once there is enough history to know their habits.
 */
public final class LoginAnomalyPolicy {

    /** Sign-ins needed before the hour of day says anything. */
    public static final int HOURS_HISTORY_NEEDED = 5;
    /** Hours either side of an earlier sign-in that still count as usual. */
    public static final int HOUR_TOLERANCE = 2;

    private LoginAnomalyPolicy() {}

    public static List<SuspiciousLoginReason> assess(
            int earlierLogins,
            Collection<String> knownCountries,
            Collection<String> knownNetworks,
            Collection<Integer> earlierHours,
            String country,
            String network,
            int hour) {
        List<SuspiciousLoginReason> reasons = new ArrayList<>();
        if (earlierLogins == 0) {
            return reasons;
        }
        if (country != null && !knownCountries.isEmpty() && !knownCountries.contains(country)) {
            reasons.add(SuspiciousLoginReason.NEW_COUNTRY);
        }
        if (network != null && !knownNetworks.isEmpty() && !knownNetworks.contains(network)) {
            reasons.add(SuspiciousLoginReason.NEW_NETWORK);
        }
        if (earlierHours.size() >= HOURS_HISTORY_NEEDED
                && earlierHours.stream().noneMatch(h -> hourDistance(h, hour) <= HOUR_TOLERANCE)) {
            reasons.add(SuspiciousLoginReason.UNUSUAL_HOUR);
        }
        return reasons;
    }

    static int hourDistance(int a, int b) {
        int d = Math.abs(a - b) % 24;
        return Math.min(d, 24 - d);
    }
}
