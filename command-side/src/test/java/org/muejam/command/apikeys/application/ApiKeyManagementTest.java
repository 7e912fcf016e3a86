package org.muejam.command.apikeys.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.junit.jupiter.api.Test;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.command.testing.RecordingCommandGateway;
import org.muejam.shared.apikeys.ApiKeyId;
import org.muejam.shared.apikeys.ApiKeyResponse;
import org.muejam.shared.apikeys.CreateApiKeyCommand;
import org.muejam.shared.apikeys.FindApiKeyQuery;
import org.muejam.shared.apikeys.RevokeApiKeyCommand;
import org.muejam.shared.apikeys.RotateApiKeyCommand;
import org.muejam.shared.identity.UserId;

class ApiKeyManagementTest {

    private static final UserId OWNER = UserId.of("owner-1");
    private static final UserId STRANGER = UserId.of("stranger-2");
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private final RecordingCommandGateway commands = new RecordingCommandGateway();
    private final Keys keys = new Keys();
    private final ApiKeyManagement management = new ApiKeyManagement(commands, keys.gateway());

    /** The api-keys read model as the use case asks it. */
    static final class Keys {
        private final Map<String, ApiKeyResponse> byId = new HashMap<>();
        private final SimpleQueryBus bus = SimpleQueryBus.builder().build();

        Keys() {
            new AnnotationQueryHandlerAdapter<>(this).subscribe(bus);
        }

        DefaultQueryGateway gateway() {
            return DefaultQueryGateway.builder().queryBus(bus).build();
        }

        String ownedBy(UserId owner) {
            String id = ApiKeyId.random();
            byId.put(id, new ApiKeyResponse(id, owner.value(), "bot", "hash", null, null, null, NOW, null, null));
            return id;
        }

        @QueryHandler
        Optional<ApiKeyResponse> handle(FindApiKeyQuery query) {
            return Optional.ofNullable(byId.get(query.keyId()));
        }
    }

    @Test
    void creatingSendsTheKeyWithAFreshIdAndOnlyTheSecretsHash() {
        Instant expiry = NOW.plus(Duration.ofDays(30));

        String id = management.create(OWNER, "ci bot", "secret-hash", expiry);

        assertThat(ApiKeyId.isValid(id)).isTrue();
        assertThat(commands.sent())
                .containsExactly(new CreateApiKeyCommand(id, OWNER, "ci bot", "secret-hash", expiry));
        assertThat(management.create(OWNER, "ci bot", "secret-hash", expiry)).isNotEqualTo(id);
    }

    @Test
    void theOwnerRotatesAndRevokesTheirKey() {
        String id = keys.ownedBy(OWNER);

        management.rotate(id, OWNER, "new-hash", Duration.ofHours(1));
        management.revoke(id, OWNER);

        assertThat(commands.sent())
                .containsExactly(
                        new RotateApiKeyCommand(id, OWNER, "new-hash", Duration.ofHours(1)),
                        new RevokeApiKeyCommand(id, OWNER));
    }

    @Test
    void someoneElsesKeyIsMissingAndNothingIsSent() {
        String id = keys.ownedBy(OWNER);

        assertNotFound(() -> management.rotate(id, STRANGER, "new-hash", Duration.ofHours(1)));
        assertNotFound(() -> management.revoke(id, STRANGER));
        assertThat(commands.sent()).isEmpty();
    }

    @Test
    void unknownAndMalformedIdsAreMissingAlike() {
        assertNotFound(() -> management.revoke(ApiKeyId.random(), OWNER));
        assertNotFound(() -> management.revoke("not-a-key", OWNER));
        assertNotFound(() -> management.rotate("key:../../etc", OWNER, "h", Duration.ZERO));
        assertThat(commands.sent()).isEmpty();
    }

    private static void assertNotFound(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainRuleViolation.class, refusal -> {
            assertThat(refusal.kind()).isEqualTo(DomainRuleViolation.Kind.NOT_FOUND);
            assertThat(refusal.problemType()).isEqualTo("api-key-not-found");
        });
    }
}
