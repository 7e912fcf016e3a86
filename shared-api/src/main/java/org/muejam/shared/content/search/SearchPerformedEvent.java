package org.muejam.shared.content.search;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * Somebody searched the stories: the query as it was matched (trimmed, lower case, spaces folded), the filters and
 * sort by name, and how many stories it found. Nobody is named: search analytics need no personal data.
 */
@Revision("1")
public record SearchPerformedEvent(String query, String filters, String sort, long results, Instant searchedAt) {}
