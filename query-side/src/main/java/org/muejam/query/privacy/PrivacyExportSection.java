package org.muejam.query.privacy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.muejam.query.gdpr.ExportSection;
import org.muejam.query.gdpr.ExportSubject;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.privacy.FindConsentHistoryQuery;
import org.springframework.stereotype.Component;

/** The person's privacy settings as they stand (the defaults when never changed) and every consent given or withdrawn. */
@Component
public class PrivacyExportSection implements ExportSection {

    private final PrivacyQueries privacy;

    public PrivacyExportSection(PrivacyQueries privacy) {
        this.privacy = privacy;
    }

    @Override
    public String name() {
        return "privacy";
    }

    @Override
    public Object export(ExportSubject subject) {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("settings", privacy.settingsOf(subject.userId()));
        section.put("consentHistory", privacy.handle(new FindConsentHistoryQuery(UserId.of(subject.userId()))));
        return section;
    }
}
