package org.muejam.infra.gdpr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An export shows the owner's own addresses and clients, never another person's on an event about the owner. */
class OwnerViewTest {

    private static Map<String, Object> event(Map<String, Object> metadata) {
        Map<String, Object> event = new HashMap<>();
        event.put("eventType", "AccountSuspendedEvent");
        event.put("payload", Map.of("userId", "owner"));
        event.put("metadata", metadata);
        return event;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> metadata(Map<String, Object> view) {
        return (Map<String, Object>) view.get("metadata");
    }

    @Test
    void theOwnersOwnAddressAndClientStay() {
        Map<String, Object> view = DataExportProcessor.ownerView(
                event(Map.of("actorId", "owner", "subjectId", "owner", "ipAddress", "192.0.2.1", "userAgent", "ua")),
                "owner");
        assertThat(metadata(view))
                .containsEntry("ipAddress", "192.0.2.1")
                .containsEntry("userAgent", "ua")
                .containsEntry("actorId", "owner");
    }

    @Test
    void aCookieChoiceHeldAsUserIdIsTheOwners() {
        Map<String, Object> view = DataExportProcessor.ownerView(
                event(Map.of("subjectId", "user:owner", "ipAddress", "192.0.2.1")), "owner");
        assertThat(metadata(view)).containsEntry("ipAddress", "192.0.2.1");
    }

    @Test
    void aModeratorsAddressClientAndIdAreLeftOut() {
        Map<String, Object> view = DataExportProcessor.ownerView(
                event(Map.of(
                        "actorId",
                        "moderator",
                        "actorType",
                        "user",
                        "subjectId",
                        "moderator",
                        "ipAddress",
                        "198.51.100.7",
                        "userAgent",
                        "staff browser",
                        "requestId",
                        "r-1")),
                "owner");
        assertThat(metadata(view))
                .doesNotContainKeys("ipAddress", "userAgent", "actorId", "subjectId")
                .containsEntry("actorType", "user")
                .containsEntry("requestId", "r-1");
        assertThat(view.get("payload")).isEqualTo(Map.of("userId", "owner"));
    }

    @Test
    void theSystemStaysNamedAndAnEventWithoutMetadataIsShownAsItIs() {
        Map<String, Object> view =
                DataExportProcessor.ownerView(event(Map.of("actorId", "system", "subjectId", "owner")), "owner");
        assertThat(metadata(view)).containsEntry("actorId", "system");
        Map<String, Object> bare = new HashMap<>(Map.of("eventType", "X"));
        assertThat(DataExportProcessor.ownerView(bare, "owner")).isSameAs(bare);
    }
}
