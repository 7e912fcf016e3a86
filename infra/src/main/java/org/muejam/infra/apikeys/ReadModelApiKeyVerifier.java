package org.muejam.infra.apikeys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.shared.Queries;
import org.muejam.infra.security.ApiKeyVerifier;
import org.muejam.shared.apikeys.ApiKeyResponse;
import org.muejam.shared.apikeys.FindApiKeyQuery;
import org.muejam.shared.security.Sha256;
import org.springframework.stereotype.Component;

/**
 * Checks presented keys against the api-keys read model: the current secret, or the previous one within its overlap
 * after a rotation; expired and revoked keys are refused.
 */
@Component
public class ReadModelApiKeyVerifier implements ApiKeyVerifier {

    private final QueryGateway queries;
    private final Clock clock;

    public ReadModelApiKeyVerifier(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    public Optional<VerifiedKey> verify(String presented) {
        Optional<ApiKeySecrets.Presented> parsed = ApiKeySecrets.parse(presented);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return Queries.ask(
                        queries,
                        new FindApiKeyQuery(parsed.get().keyId()),
                        ResponseTypes.optionalInstanceOf(ApiKeyResponse.class))
                .filter(k -> k.revokedAt() == null && !k.expired(now))
                .filter(k -> matches(parsed.get().secret(), k, now))
                .map(k -> new VerifiedKey(k.id(), k.ownerId()));
    }

    private static boolean matches(String secret, ApiKeyResponse key, Instant now) {
        byte[] hash = Sha256.hex(secret).getBytes(StandardCharsets.US_ASCII);
        boolean current = MessageDigest.isEqual(hash, key.secretHash().getBytes(StandardCharsets.US_ASCII));
        boolean previous = key.previousSecretHash() != null
                && key.previousValidUntil() != null
                && now.isBefore(key.previousValidUntil())
                && MessageDigest.isEqual(hash, key.previousSecretHash().getBytes(StandardCharsets.US_ASCII));
        return current | previous;
    }
}
