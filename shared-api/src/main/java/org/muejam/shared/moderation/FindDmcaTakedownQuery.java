package org.muejam.shared.moderation;

/** One DMCA notice; answered with an optional {@link DmcaTakedownResponse}. */
public record FindDmcaTakedownQuery(String takedownId) {}
