package org.muejam.shared.gdpr;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.muejam.shared.identity.UserId;

/** The erasure receipt: what was erased (categories, see {@link ErasedData}) and when; no personal data. */
@Revision("1")
public record AccountDeletionCompletedEvent(
        String requestId, UserId userId, List<String> erased, Instant completedAt) {}
