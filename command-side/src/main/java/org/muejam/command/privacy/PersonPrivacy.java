package org.muejam.command.privacy;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.muejam.shared.privacy.ChangePrivacySettingsCommand;
import org.muejam.shared.privacy.ConsentGivenEvent;
import org.muejam.shared.privacy.ConsentPurpose;
import org.muejam.shared.privacy.ConsentWithdrawnEvent;
import org.muejam.shared.privacy.PrivacySettings;
import org.muejam.shared.privacy.PrivacySettingsChangedEvent;

/**
 * One person's privacy settings ({@code privacy-settings:<user id>}), the defaults until the first change. A change
 * is one {@link PrivacySettingsChangedEvent} with every setting as it now stands, and beside it a consent given or
 * withdrawn for each optional consent it turns; a change that changes nothing stores nothing. The settings are
 * written to the {@link PrivacySettingsStore} in the command's transaction.
 */
@Aggregate
public class PersonPrivacy {

    @AggregateIdentifier
    private String settingsId;

    private PrivacySettings settings = PrivacySettings.DEFAULTS;

    protected PersonPrivacy() {
        // for Axon
    }

    /** Returns the settings as they stand after the command. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public PrivacySettings handle(ChangePrivacySettingsCommand command, Clock clock, PrivacySettingsStore store) {
        PrivacySettings next = settings.with(command);
        List<String> changed = settings.differencesTo(next);
        if (changed.isEmpty()) {
            return settings;
        }
        Instant now = clock.instant();
        PrivacySettings before = settings;
        apply(new PrivacySettingsChangedEvent(command.userId(), next, changed, now));
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            if (before.consents(purpose) != next.consents(purpose)) {
                apply(
                        next.consents(purpose)
                                ? new ConsentGivenEvent(command.userId(), purpose, now)
                                : new ConsentWithdrawnEvent(command.userId(), purpose, now));
            }
        }
        store.save(command.userId(), next, now);
        return next;
    }

    @EventSourcingHandler
    void on(PrivacySettingsChangedEvent event) {
        settingsId = PrivacySettingsChangedEvent.streamOf(event.userId());
        settings = event.settings();
    }
}
