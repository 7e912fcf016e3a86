package org.muejam.infra.gdpr;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.muejam.command.gdpr.application.AccountErasure;
import org.muejam.shared.gdpr.AccountDeletionDueEvent;
import org.springframework.stereotype.Component;

/**
 * Carries out a deletion request whose grace has ended. A processing group of its own, with its dead-letter queue:
 * a failed erasure is retried (every step is idempotent) and, if it keeps failing, parked where the projections
 * listing, health and metrics show it. Never replayed: a rebuild erases no one twice and mails no one.
 */
@Component
@ProcessingGroup(ErasureProcessor.NAME)
public class ErasureProcessor {

    public static final String NAME = "erasure";

    private final AccountErasure erasure;

    public ErasureProcessor(AccountErasure erasure) {
        this.erasure = erasure;
    }

    @EventHandler
    @DisallowReplay
    void on(AccountDeletionDueEvent event) {
        erasure.erase(event.requestId(), event.userId());
    }
}
