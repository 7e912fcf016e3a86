package org.muejam.infra.moderation.abuse;

import org.muejam.command.moderation.abuse.AbuseThresholds;
import org.muejam.command.moderation.application.AutomatedReports;
import org.muejam.infra.config.MueJamProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The abuse detector: its thresholds, its keys and its pruning. Its processor (application.yml,
 * axon.eventhandling.processors.abuse-detection) has one segment: the rules count across aggregates (one author's
 * stories, one address's accounts), so events are judged one after the other in the order of the log. Its first
 * start reads the log stored before as a replay, which its handlers skip: a deployment does not report the past.
 */
@Configuration
public class AbuseDetectionConfig {

    private static final Logger log = LoggerFactory.getLogger(AbuseDetectionConfig.class);

    @Bean
    AbuseThresholds abuseThresholds(AbuseDetectionProperties properties) {
        return properties.thresholds();
    }

    @Bean
    AbuseKeys abuseKeys(MueJamProperties properties) {
        return new AbuseKeys(properties.masterKeyBytes());
    }

    @Bean
    AbusePruning abusePruning(AutomatedReports reports) {
        return new AbusePruning(reports);
    }

    /** Every node runs it: the delete is the same whoever runs it first. */
    static class AbusePruning {

        private final AutomatedReports reports;

        AbusePruning(AutomatedReports reports) {
            this.reports = reports;
        }

        @Scheduled(fixedDelayString = "${muejam.abuse.prune-interval:10m}", initialDelayString = "1m")
        public void run() {
            try {
                reports.prune();
            } catch (DataAccessException e) {
                log.warn("old abuse observations could not be deleted; the next run tries again", e);
            }
        }
    }
}
