package org.muejam.shared.content;

/** One comment; answered with an optional {@link CommentResponse}. */
public record FindCommentQuery(String commentId) {}
