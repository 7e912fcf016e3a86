package org.muejam.infra.idempotency;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;

/** Deletes keys older than the window; they already count as absent, this only keeps the table small. */
public class IdempotencyCleanup {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyCleanup.class);

    private final IdempotencyKeys keys;
    private final Clock clock;
    private final Duration window;

    IdempotencyCleanup(IdempotencyKeys keys, Clock clock, Duration window) {
        this.keys = keys;
        this.clock = clock;
        this.window = window;
    }

    /** Every node runs it: the delete is the same whoever runs it first. */
    @Scheduled(fixedDelayString = "${muejam.idempotency.cleanup-interval:1h}", initialDelayString = "1m")
    public void run() {
        deleteExpired();
    }

    /** Returns how many keys were deleted. */
    public int deleteExpired() {
        try {
            int deleted = keys.deleteOlderThan(clock.instant().minus(window));
            if (deleted > 0) {
                log.info("deleted {} expired idempotency keys", deleted);
            }
            return deleted;
        } catch (DataAccessException e) {
            log.warn("expired idempotency keys could not be deleted; the next run tries again", e);
            return 0;
        }
    }
}
