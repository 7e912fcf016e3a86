package org.muejam.shared.gdpr;

/** The account's deletion request still pending, if any. */
public record FindPendingDeletionQuery(String userId) {}
