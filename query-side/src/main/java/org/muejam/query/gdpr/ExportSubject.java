package org.muejam.query.gdpr;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The person an export is for, with every event by or about them as the history endpoint shows it (personal fields
 * decrypted, secrets redacted), oldest first: {@code eventType}, {@code occurredAt}, {@code aggregateType},
 * {@code aggregateId}, {@code payload}, ... Read once per export and shared by every section.
 */
public record ExportSubject(String userId, List<Map<String, Object>> events) {

    public ExportSubject {
        events = List.copyOf(events);
    }

    /** The person's events of the given types ({@code "UserLoggedInEvent"}), oldest first. */
    public List<Map<String, Object>> eventsOfType(Set<String> eventTypes) {
        return events.stream()
                .filter(event -> eventTypes.contains(String.valueOf(event.get("eventType"))))
                .toList();
    }
}
