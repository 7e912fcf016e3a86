package org.muejam.infra.gdpr;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.content.media.BlobStore;
import org.muejam.command.shared.Mailer;
import org.muejam.infra.audit.EventStoreHistory;
import org.muejam.infra.config.MueJamProperties;
import org.muejam.infra.content.media.MediaProperties;
import org.muejam.query.gdpr.ExportSection;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Data exports (decision 0040): the link signer and the delivery the settings choose, the processor that builds
 * exports and the one that mails their links. The builder reads the sections of the query side, so it runs on nodes
 * with the query or command role; both processors start at the head of the log with batches of one.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExportProperties.class)
public class DataExportConfig {

    @Bean
    ExportLinks exportLinks(ExportProperties properties, MueJamProperties platform) {
        return new ExportLinks(properties.signingKeyBytes(), platform.publicUrl());
    }

    @Bean
    ExportDelivery exportDelivery(ExportProperties properties, ExportLinks links, MediaProperties media, Clock clock) {
        if ("s3".equals(properties.delivery())) {
            if (!"s3".equals(media.blob().store())) {
                throw new IllegalStateException("MUEJAM_EXPORT_DELIVERY is s3, so set MUEJAM_BLOB_STORE=s3:"
                        + " exports are presigned from the blob store's bucket");
            }
            return S3PresignedDelivery.open(media.blob().s3(), null, clock);
        }
        return export -> links.link(export.exportId(), export.expiresAt());
    }

    @Bean
    @ConditionalOnExpression("'${muejam.roles:command,query,projections}'.matches('.*(query|command).*')")
    DataExportProcessor dataExportProcessor(
            List<ExportSection> sections,
            EventStoreHistory history,
            BlobStore blobs,
            CommandGateway commands,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            ObjectMapper json,
            Clock clock,
            ExportProperties properties) {
        return new DataExportProcessor(
                sections, history, blobs, commands, jdbc, transactions, json, clock, properties.linkValidity());
    }

    @Bean
    DataExportMails dataExportMails(Mailer mailer, QueryGateway queries, ExportDelivery delivery) {
        return new DataExportMails(mailer, queries, delivery);
    }

    /**
     * Side effects start at the head of the log (a new deployment builds and mails nothing of the past); batches of
     * one, so a retried batch never repeats another export's work.
     */
    @Bean
    ConfigurerModule dataExportProcessorsConfiguration() {
        return configurer -> configurer.eventProcessing(processing -> {
            for (String name : List.of(DataExportProcessor.NAME, DataExportMails.NAME)) {
                processing.registerPooledStreamingEventProcessorConfiguration(
                        name,
                        (config, builder) -> builder.initialSegmentCount(1)
                                .batchSize(1)
                                .initialToken(source -> source.createHeadToken()));
            }
        });
    }
}
