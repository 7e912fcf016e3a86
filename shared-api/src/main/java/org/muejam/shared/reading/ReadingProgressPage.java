package org.muejam.shared.reading;

import java.util.List;

/** A page of reading progress; {@code more} says whether another page follows the last item. */
public record ReadingProgressPage(List<ReadingProgressResponse> items, boolean more) {}
