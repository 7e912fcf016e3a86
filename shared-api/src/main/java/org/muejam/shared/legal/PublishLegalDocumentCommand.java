package org.muejam.shared.legal;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record PublishLegalDocumentCommand(
        @TargetAggregateIdentifier DocumentType type, String version, String content, LocalDate effectiveDate) {}
