package org.muejam.projections.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.muejam.shared.audit.AuditEntry;
import org.muejam.shared.audit.AuditMetadata;
import org.muejam.shared.identity.EmailVerifiedEvent;
import org.muejam.shared.identity.LoginFailedEvent;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.identity.UserLoggedInEvent;
import org.muejam.shared.legal.CookieConsentRecordedEvent;
import org.muejam.shared.legal.DocumentType;
import org.muejam.shared.legal.LegalDocumentPublishedEvent;

/**
 * Audit logging for critical actions: every event of the platform yields
 * an audit entry naming the action, the actor, their address and client, the resource and the time — nothing
 * of the request context is lost, and the personal columns never leak into the metadata blob.
 */
class AuditLoggingProperties {

    @Property(tries = 300)
    void everyEventBecomesACompleteAuditEntry(
            @ForAll("events") Object payload,
            @ForAll @AlphaChars @StringLength(min = 1, max = 36) String aggregateId,
            @ForAll("contexts") Map<String, String> context,
            @ForAll("positions") long position) {
        Instant at = Instant.parse("2026-05-01T12:00:00Z");
        GenericDomainEventMessage<Object> message = new GenericDomainEventMessage<>(
                "UserAccount", aggregateId, 3, payload, MetaData.from(context), "event-" + position, at);

        AuditEntry entry = AuditLogProjection.entryFor(message, position);

        assertThat(entry.position()).isEqualTo(position);
        assertThat(entry.eventId()).isEqualTo("event-" + position);
        assertThat(payload.getClass().getSimpleName()).isEqualTo(entry.actionType() + "Event");
        assertThat(entry.actorId()).isEqualTo(context.get(AuditMetadata.ACTOR_ID));
        assertThat(entry.subjectId()).isEqualTo(context.get(AuditMetadata.SUBJECT_ID));
        assertThat(entry.ipAddress()).isEqualTo(context.get(AuditMetadata.IP_ADDRESS));
        assertThat(entry.userAgent()).isEqualTo(context.get(AuditMetadata.USER_AGENT));
        assertThat(entry.resourceType()).isEqualTo("UserAccount");
        assertThat(entry.resourceId()).isEqualTo(aggregateId);
        assertThat(entry.result()).isEqualTo("SUCCESS");
        assertThat(entry.occurredAt()).isEqualTo(at);
        assertThat(entry.metadata())
                .doesNotContainKeys(
                        AuditMetadata.ACTOR_ID,
                        AuditMetadata.SUBJECT_ID,
                        AuditMetadata.IP_ADDRESS,
                        AuditMetadata.USER_AGENT);
        context.forEach((key, value) -> {
            if (!Set.of(
                            AuditMetadata.ACTOR_ID,
                            AuditMetadata.SUBJECT_ID,
                            AuditMetadata.IP_ADDRESS,
                            AuditMetadata.USER_AGENT)
                    .contains(key)) {
                assertThat(entry.metadata()).containsEntry(key, value);
            }
        });
    }

    @Provide
    Arbitrary<Object> events() {
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        UserId user = new UserId("user-1");
        return Arbitraries.of(List.of(
                new EmailVerifiedEvent(user, at),
                new UserLoggedInEvent(user, at),
                new LoginFailedEvent(user, at, 2),
                new CookieConsentRecordedEvent("session:x", true, false, true, at),
                new LegalDocumentPublishedEvent(
                        DocumentType.PRIVACY_POLICY,
                        "2",
                        "text",
                        at.atZone(java.time.ZoneOffset.UTC).toLocalDate(),
                        at)));
    }

    @Provide
    Arbitrary<Map<String, String>> contexts() {
        Arbitrary<String> values = Arbitraries.strings().ofMinLength(1).ofMaxLength(40);
        return Arbitraries.maps(
                        Arbitraries.of(
                                AuditMetadata.ACTOR_ID,
                                AuditMetadata.ACTOR_TYPE,
                                AuditMetadata.SUBJECT_ID,
                                AuditMetadata.IP_ADDRESS,
                                AuditMetadata.USER_AGENT,
                                AuditMetadata.REQUEST_ID,
                                "correlationId",
                                "traceId"),
                        values)
                .ofMaxSize(8)
                .map(HashMap::new);
    }

    @Provide
    Arbitrary<Long> positions() {
        return Arbitraries.longs().between(0, Long.MAX_VALUE / 2);
    }
}
