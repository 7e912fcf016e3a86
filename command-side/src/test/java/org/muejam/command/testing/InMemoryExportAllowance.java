package org.muejam.command.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.muejam.command.gdpr.ExportAllowance;
import org.muejam.shared.identity.UserId;

/** Each person's last export in memory, with the rule of the JDBC allowance: taken when the interval has passed. */
public final class InMemoryExportAllowance implements ExportAllowance {

    private final Map<UserId, Instant> last = new HashMap<>();

    @Override
    public Optional<Instant> take(UserId person, Instant now, Duration interval) {
        Instant previous = last.get(person);
        if (previous != null && previous.plus(interval).isAfter(now)) {
            return Optional.of(previous.plus(interval));
        }
        last.put(person, now);
        return Optional.empty();
    }

    public Optional<Instant> lastTaken(UserId person) {
        return Optional.ofNullable(last.get(person));
    }
}
