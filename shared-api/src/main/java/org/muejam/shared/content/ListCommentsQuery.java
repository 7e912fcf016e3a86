package org.muejam.shared.content;

import java.time.Instant;

/**
 * The comments on one target, oldest first (answers carry their parentId, so a client builds the threads); the page
 * starts after ({@code afterPostedAt}, {@code afterId}) when not null. Answered with {@link CommentPage}.
 * Content moderation hid or deleted, or by a shadowbanned author, is left out unless {@code viewerId} (null for
 * an anonymous reader) wrote it.
 */
public record ListCommentsQuery(
        ContentType targetType, String targetId, Instant afterPostedAt, String afterId, int limit, String viewerId) {}
