package org.muejam.infra.gdpr;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.muejam.infra.content.media.MediaProperties;
import org.muejam.shared.gdpr.DataExportResponse;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Exports downloaded straight from the blob store's S3 bucket: a presigned GET URL valid until the export's end (S3
 * allows at most 7 days). The file's key is the blob store's prefix and the export's file key.
 */
public final class S3PresignedDelivery implements ExportDelivery, AutoCloseable {

    private final S3Presigner presigner;
    private final String bucket;
    private final String prefix;
    private final Clock clock;

    public S3PresignedDelivery(S3Presigner presigner, String bucket, String prefix, Clock clock) {
        this.presigner = presigner;
        this.bucket = bucket;
        this.prefix = prefix == null ? "" : prefix;
        this.clock = clock;
    }

    /** The presigner the blob store's settings describe, with the AWS SDK's default credentials unless given. */
    public static S3PresignedDelivery open(
            MediaProperties.S3 settings, AwsCredentialsProvider credentials, Clock clock) {
        if (settings.bucket() == null) {
            throw new IllegalStateException("MUEJAM_EXPORT_DELIVERY is s3, so set MUEJAM_BLOB_STORE=s3 and"
                    + " MUEJAM_BLOB_S3_BUCKET: exports are presigned from the blob store's bucket");
        }
        S3Presigner.Builder builder = S3Presigner.builder()
                .credentialsProvider(
                        credentials == null
                                ? DefaultCredentialsProvider.builder().build()
                                : credentials)
                .serviceConfiguration(S3Configuration.builder()
                        .pathStyleAccessEnabled(settings.pathStyleAccess())
                        .build());
        if (settings.endpointUri() != null) {
            builder.endpointOverride(settings.endpointUri());
        }
        if (settings.region() != null) {
            builder.region(Region.of(settings.region()));
        } else if (settings.endpointUri() != null) {
            builder.region(Region.US_EAST_1);
        }
        return new S3PresignedDelivery(builder.build(), settings.bucket(), settings.prefix(), clock);
    }

    @Override
    public URI downloadUrl(DataExportResponse export) {
        Instant now = clock.instant();
        Duration left = Duration.between(now, export.expiresAt());
        if (left.compareTo(ExportProperties.MAX_LINK_VALIDITY) > 0) {
            left = ExportProperties.MAX_LINK_VALIDITY;
        }
        if (left.isNegative() || left.isZero()) {
            left = Duration.ofSeconds(1);
        }
        Duration validFor = left;
        try {
            return presigner
                    .presignGetObject(request -> request.signatureDuration(validFor)
                            .getObjectRequest(get -> get.bucket(bucket)
                                    .key(prefix + export.fileKey())
                                    .responseContentDisposition("attachment; filename=\"muejam-export.json\"")))
                    .url()
                    .toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("the presigned URL is not a URI", e);
        }
    }

    @Override
    public void close() {
        presigner.close();
    }
}
