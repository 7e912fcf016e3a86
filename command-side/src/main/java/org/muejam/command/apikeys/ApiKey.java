package org.muejam.command.apikeys;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.shared.apikeys.ApiKeyCreatedEvent;
import org.muejam.shared.apikeys.ApiKeyId;
import org.muejam.shared.apikeys.ApiKeyRevokedEvent;
import org.muejam.shared.apikeys.ApiKeyRotatedEvent;
import org.muejam.shared.apikeys.CreateApiKeyCommand;
import org.muejam.shared.apikeys.RevokeApiKeyCommand;
import org.muejam.shared.apikeys.RotateApiKeyCommand;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.security.Secret;

/** A person's API key ("key:&lt;uuid&gt;"): created, rotated with an overlap, revoked. Holds secret hashes only. */
@Aggregate
public class ApiKey {

    @AggregateIdentifier
    private String keyId;

    private UserId owner;

    @Secret
    private String secretHash;

    private Instant expiresAt;
    private boolean revoked;

    protected ApiKey() {
        // for Axon
    }

    @CommandHandler
    public ApiKey(CreateApiKeyCommand command, Clock clock) {
        if (command.keyId() == null || !command.keyId().startsWith(ApiKeyId.PREFIX)) {
            throw DomainRuleViolation.invalid(
                    "invalid-api-key-id", null, "an API key id starts with " + ApiKeyId.PREFIX);
        }
        String name = ApiKeyPolicy.requireName(command.name());
        Instant now = clock.instant();
        ApiKeyPolicy.requireFutureExpiry(command.expiresAt(), now);
        apply(new ApiKeyCreatedEvent(
                command.keyId(), command.ownerId(), name, command.secretHash(), command.expiresAt(), now));
    }

    @CommandHandler
    public void handle(RotateApiKeyCommand command, Clock clock) {
        Instant now = clock.instant();
        ApiKeyPolicy.requireOwner(owner, command.requestedBy());
        ApiKeyPolicy.requireUsable(revoked, expiresAt, now);
        Instant previousValidUntil = ApiKeyPolicy.previousValidUntil(now, command.overlap(), expiresAt);
        apply(new ApiKeyRotatedEvent(keyId, owner, command.secretHash(), secretHash, previousValidUntil, now));
    }

    @CommandHandler
    public void handle(RevokeApiKeyCommand command, Clock clock) {
        ApiKeyPolicy.requireOwner(owner, command.requestedBy());
        if (revoked) {
            throw DomainRuleViolation.conflict("api-key-revoked", null, "the API key is already revoked");
        }
        apply(new ApiKeyRevokedEvent(keyId, owner, clock.instant()));
    }

    @EventSourcingHandler
    void on(ApiKeyCreatedEvent event) {
        keyId = event.keyId();
        owner = event.ownerId();
        secretHash = event.secretHash();
        expiresAt = event.expiresAt();
    }

    @EventSourcingHandler
    void on(ApiKeyRotatedEvent event) {
        secretHash = event.secretHash();
    }

    @EventSourcingHandler
    void on(ApiKeyRevokedEvent event) {
        revoked = true;
    }
}
