package org.muejam.command.legal;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.shared.legal.DocumentType;
import org.muejam.shared.legal.LegalDocumentPublishedEvent;
import org.muejam.shared.legal.PublishLegalDocumentCommand;

/** Every published version of one legal document; versions are never edited, only superseded. */
@Aggregate
public class LegalDocumentSeries {

    @AggregateIdentifier
    private DocumentType type;

    private final Set<String> versions = new HashSet<>();

    protected LegalDocumentSeries() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(PublishLegalDocumentCommand command, Clock clock) {
        if (versions.contains(command.version())) {
            throw DomainRuleViolation.conflict(
                    "legal-document-version-exists",
                    "version",
                    command.type().slug() + " version " + command.version() + " is already published");
        }
        apply(new LegalDocumentPublishedEvent(
                command.type(), command.version(), command.content(), command.effectiveDate(), clock.instant()));
    }

    @EventSourcingHandler
    void on(LegalDocumentPublishedEvent event) {
        type = event.type();
        versions.add(event.version());
    }
}
