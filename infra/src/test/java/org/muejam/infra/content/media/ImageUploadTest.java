package org.muejam.infra.content.media;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.muejam.command.content.media.BlobStore;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;
import org.muejam.infra.support.Mailbox;
import org.muejam.infra.support.RawHttp;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Image uploads through the API: verified authors only, the stored bytes re-encoded without EXIF or GPS, served to
 * anyone, and every strange upload a 4xx problem with nothing stored.
 */
class ImageUploadTest extends IntegrationTest {

    private static final String BOUNDARY = "muejam-test-boundary-7f3a";

    @Autowired
    BlobStore blobs;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void anUploadedJpegIsStoredAndServedWithoutItsExifOrGps() throws Exception {
        String token = verifiedAuthor();
        byte[] original = TestImages.jpegWithGps();

        HttpResponse<String> created = upload(token, form(original, "photo.jpg", "image/jpeg", null));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = json.readTree(created.body());
        String id = body.get("id").asText();
        assertThat(body.get("url").asText()).isEqualTo("/api/images/" + id);
        assertThat(body.get("nsfw").asBoolean()).isFalse();
        assertThat(body.get("moderation").asText()).isEqualTo("OFF");
        awaitReadModels();
        for (String rendition : new String[] {"full", "thumbnail"}) {
            byte[] stored = blobs.get("images/" + id + "/" + rendition + ".jpg")
                    .orElseThrow()
                    .bytes();
            assertThat(TestImages.hasExif(stored)).as(rendition).isFalse();
            assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(TestImages.EXIF_SECRET);
        }

        HttpResponse<byte[]> served = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/images/" + id))
                        .header("X-Forwarded-For", api.clientIp())
                        .header("X-Await-Position", Long.toString(lastWrite(created)))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(served.headers().firstValue("X-Nsfw")).hasValue("false");
        assertThat(TestImages.hasExif(served.body())).isFalse();
        assertThat(served.body())
                .isEqualTo(blobs.get("images/" + id + "/full.jpg").orElseThrow().bytes());
    }

    @Test
    void theCreatorMarksAnImageNsfwAtUploadOrLater() throws Exception {
        String token = verifiedAuthor();

        HttpResponse<String> marked = upload(token, form(TestImages.png(50, 50, true), "a.png", "image/png", "true"));
        assertThat(marked.statusCode()).as(marked.body()).isEqualTo(201);
        assertThat(json.readTree(marked.body()).get("nsfw").asBoolean()).isTrue();

        HttpResponse<String> plain = upload(token, form(TestImages.png(50, 50, true), "b.png", "image/png", "false"));
        String id = json.readTree(plain.body()).get("id").asText();
        Api.Response byOther = api.post("/api/images/" + id + "/nsfw", null, verifiedAuthor());
        assertThat(byOther.status()).as(byOther.toString()).isEqualTo(403);
        Api.Response byCreator = api.post("/api/images/" + id + "/nsfw", null, token);
        assertThat(byCreator.status()).as(byCreator.toString()).isEqualTo(204);

        Api.Response served = api.get("/api/images/" + id + "?size=thumbnail", null);
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.headers().firstValue("X-Nsfw")).hasValue("true");
        assertThat(served.contentType()).isEqualTo("image/png");
    }

    @Test
    void anImageBecomesTheCoverOfItsUploadersStoriesOnly() throws Exception {
        String token = verifiedAuthor();
        HttpResponse<String> uploaded =
                upload(token, form(TestImages.png(60, 40, false), "cover.png", "image/png", "true"));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        String imageId = json.readTree(uploaded.body()).get("id").asText();

        Map<String, Object> story = new java.util.HashMap<>();
        story.put("title", "Under a cover");
        story.put("genre", "drama");
        story.put("coverImageId", imageId);
        Api.Response created = api.post("/api/stories", story, token);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String storyId = created.body().get("id").asText();

        JsonNode cover = api.get("/api/stories/" + storyId, token).body().get("cover");
        assertThat(cover.get("id").asText()).isEqualTo(imageId);
        assertThat(cover.get("url").asText()).isEqualTo("/api/images/" + imageId);
        assertThat(cover.get("thumbnailUrl").asText()).isEqualTo("/api/images/" + imageId + "?size=thumbnail");
        assertThat(cover.get("nsfw").asBoolean()).as("the creator marked it").isTrue();
        assertThat(cover.get("blurred").asBoolean())
                .as("BLUR_NSFW is the default")
                .isTrue();

        Api.Response someoneElses = api.post("/api/stories", story, verifiedAuthor());
        assertThat(someoneElses.status()).as(someoneElses.toString()).isEqualTo(404);
        assertThat(someoneElses.body().get("type").asText()).isEqualTo("/problems/cover-image-not-found");
        assertThat(someoneElses.body().get("field").asText()).isEqualTo("coverImageId");
        story.put("coverImageId", "x".repeat(65));
        assertThat(api.post("/api/stories", story, token).status()).isEqualTo(400);
        story.remove("coverImageId");
        Api.Response uncovered = api.put("/api/stories/" + storyId, story, token);
        assertThat(uncovered.status()).as(uncovered.toString()).isEqualTo(204);
        assertThat(api.get("/api/stories/" + storyId, token).body().get("cover").isNull())
                .isTrue();
    }

    @Test
    void onlyVerifiedAuthorsMayUpload() throws Exception {
        String email = uniqueEmail("unverified");
        register(email);
        String token = login(email, PASSWORD);
        long before = eventCount();

        HttpResponse<String> refused = upload(token, form(TestImages.jpeg(40, 40), "x.jpg", "image/jpeg", null));
        HttpResponse<String> anonymous = upload(null, form(TestImages.jpeg(40, 40), "x.jpg", "image/jpeg", null));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(refused.body()).contains("email-verification-required");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void strangeUploadsAreRefusedAsProblemsAndStoreNothing() throws Exception {
        String token = verifiedAuthor();
        long before = eventCount();
        Map<String, byte[]> cases = Map.of(
                "image-unsupported", form("not an image".getBytes(StandardCharsets.UTF_8), "a.jpg", "image/jpeg", null),
                "image-empty", form(new byte[0], "a.png", "image/png", null),
                "image-too-large", form(TestImages.pngDeclaring(60_000, 60_000), "bomb.png", "image/png", null),
                "image-damaged", form(TestImages.truncated(TestImages.jpeg(600, 400)), "cut.jpg", "image/jpeg", null),
                "invalid-multipart", form(null, null, null, "true"));
        for (Map.Entry<String, byte[]> entry : cases.entrySet()) {
            HttpResponse<String> answer = upload(token, entry.getValue());
            assertThat(answer.statusCode())
                    .as(entry.getKey() + " " + answer.body())
                    .isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(answer.body()).as(entry.getKey()).contains("/problems/" + entry.getKey());
        }
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aBodyThatIsNoMultipartFormIsA4xx() throws Exception {
        String token = verifiedAuthor();
        for (String contentType : new String[] {
            "multipart/form-data", "multipart/form-data; boundary=", "multipart/form-data;;", "multipart/mixed"
        }) {
            RawHttp.Response response = RawHttp.exchange(
                    port,
                    "POST /api/images HTTP/1.1\r\nContent-Type: " + contentType + "\r\nAuthorization: Bearer " + token
                            + "\r\nX-Forwarded-For: " + api.clientIp(),
                    "--x\r\n\r\nbody\r\n--x--\r\n".getBytes(StandardCharsets.UTF_8));
            assertThat(response.status()).as(contentType + " " + response).isBetween(400, 499);
        }
    }

    @Test
    void anUnknownImageIsNotFound() {
        assertThat(api.get("/api/images/00000000-0000-0000-0000-000000000000", null)
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/images/..%2F..%2Fetc", null).status()).isBetween(400, 404);
    }

    private String verifiedAuthor() {
        String email = uniqueEmail("illustrator");
        register(email);
        String link = Mailbox.awaitToken(email, 0);
        assertThat(api.post("/api/auth/verify-email", Map.of("token", link), null)
                        .status())
                .isEqualTo(204);
        return login(email, PASSWORD);
    }

    private HttpResponse<String> upload(String token, byte[] form) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/images"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .header("X-Forwarded-For", api.clientIp())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long lastWrite(HttpResponse<?> response) {
        return response.headers()
                .firstValue("X-Event-Position")
                .map(Long::parseLong)
                .orElse(-1L);
    }

    /** A multipart form with the file (when given) and the nsfw field (when given). */
    private static byte[] form(byte[] file, String filename, String type, String nsfw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (file != null) {
            out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                            + filename + "\"\r\nContent-Type: " + type + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.writeBytes(file);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        if (nsfw != null) {
            out.writeBytes(
                    ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"nsfw\"\r\n\r\n" + nsfw + "\r\n")
                            .getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
