package org.muejam.command.audit.application;

import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.common.Priority;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.ParameterResolver;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.muejam.command.apikeys.ApiKey;
import org.muejam.command.content.Comment;
import org.muejam.command.content.ContentPreferences;
import org.muejam.command.content.Story;
import org.muejam.command.content.Whisper;
import org.muejam.command.content.media.Image;
import org.muejam.command.content.screening.BlockedSubmission;
import org.muejam.command.content.screening.ContentFilterConfiguration;
import org.muejam.command.gdpr.DataExport;
import org.muejam.command.gdpr.DeletionRequest;
import org.muejam.command.identity.TwoFactorAuthentication;
import org.muejam.command.identity.UserAccount;
import org.muejam.command.legal.CookieConsent;
import org.muejam.command.legal.LegalDocumentSeries;
import org.muejam.command.moderation.DmcaTakedown;
import org.muejam.command.moderation.ModerationCase;
import org.muejam.command.operations.Projection;
import org.muejam.command.privacy.PersonPrivacy;
import org.muejam.command.reading.ReadingList;
import org.muejam.command.reading.ReadingProgress;
import org.muejam.command.social.Follow;
import org.muejam.command.social.Like;
import org.springframework.stereotype.Service;

/**
 * Rebuilds an aggregate as it was at an instant, for audits: its event-sourcing handlers applied to the events it
 * had by then, no command handled. Names the aggregate types whose history may be shown.
 *
 * <p>The model is inspected with the application's parameter resolvers, as the aggregate's own repository is, so
 * event-sourcing handlers resolve what they resolve in production; a command handler's parameters (a {@code Clock},
 * a policy, a port) need not be resolvable where the history is read, since a fold never handles a command.
 */
@Service
public class AggregateReplay {

    private static final Map<String, Class<?>> AGGREGATES = Map.ofEntries(
            Map.entry("UserAccount", UserAccount.class),
            Map.entry("LegalDocumentSeries", LegalDocumentSeries.class),
            Map.entry("CookieConsent", CookieConsent.class),
            Map.entry("ApiKey", ApiKey.class),
            Map.entry("TwoFactorAuthentication", TwoFactorAuthentication.class),
            Map.entry("Projection", Projection.class),
            Map.entry("ContentFilterConfiguration", ContentFilterConfiguration.class),
            Map.entry("BlockedSubmission", BlockedSubmission.class),
            Map.entry("Story", Story.class),
            Map.entry("Comment", Comment.class),
            Map.entry("Whisper", Whisper.class),
            Map.entry("ContentPreferences", ContentPreferences.class),
            Map.entry("Image", Image.class),
            Map.entry("ReadingList", ReadingList.class),
            Map.entry("ReadingProgress", ReadingProgress.class),
            Map.entry("Like", Like.class),
            Map.entry("Follow", Follow.class),
            Map.entry("ModerationCase", ModerationCase.class),
            Map.entry("DmcaTakedown", DmcaTakedown.class),
            Map.entry("PersonPrivacy", PersonPrivacy.class),
            Map.entry("DataExport", DataExport.class),
            Map.entry("DeletionRequest", DeletionRequest.class));

    private final ParameterResolverFactory resolvers;
    private final Map<Class<?>, AggregateModel<?>> models = new ConcurrentHashMap<>();

    public AggregateReplay(ParameterResolverFactory applicationResolvers) {
        this.resolvers = MultiParameterResolverFactory.ordered(applicationResolvers, new CommandParametersUnused());
    }

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
        AggregateModel model =
                models.computeIfAbsent(type, t -> AnnotatedAggregateMetaModelFactory.inspectAggregate(t, resolvers));
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

    /** Stands in for a command handler's parameters nothing else resolves; a fold never invokes one. */
    @Priority(Priority.LAST)
    private static final class CommandParametersUnused implements ParameterResolverFactory {

        @Override
        public ParameterResolver<Object> createInstance(Executable executable, Parameter[] parameters, int index) {
            if (!executable.isAnnotationPresent(CommandHandler.class)) {
                return null;
            }
            return new ParameterResolver<>() {
                @Override
                public Object resolveParameterValue(Message<?> message) {
                    throw new IllegalStateException(executable + " is a command handler; a replay handles no command");
                }

                @Override
                public boolean matches(Message<?> message) {
                    return true;
                }
            };
        }
    }
}
