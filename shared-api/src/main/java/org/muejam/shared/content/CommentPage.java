package org.muejam.shared.content;

import java.util.List;

/** A page of comments; {@code more} says whether another page follows the last item. */
public record CommentPage(List<CommentResponse> items, boolean more) {}
