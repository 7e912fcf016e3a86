package org.muejam.shared.audit;

/** Every signed checkpoint of the seal published outside the database, oldest first. */
public record FindAuditCheckpointsQuery() {}
