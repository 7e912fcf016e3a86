package org.muejam.infra.gdpr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.muejam.infra.content.media.MediaProperties;
import org.muejam.infra.content.media.S3BlobStore;
import org.muejam.infra.support.S3StandIn;
import org.muejam.shared.gdpr.DataExportResponse;
import org.muejam.shared.gdpr.DataExportStatus;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** The two ways an export is delivered: a link signed by the platform, and an S3 presigned URL. */
class ExportDeliveryTest {

    private static final byte[] KEY = "a signing key of at least thirty-two bytes".getBytes(StandardCharsets.UTF_8);
    private static final String EXPORT = "export:0b7c6a2e-1111-4c3d-9e8f-0a1b2c3d4e5f";
    private static final Instant END = Instant.parse("2026-07-08T08:00:00Z");

    @Test
    void aSignedLinkNamesTheExportAndItsEndAndOnlyItsOwnSignaturePasses() {
        ExportLinks links = new ExportLinks(KEY, URI.create("https://library.example/"));
        URI link = links.link(EXPORT, END);
        assertThat(link.toString())
                .startsWith("https://library.example/api/gdpr/export/" + EXPORT + "/download?expires="
                        + END.getEpochSecond() + "&signature=");
        String signature = link.getQuery().replaceAll(".*signature=", "");
        assertThat(links.signed(EXPORT, END.getEpochSecond(), signature)).isTrue();
        assertThat(links.signed(EXPORT, END.getEpochSecond() + 1, signature)).isFalse();
        assertThat(links.signed("export:1c2d3e4f-2222-4a5b-8c7d-9e0f1a2b3c4d", END.getEpochSecond(), signature))
                .isFalse();
        assertThat(links.signed(EXPORT, END.getEpochSecond(), signature.substring(1)))
                .isFalse();
        assertThat(links.signed(EXPORT, END.getEpochSecond(), null)).isFalse();
        assertThat(links.signed(null, END.getEpochSecond(), signature)).isFalse();
        ExportLinks otherKey =
                new ExportLinks("another key, also thirty-two bytes long".getBytes(StandardCharsets.UTF_8), link);
        assertThat(otherKey.signed(EXPORT, END.getEpochSecond(), signature)).isFalse();
    }

    @Test
    void theSigningKeyIsBase64OfAtLeast32Bytes() {
        String good = Base64.getEncoder().encodeToString(new byte[32]);
        assertThat(new ExportProperties(good, Duration.ofDays(7), "local").signingKeyBytes())
                .hasSize(32);
        assertThatThrownBy(() -> new ExportProperties(Base64.getEncoder().encodeToString(new byte[31]), null, "local")
                        .signingKeyBytes())
                .hasMessageContaining("MUEJAM_EXPORT_SIGNING_KEY");
        assertThatThrownBy(() -> new ExportProperties("not base64!", null, "local").signingKeyBytes())
                .hasMessageContaining("MUEJAM_EXPORT_SIGNING_KEY");
        assertThat(new ExportProperties(good, Duration.ofDays(7), "local").isLinkValidityInRange())
                .isTrue();
        assertThat(new ExportProperties(good, Duration.ofDays(8), "local").isLinkValidityInRange())
                .isFalse();
        assertThat(new ExportProperties(good, Duration.ZERO, "local").isLinkValidityInRange())
                .isFalse();
        assertThat(new ExportProperties(good, Duration.ofDays(1), "s3").isDeliveryKnown())
                .isTrue();
        assertThat(new ExportProperties(good, Duration.ofDays(1), "ftp").isDeliveryKnown())
                .isFalse();
    }

    @Test
    void aPresignedUrlDownloadsTheFileFromTheBucket() throws Exception {
        try (S3StandIn server = S3StandIn.start()) {
            String bucket = "exports-" + UUID.randomUUID().toString().substring(0, 8);
            try (var s3 = server.client()) {
                s3.createBucket(b -> b.bucket(bucket));
            }
            byte[] file = "{\"format\":\"muejam-data-export/1\"}".getBytes(StandardCharsets.UTF_8);
            try (S3BlobStore blobs = new S3BlobStore(server.client(), bucket, "blobs/")) {
                blobs.put("exports/one.json", file, "application/json");
            }
            MediaProperties.S3 settings = new MediaProperties.S3(
                    bucket, "blobs/", null, server.endpoint().toString(), true);
            Instant now = Instant.now();
            try (S3PresignedDelivery delivery = S3PresignedDelivery.open(
                    settings,
                    StaticCredentialsProvider.create(
                            AwsBasicCredentials.create(S3StandIn.ACCESS_KEY, S3StandIn.SECRET_KEY)),
                    Clock.fixed(now, ZoneOffset.UTC))) {
                URI url = delivery.downloadUrl(new DataExportResponse(
                        EXPORT,
                        "person",
                        DataExportStatus.READY,
                        100,
                        now,
                        now,
                        now.plus(Duration.ofDays(7)),
                        "exports/one.json",
                        (long) file.length));
                assertThat(url.getPath()).isEqualTo("/" + bucket + "/blobs/exports/one.json");
                assertThat(url.getQuery()).contains("X-Amz-Expires=604800").contains("X-Amz-Signature=");
                HttpURLConnection connection = (HttpURLConnection) url.toURL().openConnection();
                assertThat(connection.getResponseCode()).isEqualTo(200);
                try (InputStream body = connection.getInputStream()) {
                    assertThat(body.readAllBytes()).isEqualTo(file);
                }
            }
        }
    }

    @Test
    void s3DeliveryNeedsTheBlobStoreOnS3() {
        assertThatThrownBy(() -> S3PresignedDelivery.open(
                        new MediaProperties.S3(null, "images/", null, null, false), null, Clock.systemUTC()))
                .hasMessageContaining("MUEJAM_BLOB_STORE=s3");
    }
}
