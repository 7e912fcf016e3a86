package org.muejam.shared.gdpr;

/** PENDING while the file is built, READY while its link is valid, EXPIRED once the link ran out. */
public enum DataExportStatus {
    PENDING,
    READY,
    EXPIRED
}
