package org.muejam.infra.idempotency;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.messaging.MetaData;

/**
 * One request's use of an Idempotency-Key: whose key it is (scope), the key, what the request was (fingerprint) and
 * which attempt this is (requestToken, so the request's later commands recognise the row of its first).
 */
public record IdempotencyClaim(String scope, String key, String fingerprint, UUID requestToken) {

    /** The request attribute under which the filter leaves the claim for the commands the request sends. */
    static final String ATTRIBUTE = IdempotencyClaim.class.getName();

    static final String SCOPE = "idempotencyScope";
    static final String KEY = "idempotencyKey";
    static final String FINGERPRINT = "idempotencyFingerprint";
    static final String REQUEST_TOKEN = "idempotencyRequest";

    /** Command metadata, so the claim reaches the node and the transaction that handles the command. */
    Map<String, String> toMetaData() {
        return Map.of(SCOPE, scope, KEY, key, FINGERPRINT, fingerprint, REQUEST_TOKEN, requestToken.toString());
    }

    static Optional<IdempotencyClaim> fromMetaData(MetaData metaData) {
        Object scope = metaData.get(SCOPE);
        Object key = metaData.get(KEY);
        Object fingerprint = metaData.get(FINGERPRINT);
        Object token = metaData.get(REQUEST_TOKEN);
        if (scope == null || key == null || fingerprint == null || token == null) {
            return Optional.empty();
        }
        return Optional.of(new IdempotencyClaim(
                scope.toString(), key.toString(), fingerprint.toString(), UUID.fromString(token.toString())));
    }
}
