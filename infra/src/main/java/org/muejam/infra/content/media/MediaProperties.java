package org.muejam.infra.content.media;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Uploaded images: where their bytes go (MUEJAM_BLOB_*), how large an upload and its renditions may be
 * (MUEJAM_IMAGES_*), and the image classifier (MUEJAM_REKOGNITION_*).
 */
@Validated
@ConfigurationProperties("muejam.media")
public record MediaProperties(
        @Valid @DefaultValue Blob blob,
        @Valid @DefaultValue Images images,
        @Valid @DefaultValue Rekognition rekognition) {

    /** store: local (a folder, dir) or s3. */
    public record Blob(
            @DefaultValue("local") String store,
            @DefaultValue("blobs") String dir,
            @DefaultValue S3 s3) {

        @AssertTrue(message = "MUEJAM_BLOB_STORE must be local or s3")
        public boolean isStoreKnown() {
            return "local".equals(store) || "s3".equals(store);
        }
    }

    public record S3(
            String bucket,
            @DefaultValue("images/") String prefix,
            String region,
            String endpoint,
            boolean pathStyleAccess) {

        public S3 {
            region = blankToNull(region);
            endpoint = blankToNull(endpoint);
            bucket = blankToNull(bucket);
            prefix = prefix == null ? "" : prefix;
        }

        public URI endpointUri() {
            return endpoint == null ? null : URI.create(endpoint);
        }
    }

    /**
     * maxUploadSize: the largest file accepted; maxPixels: the largest width × height decoded (read from the header
     * before any decoding, against decompression bombs); maxDimension and thumbnailDimension: the longest side of
     * the stored renditions.
     */
    public record Images(
            @DefaultValue("5MB") DataSize maxUploadSize,
            @DefaultValue("50000000") @Min(1) long maxPixels,
            @DefaultValue("1600") @Min(16) int maxDimension,
            @DefaultValue("400") @Min(16) int thumbnailDimension) {}

    /** AWS Rekognition DetectModerationLabels; off unless enabled (credentials from the AWS SDK's default chain). */
    public record Rekognition(
            boolean enabled,
            String region,
            String endpoint,
            @DefaultValue("10s") Duration timeout) {

        public Rekognition {
            region = blankToNull(region);
            endpoint = blankToNull(endpoint);
        }

        public URI endpointUri() {
            return endpoint == null ? null : URI.create(endpoint);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
