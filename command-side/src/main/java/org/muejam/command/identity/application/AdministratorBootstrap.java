package org.muejam.command.identity.application;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.muejam.command.identity.EmailDirectory;
import org.muejam.command.identity.PasswordHasher;
import org.muejam.command.identity.PasswordPolicy;
import org.muejam.shared.identity.BootstrapAdministratorCommand;
import org.muejam.shared.identity.EmailAddress;
import org.muejam.shared.identity.UserId;
import org.springframework.stereotype.Service;

/**
 * The first administrator, from the deployment's settings, unless an account holds the address already. Its
 * password must pass the password policy like anyone's: a refused one stops the start-up.
 */
@Service
public class AdministratorBootstrap {

    private final EmailDirectory directory;
    private final CommandGateway commands;
    private final PasswordHasher passwords;

    public AdministratorBootstrap(EmailDirectory directory, CommandGateway commands, PasswordHasher passwords) {
        this.directory = directory;
        this.commands = commands;
        this.passwords = passwords;
    }

    /** Returns whether the administrator was created now (false when the address already has an account). */
    public boolean bootstrap(String email, String displayName, String password) {
        String address = EmailAddress.normalise(email);
        if (directory.isClaimed(address)) {
            return false;
        }
        String refusal = PasswordPolicy.refusal(password, address, displayName);
        if (refusal != null) {
            throw new IllegalStateException("MUEJAM_ADMIN_PASSWORD is refused: " + refusal);
        }
        commands.sendAndWait(
                new BootstrapAdministratorCommand(UserId.random(), address, displayName, passwords.hash(password)));
        return true;
    }
}
