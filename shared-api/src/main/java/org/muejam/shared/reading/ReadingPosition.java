package org.muejam.shared.reading;

import java.math.BigDecimal;
import java.time.Instant;

/** Where a reader is in a story, as the progress aggregate keeps it. */
public record ReadingPosition(String storyId, String chapterId, BigDecimal percent, Instant updatedAt) {}
