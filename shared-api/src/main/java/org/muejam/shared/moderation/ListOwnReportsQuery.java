package org.muejam.shared.moderation;

/** The reports one person filed, newest first, with what became of them. */
public record ListOwnReportsQuery(String reporterId, int limit) {}
