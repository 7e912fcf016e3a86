package org.muejam.command.gdpr.application;

import java.time.Instant;

/** A person asked for a second export within 24 hours of the first; the next may be asked for at the instant given. */
public class ExportRateLimited extends RuntimeException {

    private final Instant nextExportAt;

    public ExportRateLimited(Instant nextExportAt, String message) {
        super(message);
        this.nextExportAt = nextExportAt;
    }

    public Instant nextExportAt() {
        return nextExportAt;
    }
}
