package org.muejam.shared.content;

import java.util.List;

/** A page of whispers; {@code more} says whether another page follows the last item. */
public record WhisperPage(List<WhisperResponse> items, boolean more) {}
