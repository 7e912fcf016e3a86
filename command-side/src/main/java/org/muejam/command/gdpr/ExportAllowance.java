package org.muejam.command.gdpr;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.muejam.shared.identity.UserId;

/**
 * Set-based rule an export cannot check alone: one export per person per interval. The allowance is taken in the
 * same transaction as the export's first event, so two requests at once cannot both pass and a refused request takes
 * nothing; it is kept in committed state, never in a cache that may forget it.
 */
public interface ExportAllowance {

    /**
     * Takes the person's allowance at {@code now}: empty when taken, otherwise the instant from which the next
     * export may be asked for (nothing is taken then).
     */
    Optional<Instant> take(UserId person, Instant now, Duration interval);
}
