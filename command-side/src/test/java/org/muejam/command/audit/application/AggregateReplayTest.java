package org.muejam.command.audit.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.DefaultParameterResolverFactory;
import org.junit.jupiter.api.Test;
import org.muejam.shared.apikeys.ApiKeyCreatedEvent;
import org.muejam.shared.apikeys.ApiKeyRevokedEvent;
import org.muejam.shared.identity.TwoFactorIds;
import org.muejam.shared.identity.TwoFactorSetupStartedEvent;
import org.muejam.shared.identity.UserId;

class AggregateReplayTest {

    private static final String KEY = "key:0b6c5d1e-0000-4000-8000-000000000001";
    private static final UserId OWNER = UserId.of("owner-1");
    private static final Instant CREATED = Instant.parse("2026-03-01T12:00:00Z");
    private static final Instant REVOKED = Instant.parse("2026-03-02T12:00:00Z");

    private final AggregateReplay replay =
            new AggregateReplay(ClasspathParameterResolverFactory.forClass(AggregateReplay.class));

    private static DomainEventStream history() {
        return DomainEventStream.of(List.of(
                new GenericDomainEventMessage<>(
                        "ApiKey",
                        KEY,
                        0,
                        new ApiKeyCreatedEvent(KEY, OWNER, "bot", "hash", null, CREATED),
                        MetaData.emptyInstance(),
                        "e-0",
                        CREATED),
                new GenericDomainEventMessage<>(
                        "ApiKey",
                        KEY,
                        1,
                        new ApiKeyRevokedEvent(KEY, OWNER, REVOKED),
                        MetaData.emptyInstance(),
                        "e-1",
                        REVOKED)));
    }

    @Test
    void beforeTheFirstEventThereIsNoState() {
        AggregateReplay.Replayed before = replay.replay("ApiKey", history(), CREATED.minusSeconds(1));

        assertThat(before.state()).isNull();
        assertThat(before.version()).isEqualTo(-1);
        assertThat(before.lastEventAt()).isNull();
    }

    @Test
    void theStateIsTheOneTheEventsUpToTheInstantLeft() throws Exception {
        AggregateReplay.Replayed between = replay.replay("ApiKey", history(), CREATED);
        AggregateReplay.Replayed after = replay.replay("ApiKey", history(), REVOKED.plusSeconds(1));

        assertThat(between.version()).isZero();
        assertThat(between.lastEventAt()).isEqualTo(CREATED);
        assertThat(field(between.state(), "revoked")).isEqualTo(false);
        assertThat(field(between.state(), "keyId")).isEqualTo(KEY);
        assertThat(after.version()).isEqualTo(1);
        assertThat(after.lastEventAt()).isEqualTo(REVOKED);
        assertThat(field(after.state(), "revoked")).isEqualTo(true);
    }

    @Test
    void everyAggregateTypeIsOfferedAndFoundInAnyLetterCase() {
        assertThat(replay.types())
                .containsExactlyInAnyOrder(
                        "UserAccount",
                        "LegalDocumentSeries",
                        "CookieConsent",
                        "ApiKey",
                        "TwoFactorAuthentication",
                        "Projection",
                        "ContentFilterConfiguration",
                        "BlockedSubmission",
                        "Story",
                        "Comment",
                        "Whisper",
                        "ContentPreferences",
                        "Image",
                        "ReadingList",
                        "ReadingProgress",
                        "Like",
                        "Follow",
                        "ModerationCase",
                        "DmcaTakedown",
                        "PersonPrivacy",
                        "DataExport",
                        "DeletionRequest");
        assertThat(replay.typeNamed("apikey")).contains("ApiKey");
        assertThat(replay.typeNamed("USERACCOUNT")).contains("UserAccount");
        assertThat(replay.typeNamed("Nothing")).isEmpty();
    }

    @Test
    void anAggregateWhoseCommandHandlersTakeServicesIsReplayedWithoutThem() throws Exception {
        // TwoFactorAuthentication's command handlers take a Clock and ports; here only messages are resolved
        AggregateReplay replay = new AggregateReplay(new DefaultParameterResolverFactory());
        String id = TwoFactorIds.of(OWNER);
        DomainEventStream started = DomainEventStream.of(new GenericDomainEventMessage<>(
                "TwoFactorAuthentication",
                id,
                0,
                new TwoFactorSetupStartedEvent(OWNER, "secret-1", CREATED),
                MetaData.emptyInstance(),
                "e-0",
                CREATED));

        AggregateReplay.Replayed replayed = replay.replay("TwoFactorAuthentication", started, CREATED);

        assertThat(replayed.version()).isZero();
        assertThat(field(replayed.state(), "id")).isEqualTo(id);
        assertThat(field(replayed.state(), "pendingSecret")).isEqualTo("secret-1");
    }

    private static Object field(Object state, String name) throws ReflectiveOperationException {
        Field field = state.getClass().getDeclaredField(name);
        field.setAccessible(true);
        return field.get(state);
    }
}
