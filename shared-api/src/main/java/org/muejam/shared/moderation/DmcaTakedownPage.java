package org.muejam.shared.moderation;

import java.util.List;

/** A page of DMCA notices; {@code more} when another page follows. */
public record DmcaTakedownPage(List<DmcaTakedownResponse> items, boolean more) {}
