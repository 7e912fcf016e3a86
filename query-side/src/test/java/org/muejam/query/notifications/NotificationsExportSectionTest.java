package org.muejam.query.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.muejam.query.gdpr.ExportSubject;

class NotificationsExportSectionTest {

    private final NotificationsExportSection section = new NotificationsExportSection();

    @Test
    void everyEventThatMailsThePersonIsANoticeInOrderAndNothingElseIs() {
        ExportSubject subject = new ExportSubject(
                "u1",
                List.of(
                        event("UserRegisteredEvent", "2026-01-01T00:00:00Z", Map.of()),
                        event("EmailVerificationIssuedEvent", "2026-01-01T00:00:01Z", Map.of()),
                        event("UserLoggedInEvent", "2026-01-02T00:00:00Z", Map.of()),
                        event("TwoFactorEnabledEvent", "2026-01-03T00:00:00Z", Map.of()),
                        event("AppealDecidedEvent", "2026-01-04T00:00:00Z", Map.of("decision", "UPHOLD")),
                        event("ModerationActionReversedEvent", "2026-01-04T00:00:01Z", Map.of()),
                        event("AppealDecidedEvent", "2026-01-05T00:00:00Z", Map.of("decision", "DENY")),
                        event("DataExportReadyEvent", "2026-01-06T00:00:00Z", Map.of())));

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> notices = (List<Map<String, Object>>) section.export(subject);

        List<String> kinds = new ArrayList<>();
        notices.forEach(notice -> kinds.add(notice.get("kind") + "@" + notice.get("at")));
        assertThat(kinds)
                .containsExactly(
                        "email-verification@2026-01-01T00:00:01Z",
                        "two-factor-enabled@2026-01-03T00:00:00Z",
                        "appeal-upheld@2026-01-04T00:00:01Z",
                        "appeal-denied@2026-01-05T00:00:00Z",
                        "data-export-ready@2026-01-06T00:00:00Z");
        assertThat(notices.get(0))
                .containsEntry("channel", "email")
                .containsEntry("eventType", "EmailVerificationIssuedEvent")
                .containsEntry("aggregateType", "UserAccount")
                .containsEntry("aggregateId", "agg-2026-01-01T00:00:01Z");
        assertThat(section.name()).isEqualTo("notifications");
    }

    @Test
    void anEventWithoutAPayloadOrOfAnUnknownTypeIsNoNoticeOrAPlainOne() {
        ExportSubject subject = new ExportSubject(
                "u1",
                List.of(
                        Map.of("eventType", "AppealDecidedEvent", "occurredAt", "t1"),
                        Map.of("eventType", "StrikeRecordedEvent", "occurredAt", "t2"),
                        Map.of("occurredAt", "t3")));

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> notices = (List<Map<String, Object>>) section.export(subject);

        assertThat(notices).extracting(notice -> notice.get("kind")).containsExactly("strike");
    }

    private static Map<String, Object> event(String type, String at, Map<String, Object> payload) {
        return Map.of(
                "eventType", type,
                "occurredAt", at,
                "aggregateType", "UserAccount",
                "aggregateId", "agg-" + at,
                "payload", payload);
    }
}
