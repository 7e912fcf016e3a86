package org.muejam.command.gdpr;

import java.time.Instant;

/** The deadline at which an export's link runs out, kept by the deadline manager (in PostgreSQL) until then. */
public record DataExportExpires(String exportId, Instant expiresAt) {

    public static final String NAME = "data-export-expires";
}
