package org.muejam.infra.audit;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The production checkpoint store, chosen by {@code MUEJAM_CHECKPOINT_STORE=s3}: start-up fails, naming what
 * to fix, unless the bucket is set, exists and has Object Lock enabled.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "muejam.audit.checkpoints.store", havingValue = "s3")
@EnableConfigurationProperties(S3CheckpointProperties.class)
public class S3CheckpointConfig {

    /** Closed with the context (it is AutoCloseable), which closes its S3 client. */
    @Bean
    public S3CheckpointStore s3CheckpointStore(S3CheckpointProperties properties) {
        return S3CheckpointStore.open(properties);
    }
}
