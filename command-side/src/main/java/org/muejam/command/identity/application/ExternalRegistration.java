package org.muejam.command.identity.application;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.muejam.command.identity.ExternalIdentityDirectory;
import org.muejam.command.identity.ProfilePersonalData;
import org.muejam.command.shared.CommandAttribution;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.shared.identity.ExternalIdentity;
import org.muejam.shared.identity.RegisterExternalUserCommand;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.legal.DocumentVersion;
import org.springframework.stereotype.Service;

/**
 * Registration of a person signed in at the external OpenID Connect issuer: the account (age, consents, one account
 * per address and per external identity) decides as for any registration. The address is the issuer's verified one
 * unless the person names another, which is then verified by a mailed link.
 */
@Service
public class ExternalRegistration {

    /** What the issuer's token says of the person's address: a verified one, or none to trust. */
    public record IssuerEmail(String address, boolean verified) {

        public static final IssuerEmail NONE = new IssuerEmail(null, false);
    }

    private final CommandGateway commands;
    private final EmailVerification verification;
    private final ExternalIdentityDirectory identities;
    private final CommandAttribution attribution;
    private final ProfilePersonalData personalData;

    public ExternalRegistration(
            CommandGateway commands,
            EmailVerification verification,
            ExternalIdentityDirectory identities,
            CommandAttribution attribution,
            ProfilePersonalData personalData) {
        this.commands = commands;
        this.verification = verification;
        this.identities = identities;
        this.attribution = attribution;
        this.personalData = personalData;
    }

    public UserId register(
            UserId userId,
            ExternalIdentity identity,
            IssuerEmail issuerEmail,
            String email,
            String displayName,
            LocalDate birthDate,
            List<DocumentVersion> accepted,
            String ipAddress,
            String userAgent) {
        if (identities.accountOf(identity).isPresent()) {
            throw ExternalIdentityDirectory.alreadyLinked();
        }
        ProfilePersonalData.requireNone(personalData, "displayName", displayName);
        boolean fromIssuer = email == null || email.isBlank();
        if (fromIssuer && !issuerEmail.verified()) {
            throw DomainRuleViolation.invalid(
                    "email-required",
                    "email",
                    "the issuer's token carries no verified email address (email with email_verified true): send "
                            + "email, which is then verified by a mailed link");
        }
        String address = fromIssuer ? issuerEmail.address() : email;
        boolean verifiedByIssuer = issuerEmail.verified() && address.strip().equalsIgnoreCase(issuerEmail.address());
        EmailVerification.Link link = verifiedByIssuer ? null : verification.newLink();
        attribution.actingAs(userId);
        commands.sendAndWait(new RegisterExternalUserCommand(
                userId,
                identity,
                address,
                verifiedByIssuer,
                displayName,
                birthDate,
                accepted,
                link == null ? null : link.tokenHash(),
                link == null ? null : link.expiresAt(),
                ipAddress,
                userAgent));
        if (link != null) {
            verification.sent(link, userId, address.strip(), displayName.strip());
        }
        return userId;
    }
}
