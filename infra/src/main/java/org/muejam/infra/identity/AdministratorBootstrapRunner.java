package org.muejam.infra.identity;

import org.muejam.command.identity.application.AdministratorBootstrap;
import org.muejam.infra.config.MueJamProperties;
import org.muejam.shared.identity.EmailAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** At start-up of the command role: the first administrator from MUEJAM_ADMIN_EMAIL / MUEJAM_ADMIN_PASSWORD. */
@Component
public class AdministratorBootstrapRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrapRunner.class);

    private final MueJamProperties properties;
    private final AdministratorBootstrap bootstrap;

    public AdministratorBootstrapRunner(MueJamProperties properties, AdministratorBootstrap bootstrap) {
        this.properties = properties;
        this.bootstrap = bootstrap;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.runs("command")) {
            return;
        }
        MueJamProperties.Admin admin = properties.admin();
        if (bootstrap.bootstrap(admin.email(), admin.displayName(), admin.password())) {
            log.info("created the first administrator {}", EmailAddress.normalise(admin.email()));
        }
    }
}
