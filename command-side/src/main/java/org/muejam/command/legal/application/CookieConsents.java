package org.muejam.command.legal.application;

import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.shared.audit.AuditMetadata;
import org.muejam.shared.legal.RecordCookieConsentCommand;
import org.springframework.stereotype.Service;

/**
 * Records cookie choices: essential cookies cannot be refused, and the choices belong to the signed-in person or
 * else to the anonymous browser session that names itself.
 */
@Service
public class CookieConsents {

    private final CommandGateway commands;

    public CookieConsents(CommandGateway commands) {
        this.commands = commands;
    }

    /** Returns the holder the choices were recorded for: "user:&lt;id&gt;" or "session:&lt;id&gt;". */
    public String record(String userId, String sessionId, Boolean essential, boolean analytics, boolean marketing) {
        if (Boolean.FALSE.equals(essential)) {
            throw DomainRuleViolation.invalid(
                    "essential-cookies-required",
                    "essential",
                    "essential cookies keep the platform working and cannot be refused");
        }
        if (userId != null) {
            String holder = "user:" + userId;
            commands.sendAndWait(new RecordCookieConsentCommand(holder, analytics, marketing));
            return holder;
        }
        if (sessionId == null) {
            throw DomainRuleViolation.invalid(
                    "session-id-required", "sessionId", "sign in, or name the anonymous session with sessionId");
        }
        String holder = "session:" + sessionId;
        // nobody is signed in: the audit trail names the session as the one whose data this is
        commands.sendAndWait(
                GenericCommandMessage.asCommandMessage(new RecordCookieConsentCommand(holder, analytics, marketing))
                        .andMetaData(Map.of(AuditMetadata.SUBJECT_ID, holder)));
        return holder;
    }
}
