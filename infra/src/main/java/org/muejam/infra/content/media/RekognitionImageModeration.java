package org.muejam.infra.content.media;

import java.util.List;
import org.muejam.command.content.media.ImageModeration;
import org.muejam.shared.content.ModerationLabel;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.rekognition.RekognitionClient;
import software.amazon.awssdk.services.rekognition.RekognitionClientBuilder;
import software.amazon.awssdk.services.rekognition.model.DetectModerationLabelsResponse;

/**
 * AWS Rekognition's DetectModerationLabels on the image's bytes. Labels from 50% confidence are asked for, so the
 * event keeps what the classifier saw; {@link org.muejam.command.content.media.NsfwClassificationPolicy} decides.
 */
public final class RekognitionImageModeration implements ImageModeration, AutoCloseable {

    static final float MIN_CONFIDENCE = 50f;

    private final RekognitionClient rekognition;

    public RekognitionImageModeration(RekognitionClient rekognition) {
        this.rekognition = rekognition;
    }

    public static RekognitionImageModeration open(MediaProperties.Rekognition settings) {
        RekognitionClientBuilder builder = RekognitionClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(settings.timeout())
                        .socketTimeout(settings.timeout()))
                .credentialsProvider(DefaultCredentialsProvider.builder().build())
                .overrideConfiguration(c -> c.apiCallTimeout(settings.timeout()));
        if (settings.endpointUri() != null) {
            builder.endpointOverride(settings.endpointUri());
        }
        if (settings.region() != null) {
            builder.region(Region.of(settings.region()));
        } else if (settings.endpointUri() != null) {
            builder.region(Region.US_EAST_1);
        }
        try {
            return new RekognitionImageModeration(builder.build());
        } catch (SdkException e) {
            throw new IllegalStateException(
                    "MUEJAM_REKOGNITION_ENABLED is true, so set MUEJAM_REKOGNITION_REGION (or AWS_REGION): "
                            + e.getMessage(),
                    e);
        }
    }

    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public List<ModerationLabel> labels(byte[] image) {
        try {
            DetectModerationLabelsResponse response = rekognition.detectModerationLabels(request ->
                    request.image(i -> i.bytes(SdkBytes.fromByteArray(image))).minConfidence(MIN_CONFIDENCE));
            return response.moderationLabels().stream()
                    .map(label -> new ModerationLabel(
                            label.name(),
                            label.parentName() == null ? "" : label.parentName(),
                            label.confidence() == null ? 0 : label.confidence()))
                    .toList();
        } catch (SdkException e) {
            throw new Unavailable("Rekognition did not answer: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        rekognition.close();
    }
}
