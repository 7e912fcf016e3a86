package org.muejam.command.legal;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.muejam.shared.legal.CookieConsentRecordedEvent;
import org.muejam.shared.legal.RecordCookieConsentCommand;

/** The cookie choices of one user or anonymous session, as a history of decisions. */
@Aggregate
public class CookieConsent {

    @AggregateIdentifier
    private String holder;

    protected CookieConsent() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RecordCookieConsentCommand command, Clock clock) {
        apply(new CookieConsentRecordedEvent(
                command.holder(), true, command.analytics(), command.marketing(), clock.instant()));
    }

    @EventSourcingHandler
    void on(CookieConsentRecordedEvent event) {
        holder = event.holder();
    }
}
