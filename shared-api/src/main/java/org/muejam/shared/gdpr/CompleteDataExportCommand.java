package org.muejam.shared.gdpr;

import java.time.Duration;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The export's file is stored under {@code fileKey}; its link is valid for {@code validFor} from now. Sent by the
 * processor that builds exports.
 */
public record CompleteDataExportCommand(
        @TargetAggregateIdentifier String exportId, String fileKey, long sizeBytes, Duration validFor) {}
