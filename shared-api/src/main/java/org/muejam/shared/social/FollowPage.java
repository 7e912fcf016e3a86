package org.muejam.shared.social;

import java.util.List;

/** A page of follows; {@code more} says whether another page follows the last item. */
public record FollowPage(List<FollowResponse> items, boolean more) {}
