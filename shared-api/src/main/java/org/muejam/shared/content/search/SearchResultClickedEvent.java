package org.muejam.shared.content.search;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** Somebody opened a search result: the normalised query, the story and its 0-based place in the results. */
@Revision("1")
public record SearchResultClickedEvent(String query, String storyId, int position, Instant clickedAt) {}
