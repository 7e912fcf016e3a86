package org.muejam.query.legal;

import org.muejam.query.gdpr.ExportRows;
import org.muejam.query.gdpr.ExportSection;
import org.muejam.query.gdpr.ExportSubject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The cookie choices the person made while signed in (the latest one stands), and every change in their log. */
@Component
public class CookieConsentsExportSection implements ExportSection {

    private final JdbcTemplate jdbc;

    public CookieConsentsExportSection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "cookieConsents";
    }

    @Override
    public Object export(ExportSubject subject) {
        return ExportRows.query(jdbc, """
                SELECT holder, essential, analytics, marketing, consented_at FROM cookie_consent
                WHERE holder = ? ORDER BY consented_at""", "user:" + subject.userId());
    }
}
