package org.muejam.query.legal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.muejam.query.gdpr.ExportRows;
import org.muejam.query.gdpr.ExportSection;
import org.muejam.query.gdpr.ExportSubject;
import org.muejam.shared.personaldata.PersonalDataVault;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Every legal document version the person accepted, from where and with which client (opened for its owner). */
@Component
public class LegalConsentsExportSection implements ExportSection {

    private final JdbcTemplate jdbc;
    private final PersonalDataVault vault;

    public LegalConsentsExportSection(JdbcTemplate jdbc, PersonalDataVault vault) {
        this.jdbc = jdbc;
        this.vault = vault;
    }

    @Override
    public String name() {
        return "legalConsents";
    }

    @Override
    public Object export(ExportSubject subject) {
        return ExportRows.query(jdbc, """
                        SELECT document_type, version, consented_at, ip_address, user_agent
                        FROM user_consent WHERE user_id = ? ORDER BY consented_at, event_id""", subject.userId()).stream()
                .map(row -> {
                    Map<String, Object> opened = new LinkedHashMap<>(row);
                    opened.put("ipAddress", open(subject, row.get("ipAddress")));
                    opened.put("userAgent", open(subject, row.get("userAgent")));
                    return opened;
                })
                .toList();
    }

    private String open(ExportSubject subject, Object sealed) {
        return sealed == null ? null : vault.open(subject.userId(), sealed.toString());
    }
}
