package org.muejam.shared.reading;

import java.util.List;

/** A page of reading lists; {@code more} says whether another page follows the last item. */
public record ReadingListPage(List<ReadingListSummary> items, boolean more) {}
