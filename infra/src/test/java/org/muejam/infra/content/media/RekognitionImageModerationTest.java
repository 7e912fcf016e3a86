package org.muejam.infra.content.media;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.muejam.command.content.media.ImageModeration;
import org.muejam.command.content.media.NsfwClassificationPolicy;
import org.muejam.infra.support.StandIns;
import org.muejam.shared.content.ModerationLabel;

/** The Rekognition adapter against a stand-in DetectModerationLabels: labels read, the 80% line, failures. */
class RekognitionImageModerationTest {

    @RegisterExtension
    static final WireMockExtension REKOGNITION = StandIns.perTestClass();

    private static final String TARGET = "RekognitionService.DetectModerationLabels";
    private static final byte[] IMAGE = TestImages.jpeg(64, 48);

    @BeforeAll
    static void credentials() {
        // the SDK's default chain reads these first; the stand-in checks no signature
        System.setProperty("aws.accessKeyId", "test-access-key");
        System.setProperty("aws.secretAccessKey", "test-secret-key");
    }

    @AfterAll
    static void forgetCredentials() {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }

    @Test
    void labelsAboveEightyPercentFlagTheImageAndTheImageBytesAreSent() {
        answer(200, """
                {"ModerationLabels":[
                  {"Confidence":93.5,"Name":"Explicit Nudity","ParentName":""},
                  {"Confidence":93.5,"Name":"Graphic Female Nudity","ParentName":"Explicit Nudity"}],
                 "ModerationModelVersion":"7.0"}""");

        List<ModerationLabel> labels;
        try (RekognitionImageModeration moderation = open()) {
            labels = moderation.labels(IMAGE);
        }

        assertThat(labels)
                .containsExactly(
                        new ModerationLabel("Explicit Nudity", "", 93.5),
                        new ModerationLabel("Graphic Female Nudity", "Explicit Nudity", 93.5));
        assertThat(NsfwClassificationPolicy.isNsfw(labels)).isTrue();
        REKOGNITION.verify(postRequestedFor(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo(TARGET))
                .withRequestBody(containing(Base64.getEncoder().encodeToString(IMAGE)))
                .withRequestBody(containing("\"MinConfidence\":50")));
    }

    @Test
    void labelsBelowEightyPercentDoNotFlagTheImage() {
        answer(200, """
                {"ModerationLabels":[{"Confidence":62.0,"Name":"Suggestive","ParentName":""}],
                 "ModerationModelVersion":"7.0"}""");

        List<ModerationLabel> labels;
        try (RekognitionImageModeration moderation = open()) {
            labels = moderation.labels(IMAGE);
        }

        assertThat(labels).containsExactly(new ModerationLabel("Suggestive", "", 62.0));
        assertThat(NsfwClassificationPolicy.isNsfw(labels)).isFalse();
    }

    @Test
    void aRefusalOrAnOutageIsReportedAsUnavailable() {
        answer(400, """
                {"__type":"InvalidImageFormatException","message":"Request has invalid image format"}""");
        try (RekognitionImageModeration moderation = open()) {
            assertThatThrownBy(() -> moderation.labels(IMAGE)).isInstanceOf(ImageModeration.Unavailable.class);
        }

        answer(500, """
                {"__type":"InternalServerError","message":"boom"}""");
        try (RekognitionImageModeration moderation = open()) {
            assertThatThrownBy(() -> moderation.labels(IMAGE)).isInstanceOf(ImageModeration.Unavailable.class);
        }
    }

    private static void answer(int status, String body) {
        REKOGNITION.resetAll();
        REKOGNITION.stubFor(post(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo(TARGET))
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/x-amz-json-1.1")
                        .withBody(body)));
    }

    private static RekognitionImageModeration open() {
        return RekognitionImageModeration.open(
                new MediaProperties.Rekognition(true, "eu-west-1", REKOGNITION.baseUrl(), Duration.ofSeconds(3)));
    }
}
