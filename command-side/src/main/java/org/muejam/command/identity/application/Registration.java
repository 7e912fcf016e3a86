package org.muejam.command.identity.application;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.muejam.command.identity.PasswordHasher;
import org.muejam.command.identity.PasswordPolicy;
import org.muejam.command.identity.ProfilePersonalData;
import org.muejam.command.shared.CommandAttribution;
import org.muejam.shared.identity.RegisterUserCommand;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.legal.DocumentVersion;
import org.springframework.stereotype.Service;

/**
 * Registration: the password must pass the password policy; the account (age, consents, one account per address)
 * decides the rest, and the person is mailed a link to verify the address.
 */
@Service
public class Registration {

    private final CommandGateway commands;
    private final PasswordHasher passwords;
    private final EmailVerification verification;
    private final CommandAttribution attribution;
    private final ProfilePersonalData personalData;

    public Registration(
            CommandGateway commands,
            PasswordHasher passwords,
            EmailVerification verification,
            CommandAttribution attribution,
            ProfilePersonalData personalData) {
        this.commands = commands;
        this.passwords = passwords;
        this.verification = verification;
        this.attribution = attribution;
        this.personalData = personalData;
    }

    public UserId register(
            UserId userId,
            String email,
            String password,
            String displayName,
            LocalDate birthDate,
            List<DocumentVersion> accepted,
            String ipAddress,
            String userAgent) {
        ProfilePersonalData.requireNone(personalData, "displayName", displayName);
        PasswordPolicy.requireAcceptable(password, email, displayName);
        EmailVerification.Link link = verification.newLink();
        attribution.actingAs(userId);
        commands.sendAndWait(new RegisterUserCommand(
                userId,
                email,
                displayName,
                passwords.hash(password),
                birthDate,
                accepted,
                link.tokenHash(),
                link.expiresAt(),
                ipAddress,
                userAgent));
        verification.sent(link, userId, email, displayName);
        return userId;
    }
}
