package org.muejam.command.apikeys;

import static org.muejam.command.testing.Violations.conflict;
import static org.muejam.command.testing.Violations.invalid;
import static org.muejam.command.testing.Violations.notFound;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.muejam.shared.apikeys.ApiKeyCreatedEvent;
import org.muejam.shared.apikeys.ApiKeyRevokedEvent;
import org.muejam.shared.apikeys.ApiKeyRotatedEvent;
import org.muejam.shared.apikeys.CreateApiKeyCommand;
import org.muejam.shared.apikeys.RevokeApiKeyCommand;
import org.muejam.shared.apikeys.RotateApiKeyCommand;
import org.muejam.shared.identity.UserId;

/** Specification of API keys: creation, rotation with an overlap, revocation, and that only the owner acts. */
class ApiKeyTest {

    private static final Instant NOW = Instant.parse("2025-06-15T10:15:30Z");
    private static final String KEY = "key:6f1c2d3e-0000-4a5b-8c7d-9e0f1a2b3c4d";
    private static final UserId OWNER = new UserId("writer-1");
    private static final UserId STRANGER = new UserId("writer-2");
    private static final String HASH_1 = "a".repeat(64);
    private static final String HASH_2 = "b".repeat(64);
    private static final Duration OVERLAP = Duration.ofHours(24);

    private FixtureConfiguration<ApiKey> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ApiKey.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private ApiKeyCreatedEvent created(Instant expiresAt) {
        return new ApiKeyCreatedEvent(KEY, OWNER, "deploy bot", HASH_1, expiresAt, NOW.minus(Duration.ofDays(3)));
    }

    @Nested
    class Creation {

        @Test
        void aNamedKeyIsCreatedWithItsSecretHashAndTrimmedName() {
            fixture.givenNoPriorActivity()
                    .when(new CreateApiKeyCommand(KEY, OWNER, "  deploy bot ", HASH_1, null))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new ApiKeyCreatedEvent(KEY, OWNER, "deploy bot", HASH_1, null, NOW));
        }

        @Test
        void anExpiryInTheFutureIsKept() {
            Instant expiry = NOW.plus(Duration.ofDays(90));
            fixture.givenNoPriorActivity()
                    .when(new CreateApiKeyCommand(KEY, OWNER, "ci", HASH_1, expiry))
                    .expectEvents(new ApiKeyCreatedEvent(KEY, OWNER, "ci", HASH_1, expiry, NOW));
        }

        @ParameterizedTest
        @ValueSource(longs = {0, -1, -86_400})
        void anExpiryThatIsNotInTheFutureIsRefused(long secondsFromNow) {
            fixture.givenNoPriorActivity()
                    .when(new CreateApiKeyCommand(KEY, OWNER, "ci", HASH_1, NOW.plusSeconds(secondsFromNow)))
                    .expectNoEvents()
                    .expectException(invalid("invalid-api-key-expiry"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"2035-06-15T10:15:31Z", "2100-01-01T00:00:00Z", "+300000-01-01T00:00:00Z"})
        void anExpiryMoreThanTenYearsAheadIsRefused(String expiresAt) {
            fixture.givenNoPriorActivity()
                    .when(new CreateApiKeyCommand(KEY, OWNER, "ci", HASH_1, Instant.parse(expiresAt)))
                    .expectNoEvents()
                    .expectException(invalid("invalid-api-key-expiry"));
        }

        @Test
        void anExpiryExactlyTenYearsAheadIsKept() {
            Instant expiry = Instant.parse("2035-06-15T10:15:30Z");
            fixture.givenNoPriorActivity()
                    .when(new CreateApiKeyCommand(KEY, OWNER, "ci", HASH_1, expiry))
                    .expectEvents(new ApiKeyCreatedEvent(KEY, OWNER, "ci", HASH_1, expiry, NOW));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   "})
        void aKeyWithoutANameIsRefused(String name) {
            fixture.givenNoPriorActivity()
                    .when(new CreateApiKeyCommand(KEY, OWNER, name, HASH_1, null))
                    .expectNoEvents()
                    .expectException(invalid("invalid-api-key-name"));
        }

        @Test
        void aNameLongerThanTheLimitIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(new CreateApiKeyCommand(
                            KEY, OWNER, "n".repeat(ApiKeyPolicy.MAX_NAME_LENGTH + 1), HASH_1, null))
                    .expectException(invalid("invalid-api-key-name"));
        }

        @Test
        void anIdWithoutTheKeyPrefixIsRefusedSoNoOtherAggregatesIdCanBeTaken() {
            fixture.givenNoPriorActivity()
                    .when(new CreateApiKeyCommand("writer-1", OWNER, "ci", HASH_1, null))
                    .expectNoEvents()
                    .expectException(invalid("invalid-api-key-id"));
        }
    }

    @Nested
    class Rotation {

        @Test
        void theNewSecretReplacesTheOldWhichStaysValidForTheOverlap() {
            fixture.given(created(null))
                    .when(new RotateApiKeyCommand(KEY, OWNER, HASH_2, OVERLAP))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new ApiKeyRotatedEvent(KEY, OWNER, HASH_2, HASH_1, NOW.plus(OVERLAP), NOW));
        }

        @Test
        void aSecondRotationHandsOverFromTheSecretOfTheFirst() {
            fixture.given(created(null), new ApiKeyRotatedEvent(KEY, OWNER, HASH_2, HASH_1, NOW, NOW))
                    .when(new RotateApiKeyCommand(KEY, OWNER, "c".repeat(64), OVERLAP))
                    .expectEvents(new ApiKeyRotatedEvent(KEY, OWNER, "c".repeat(64), HASH_2, NOW.plus(OVERLAP), NOW));
        }

        @Test
        void theOverlapNeverOutlivesTheKeysExpiry() {
            Instant expiry = NOW.plus(Duration.ofHours(2));
            fixture.given(created(expiry))
                    .when(new RotateApiKeyCommand(KEY, OWNER, HASH_2, OVERLAP))
                    .expectEvents(new ApiKeyRotatedEvent(KEY, OWNER, HASH_2, HASH_1, expiry, NOW));
        }

        @Test
        void aZeroOverlapEndsTheOldSecretAtOnce() {
            fixture.given(created(null))
                    .when(new RotateApiKeyCommand(KEY, OWNER, HASH_2, Duration.ZERO))
                    .expectEvents(new ApiKeyRotatedEvent(KEY, OWNER, HASH_2, HASH_1, NOW, NOW));
        }

        @Test
        void someoneElsesKeyIsReportedMissing() {
            fixture.given(created(null))
                    .when(new RotateApiKeyCommand(KEY, STRANGER, HASH_2, OVERLAP))
                    .expectNoEvents()
                    .expectException(notFound("api-key-not-found"));
        }

        @Test
        void aRevokedKeyCannotBeRotated() {
            fixture.given(created(null), new ApiKeyRevokedEvent(KEY, OWNER, NOW.minusSeconds(60)))
                    .when(new RotateApiKeyCommand(KEY, OWNER, HASH_2, OVERLAP))
                    .expectNoEvents()
                    .expectException(conflict("api-key-revoked"));
        }

        @Test
        void anExpiredKeyCannotBeRotated() {
            fixture.given(created(NOW.minusSeconds(1)))
                    .when(new RotateApiKeyCommand(KEY, OWNER, HASH_2, OVERLAP))
                    .expectNoEvents()
                    .expectException(conflict("api-key-expired"));
        }
    }

    @Nested
    class Revocation {

        @Test
        void theOwnerRevokesTheKey() {
            fixture.given(created(null))
                    .when(new RevokeApiKeyCommand(KEY, OWNER))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new ApiKeyRevokedEvent(KEY, OWNER, NOW));
        }

        @Test
        void aRotatedKeyIsRevokedWithBothItsSecrets() {
            fixture.given(created(null), new ApiKeyRotatedEvent(KEY, OWNER, HASH_2, HASH_1, NOW.plus(OVERLAP), NOW))
                    .when(new RevokeApiKeyCommand(KEY, OWNER))
                    .expectEvents(new ApiKeyRevokedEvent(KEY, OWNER, NOW));
        }

        @Test
        void someoneElseCannotRevokeIt() {
            fixture.given(created(null))
                    .when(new RevokeApiKeyCommand(KEY, STRANGER))
                    .expectNoEvents()
                    .expectException(notFound("api-key-not-found"));
        }

        @Test
        void revokingTwiceIsAConflict() {
            fixture.given(created(null), new ApiKeyRevokedEvent(KEY, OWNER, NOW.minusSeconds(5)))
                    .when(new RevokeApiKeyCommand(KEY, OWNER))
                    .expectNoEvents()
                    .expectException(conflict("api-key-revoked"));
        }
    }
}
