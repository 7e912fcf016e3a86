package org.muejam.command.content.screening;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.shared.content.filters.AddBlocklistEntryCommand;
import org.muejam.shared.content.filters.BlocklistEntryAddedEvent;
import org.muejam.shared.content.filters.BlocklistKind;
import org.muejam.shared.content.filters.ContentFilterSettings;
import org.muejam.shared.content.filters.ContentFilterSettingsReplacedEvent;
import org.muejam.shared.content.filters.ReplaceContentFilterSettingsCommand;

/**
 * The automated filters' configuration, one instance ({@value ContentFilterSettings#DEFAULT_ID}); every change is
 * an event. Until the first change it holds the built-in defaults.
 */
@Aggregate
public class ContentFilterConfiguration {

    @AggregateIdentifier
    private String id;

    private ContentFilterSettings settings = ContentFilterSettings.defaults();

    protected ContentFilterConfiguration() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ReplaceContentFilterSettingsCommand command, Clock clock) {
        requireKnownId(command.configurationId());
        FilterSettingsPolicy.requireValid(command.settings());
        apply(new ContentFilterSettingsReplacedEvent(command.configurationId(), command.settings(), clock.instant()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(AddBlocklistEntryCommand command, Clock clock) {
        requireKnownId(command.configurationId());
        FilterSettingsPolicy.requireValidEntry(command.kind(), command.value());
        if (settings.blocklistContains(command.kind(), command.value())) {
            throw DomainRuleViolation.conflict(
                    "blocklist-entry-exists",
                    "value",
                    "the " + command.kind() + " block-list holds this entry already");
        }
        List<String> list =
                command.kind() == BlocklistKind.WORD ? settings.profanityWords() : settings.blockedDomains();
        if (list.size() >= ContentFilterSettings.MAX_ENTRIES) {
            throw DomainRuleViolation.conflict(
                    "blocklist-full",
                    "value",
                    "the block-list holds " + ContentFilterSettings.MAX_ENTRIES + " entries");
        }
        apply(new BlocklistEntryAddedEvent(
                command.configurationId(), command.kind(), command.value().strip(), clock.instant()));
    }

    private static void requireKnownId(String configurationId) {
        if (!ContentFilterSettings.DEFAULT_ID.equals(configurationId)) {
            throw DomainRuleViolation.notFound(
                    "not-found", null, "there is one filter configuration: " + ContentFilterSettings.DEFAULT_ID);
        }
    }

    @EventSourcingHandler
    void on(ContentFilterSettingsReplacedEvent event) {
        id = event.configurationId();
        settings = event.settings();
    }

    @EventSourcingHandler
    void on(BlocklistEntryAddedEvent event) {
        id = event.configurationId();
        settings = settings.withBlocklistEntry(event.kind(), event.value());
    }
}
