package org.muejam.command.privacy.application;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.legal.DocumentType;
import org.muejam.shared.privacy.ChangePrivacySettingsCommand;
import org.muejam.shared.privacy.ConsentPurpose;
import org.muejam.shared.privacy.PrivacySettings;
import org.springframework.stereotype.Service;

/**
 * A signed-in person changes their privacy settings, or withdraws an optional consent by its purpose. Consents to
 * legal documents are conditions of the account and cannot be withdrawn here (422 {@code consent-required}); cookie
 * choices are withdrawn where they are made (422 {@code cookie-consent-elsewhere}); any other purpose is 400
 * {@code unknown-consent-purpose}.
 */
@Service
public class PrivacyPreferences {

    public static final int MAX_PURPOSE = 64;

    private final CommandGateway commands;

    public PrivacyPreferences(CommandGateway commands) {
        this.commands = commands;
    }

    /** Changes the settings the command names; returns them all as they stand after it. */
    public PrivacySettings change(ChangePrivacySettingsCommand command) {
        return commands.sendAndWait(command);
    }

    /** Withdraws the consent; one already withdrawn stays so, storing nothing. Returns the settings after it. */
    public PrivacySettings withdraw(UserId person, String purpose) {
        if (purpose == null || purpose.isBlank()) {
            throw DomainRuleViolation.invalid("purpose-required", "purpose", "name the consent to withdraw");
        }
        ConsentPurpose optional = ConsentPurpose.fromSlug(purpose).orElseThrow(() -> refusal(purpose));
        return commands.sendAndWait(ChangePrivacySettingsCommand.withdraw(person, optional));
    }

    private static DomainRuleViolation refusal(String purpose) {
        if (DocumentType.fromSlug(purpose).isPresent()) {
            return DomainRuleViolation.invalid(
                            "consent-required",
                            null,
                            "consent to the " + purpose + " is a condition of the account and cannot be withdrawn;"
                                    + " deleting the account ends it")
                    .with("purpose", purpose);
        }
        if (purpose.equals("analytics-cookies") || purpose.equals("marketing-cookies")) {
            return DomainRuleViolation.invalid(
                            "cookie-consent-elsewhere",
                            null,
                            "cookie choices are changed with PUT /api/legal/cookie-consent")
                    .with("purpose", purpose);
        }
        String shown = purpose.length() > MAX_PURPOSE ? purpose.substring(0, MAX_PURPOSE) + "…" : purpose;
        return DomainRuleViolation.invalid(
                "unknown-consent-purpose",
                "purpose",
                "no optional consent named '" + shown + "': analytics or marketing");
    }
}
