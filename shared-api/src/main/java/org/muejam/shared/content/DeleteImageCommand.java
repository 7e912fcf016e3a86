package org.muejam.shared.content;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Deletes an uploaded image for {@code reason} (today: its owner's erasure). Answered with the blob keys of its
 * renditions, for the caller to delete the bytes; deleting it again stores nothing and answers the same keys.
 */
public record DeleteImageCommand(@TargetAggregateIdentifier String imageId, String reason) {}
