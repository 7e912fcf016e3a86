package org.muejam.query.audit;

import org.muejam.query.gdpr.ExportSection;
import org.muejam.query.gdpr.ExportSubject;
import org.springframework.stereotype.Component;

/**
 * Every event by or about the person, oldest first, as the history endpoint shows it: personal fields decrypted
 * for their owner, secrets (password hashes, two-factor secrets) redacted.
 */
@Component
public class EventHistoryExportSection implements ExportSection {

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Object export(ExportSubject subject) {
        return subject.events();
    }
}
