package org.muejam.query.notifications;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.muejam.query.gdpr.ExportSection;
import org.muejam.query.gdpr.ExportSubject;
import org.springframework.stereotype.Component;

/**
 * The notifications the platform sent the person: every mail it sends a person is set off by an event of theirs
 * (a sign-in from a new place, a strike, an export ready, ...), so the section lists those events as notices, with
 * their kind and time. Mail itself is not kept (neither its text nor whether the mail server took it), so a notice
 * says the platform sent, or tried to send, that mail then.
 */
@Component
public class NotificationsExportSection implements ExportSection {

    private record Notice(String kind, Predicate<Map<?, ?>> sent) {
        Notice(String kind) {
            this(kind, payload -> true);
        }
    }

    /** The events that mail the person, by type, and the kind of notice each is. */
    static final Map<String, Notice> MAILED_ON = Map.ofEntries(
            Map.entry("EmailVerificationIssuedEvent", new Notice("email-verification")),
            Map.entry("PasswordResetRequestedEvent", new Notice("password-reset")),
            Map.entry("PasswordChangedEvent", new Notice("password-changed")),
            Map.entry("AccountLockedEvent", new Notice("account-locked")),
            Map.entry("SecondFactorLockedEvent", new Notice("second-factor-locked")),
            Map.entry("SuspiciousLoginDetectedEvent", new Notice("suspicious-sign-in")),
            Map.entry("TwoFactorEnabledEvent", new Notice("two-factor-enabled")),
            Map.entry("TwoFactorDisabledEvent", new Notice("two-factor-disabled")),
            Map.entry("BackupCodesRegeneratedEvent", new Notice("backup-codes-regenerated")),
            Map.entry("StrikeRecordedEvent", new Notice("strike")),
            Map.entry("ModerationActionReversedEvent", new Notice("appeal-upheld")),
            // an upheld appeal is told with its reversal; only a denial is a mail of its own
            Map.entry(
                    "AppealDecidedEvent",
                    new Notice("appeal-denied", payload -> "DENY".equals(String.valueOf(payload.get("decision"))))),
            Map.entry("DmcaTakedownApprovedEvent", new Notice("dmca-takedown")),
            Map.entry("DmcaContentRestoredEvent", new Notice("dmca-content-restored")),
            Map.entry("DataExportReadyEvent", new Notice("data-export-ready")),
            Map.entry("AccountDeletionRequestedEvent", new Notice("deletion-requested")),
            Map.entry("AccountDeletionCancelledEvent", new Notice("deletion-cancelled")));

    /** The types of the events that mail the person ({@code "StrikeRecordedEvent"}). */
    public static Set<String> mailingEvents() {
        return MAILED_ON.keySet();
    }

    @Override
    public String name() {
        return "notifications";
    }

    @Override
    public Object export(ExportSubject subject) {
        List<Map<String, Object>> notices = new ArrayList<>();
        for (Map<String, Object> event : subject.events()) {
            String type = String.valueOf(event.get("eventType"));
            Notice notice = MAILED_ON.get(type);
            Map<?, ?> payload = event.get("payload") instanceof Map<?, ?> map ? map : Map.of();
            if (notice != null && notice.sent().test(payload)) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("kind", notice.kind());
                entry.put("channel", "email");
                entry.put("at", event.get("occurredAt"));
                entry.put("eventType", type);
                entry.put("aggregateType", event.get("aggregateType"));
                entry.put("aggregateId", event.get("aggregateId"));
                notices.add(entry);
            }
        }
        return notices;
    }
}
