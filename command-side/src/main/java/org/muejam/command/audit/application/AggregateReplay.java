package org.muejam.command.audit.application;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.muejam.command.apikeys.ApiKey;
import org.muejam.command.identity.TwoFactorAuthentication;
import org.muejam.command.identity.UserAccount;
import org.muejam.command.legal.CookieConsent;
import org.muejam.command.legal.LegalDocumentSeries;
import org.muejam.command.operations.Projection;
import org.springframework.stereotype.Service;

/**
 * Rebuilds an aggregate as it was at an instant, for audits: its event-sourcing handlers applied to the events it
 * had by then, no command handled. Names the aggregate types whose history may be shown.
 */
@Service
public class AggregateReplay {

    private static final Map<String, Class<?>> AGGREGATES = Map.of(
            "UserAccount", UserAccount.class,
            "LegalDocumentSeries", LegalDocumentSeries.class,
            "CookieConsent", CookieConsent.class,
            "ApiKey", ApiKey.class,
            "TwoFactorAuthentication", TwoFactorAuthentication.class,
            "Projection", Projection.class);

    /** The state after the last event at or before the instant; no state if there was none. */
    public record Replayed(Object state, long version, Instant lastEventAt) {}

    public Set<String> types() {
        return AGGREGATES.keySet();
    }

    /** The aggregate type a name stands for, in any letter case. */
    public Optional<String> typeNamed(String name) {
        return AGGREGATES.keySet().stream()
                .filter(t -> t.equalsIgnoreCase(name))
                .findFirst();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public Replayed replay(String aggregateType, DomainEventStream stream, Instant asOf) {
        Class<?> type = AGGREGATES.get(aggregateType);
        AggregateModel model = AnnotatedAggregateMetaModelFactory.inspectAggregate(type);
        Object aggregate;
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            aggregate = constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type + " cannot be instantiated for replay", e);
        }
        long version = -1;
        Instant lastEventAt = null;
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (event.getTimestamp().isAfter(asOf)) {
                break;
            }
            model.publish(event, aggregate);
            version = event.getSequenceNumber();
            lastEventAt = event.getTimestamp();
        }
        return new Replayed(version >= 0 ? aggregate : null, version, lastEventAt);
    }
}
