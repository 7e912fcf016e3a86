package org.muejam.query.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.muejam.query.gdpr.ExportRows;
import org.muejam.query.gdpr.ExportSection;
import org.muejam.query.gdpr.ExportSubject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The account's security: whether two-factor authentication is on, its API keys (names and dates, never secrets),
 * and every security event (sign-ins, failures, lockouts, password and two-factor changes) from the person's log.
 */
@Component
public class SecurityExportSection implements ExportSection {

    /** The event types that are security events. */
    public static final Set<String> SECURITY_EVENTS = Set.of(
            "UserLoggedInEvent",
            "LoginFailedEvent",
            "AccountLockedEvent",
            "DeviceLockedEvent",
            "SuspiciousLoginDetectedEvent",
            "PasswordChangedEvent",
            "PasswordResetRequestedEvent",
            "EmailVerifiedEvent",
            "ExternalIdentityLinkedEvent",
            "TwoFactorSetupStartedEvent",
            "TwoFactorEnabledEvent",
            "TwoFactorDisabledEvent",
            "SecondFactorPassedEvent",
            "SecondFactorFailedEvent",
            "SecondFactorLockedEvent",
            "BackupCodeUsedEvent",
            "BackupCodesRegeneratedEvent");

    private final JdbcTemplate jdbc;

    public SecurityExportSection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "security";
    }

    @Override
    public Object export(ExportSubject subject) {
        Map<String, Object> security = new LinkedHashMap<>();
        List<Map<String, Object>> twoFactor = ExportRows.query(
                jdbc, "SELECT enabled_at FROM two_factor_directory WHERE user_id = ?", subject.userId());
        Map<String, Object> device = new LinkedHashMap<>();
        device.put("enabled", !twoFactor.isEmpty());
        device.put("enabledAt", twoFactor.isEmpty() ? null : twoFactor.get(0).get("enabledAt"));
        security.put("twoFactor", device);
        security.put("apiKeys", ExportRows.query(jdbc, """
                        SELECT key_id, name, created_at, expires_at, rotated_at, revoked_at
                        FROM api_key WHERE owner_id = ? ORDER BY created_at, key_id""", subject.userId()));
        security.put("events", subject.eventsOfType(SECURITY_EVENTS));
        return security;
    }
}
