package org.muejam.shared.gdpr;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that the erasure the request asked for is done, and what it erased (categories, no personal data). */
public record CompleteAccountDeletionCommand(
        @TargetAggregateIdentifier String requestId, List<String> erased) {}
