package org.muejam.shared.gdpr;

/** One deletion request, as its owner sees it. */
public record FindDeletionRequestQuery(String requestId) {}
