package org.muejam.query.audit;

import java.util.Map;
import java.util.TreeMap;
import org.muejam.query.gdpr.ExportSection;
import org.muejam.query.gdpr.ExportSubject;
import org.springframework.stereotype.Component;

/** Which kinds of event the platform stores by or about the person, and how many of each. */
@Component
public class EventTypesExportSection implements ExportSection {

    @Override
    public String name() {
        return "eventTypes";
    }

    @Override
    public Object export(ExportSubject subject) {
        Map<String, Long> counts = new TreeMap<>();
        subject.events().forEach(event -> counts.merge(String.valueOf(event.get("eventType")), 1L, Long::sum));
        return counts;
    }
}
