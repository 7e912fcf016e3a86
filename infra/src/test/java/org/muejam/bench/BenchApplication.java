package org.muejam.bench;

import org.muejam.infra.MueJamApplication;
import org.springframework.boot.SpringApplication;

/**
 * The platform as served, plus the bench-only beans of {@link BenchOnlyConfiguration}. Lives on the test class
 * path, outside the application's component scan, so neither the jar nor the integration tests ever see it.
 */
public final class BenchApplication {

    private BenchApplication() {}

    public static void main(String[] args) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
        // nothing but the mode: every other setting of this group stays at Spring Boot's defaults
        System.setProperty("axon.eventhandling.processors." + StockConsentProjection.NAME + ".mode", "tracking");
        SpringApplication.run(new Class<?>[] {MueJamApplication.class, BenchOnlyConfiguration.class}, args);
    }
}
