package org.muejam.infra.identity;

import java.util.Locale;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.muejam.command.identity.PasswordPolicy;
import org.muejam.infra.config.MueJamProperties;
import org.muejam.shared.identity.BootstrapAdministratorCommand;
import org.muejam.shared.identity.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Creates the first administrator from MUEJAM_ADMIN_EMAIL / MUEJAM_ADMIN_PASSWORD unless that account exists. */
@Component
public class AdministratorBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

    private final MueJamProperties properties;
    private final JdbcEmailDirectory directory;
    private final CommandGateway commands;
    private final PasswordEncoder passwords;

    public AdministratorBootstrap(
            MueJamProperties properties,
            JdbcEmailDirectory directory,
            CommandGateway commands,
            PasswordEncoder passwords) {
        this.properties = properties;
        this.directory = directory;
        this.commands = commands;
        this.passwords = passwords;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.runs("command")) {
            return;
        }
        MueJamProperties.Admin admin = properties.admin();
        String email = admin.email().strip().toLowerCase(Locale.ROOT);
        if (directory.isClaimed(email)) {
            return;
        }
        String refusal = PasswordPolicy.refusal(admin.password(), email, admin.displayName());
        if (refusal != null) {
            throw new IllegalStateException("MUEJAM_ADMIN_PASSWORD is refused: " + refusal);
        }
        commands.sendAndWait(new BootstrapAdministratorCommand(
                UserId.random(), email, admin.displayName(), passwords.encode(admin.password())));
        log.info("created the first administrator {}", email);
    }
}
