package org.muejam.shared.gdpr;

/** Where a deletion request stands. */
public enum DeletionStatus {
    /** Within the grace period, or past it and being carried out. */
    PENDING,
    CANCELLED,
    COMPLETED
}
