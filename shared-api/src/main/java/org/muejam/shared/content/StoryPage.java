package org.muejam.shared.content;

import java.util.List;

/** A page of stories; {@code more} says whether another page follows the last item. */
public record StoryPage(List<StoryResponse> items, boolean more) {}
