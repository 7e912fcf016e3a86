package org.muejam.shared.moderation;

/** Authors with at least {@code minimum} pieces of content taken down on approved DMCA notices, most first. */
public record ListDmcaInfringersQuery(int minimum, int limit) {}
