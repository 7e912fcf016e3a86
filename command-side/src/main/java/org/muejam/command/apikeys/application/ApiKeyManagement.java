package org.muejam.command.apikeys.application;

import java.time.Duration;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.apikeys.ApiKeyPolicy;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.command.shared.Queries;
import org.muejam.shared.apikeys.ApiKeyId;
import org.muejam.shared.apikeys.ApiKeyResponse;
import org.muejam.shared.apikeys.CreateApiKeyCommand;
import org.muejam.shared.apikeys.FindApiKeyQuery;
import org.muejam.shared.apikeys.RevokeApiKeyCommand;
import org.muejam.shared.apikeys.RotateApiKeyCommand;
import org.muejam.shared.identity.UserId;
import org.springframework.stereotype.Service;

/**
 * A person creates, rotates and revokes their own API keys. Only hashes of secrets reach here; a key that is not
 * the person's is missing to them, as the api-keys read model shows the key after its last event.
 */
@Service
public class ApiKeyManagement {

    public static final int MAX_NAME_LENGTH = ApiKeyPolicy.MAX_NAME_LENGTH;

    private final CommandGateway commands;
    private final QueryGateway queries;

    public ApiKeyManagement(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /** Returns the new key's id. */
    public String create(UserId owner, String name, String secretHash, Instant expiresAt) {
        String keyId = ApiKeyId.random();
        commands.sendAndWait(new CreateApiKeyCommand(keyId, owner, name, secretHash, expiresAt));
        return keyId;
    }

    public void rotate(String keyId, UserId requester, String secretHash, Duration overlap) {
        requireKnown(keyId, requester);
        commands.sendAndWait(new RotateApiKeyCommand(keyId, requester, secretHash, overlap));
    }

    public void revoke(String keyId, UserId requester) {
        requireKnown(keyId, requester);
        commands.sendAndWait(new RevokeApiKeyCommand(keyId, requester));
    }

    /** Ids that are no key of the requester's are missing, whether malformed, unknown or someone else's. */
    private void requireKnown(String keyId, UserId requester) {
        boolean known = ApiKeyId.isValid(keyId)
                && Queries.optional(queries, new FindApiKeyQuery(keyId), ApiKeyResponse.class)
                        .filter(key -> key.ownerId().equals(requester.value()))
                        .isPresent();
        if (!known) {
            throw DomainRuleViolation.notFound("api-key-not-found", null, "you have no API key with this id");
        }
    }
}
