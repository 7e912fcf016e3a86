package org.muejam.shared.social;

import java.util.List;

/** A page of likes; {@code more} says whether another page follows the last item. */
public record LikePage(List<LikeResponse> items, boolean more) {}
