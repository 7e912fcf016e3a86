package org.muejam.infra.content.media;

import java.nio.file.Path;
import org.muejam.command.content.media.BlobStore;
import org.muejam.command.content.media.ImageModeration;
import org.muejam.command.content.media.ImageNormalizer;
import org.muejam.infra.web.RequestBodyLimit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The blob store and the image classifier the settings choose. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MediaProperties.class)
public class MediaConfig {

    private static final Logger log = LoggerFactory.getLogger(MediaConfig.class);

    /** Closed with the context: the S3 store closes its client. */
    @Bean
    public BlobStore blobStore(MediaProperties properties) {
        if ("s3".equals(properties.blob().store())) {
            return S3BlobStore.open(properties.blob().s3());
        }
        return new LocalFolderBlobStore(Path.of(properties.blob().dir()));
    }

    @Bean
    public ImageNormalizer imageNormalizer(MediaProperties properties) {
        return new ImageIoNormalizer(properties.images());
    }

    @Bean
    public ImageModeration imageModeration(MediaProperties properties) {
        if (properties.rekognition().enabled()) {
            return RekognitionImageModeration.open(properties.rekognition());
        }
        log.info("image moderation is off (MUEJAM_REKOGNITION_ENABLED is not true): uploaded images are not"
                + " classified, only creators mark them NSFW");
        return new ImageModeration() {
            @Override
            public boolean enabled() {
                return false;
            }

            @Override
            public java.util.List<org.muejam.shared.content.ModerationLabel> labels(byte[] image) {
                throw new IllegalStateException("image moderation is off");
            }
        };
    }

    /** An upload may be as large as the image limit, with room for the multipart framing around it. */
    @Bean
    RequestBodyLimit imageUploadBodyLimit(MediaProperties properties) {
        long limit = properties.images().maxUploadSize().toBytes() + 64 * 1024;
        return request -> "POST".equals(request.getMethod()) && ImageController.PATH.equals(request.getRequestURI())
                ? java.util.OptionalLong.of(limit)
                : java.util.OptionalLong.empty();
    }
}
