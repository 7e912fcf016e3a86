package org.muejam.infra.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;
import org.muejam.infra.support.Person;
import org.muejam.query.gdpr.ExportSubject;
import org.muejam.query.identity.ProfileExportSection;
import org.muejam.shared.gdpr.ErasedData;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A person's bio and avatar through the API: set and taken off by a partial PUT, shown to others as the person's
 * profile visibility allows (the avatar blurred as each viewer chose), refused with a problem naming what is wrong,
 * in the export, and gone from every read model once the person is erased, after a rebuild too, the avatar image
 * deleted with them (decision 0042).
 */
class ProfileTest extends IntegrationTest {

    private static final String ME = "/api/me/profile";
    private static final String BOUNDARY = "profile-test-boundary";

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    ProfileExportSection exportSection;

    @Test
    void aPersonSetsABioAndAnAvatarAndOthersSeeThemAsTheirProfileVisibilityAllows() throws Exception {
        Person alice = verifiedPerson("profile-alice");
        Person bob = verifiedPerson("profile-bob");
        String avatar = upload(alice, true);

        Api.Response set =
                alice.put(ME, Map.of("bio", "  Tides, lighthouses and 🌊 stories.  ", "avatarImageId", avatar));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.body().get("bio").asText()).isEqualTo("Tides, lighthouses and 🌊 stories.");
        assertThat(set.body().get("avatar").get("id").asText()).isEqualTo(avatar);
        assertThat(set.body().get("avatar").get("url").asText()).isEqualTo("/api/images/" + avatar);
        assertThat(set.body().get("avatar").get("thumbnailUrl").asText())
                .isEqualTo("/api/images/" + avatar + "?size=thumbnail");
        assertThat(set.body().get("avatar").get("nsfw").asBoolean()).isTrue();
        assertThat(set.body().get("avatar").get("blurred").asBoolean()).isTrue();
        String name = set.body().get("displayName").asText();
        assertThat(name).startsWith("Reader ");

        JsonNode mine = alice.get(ME).body();
        assertThat(mine.get("id").asText()).isEqualTo(alice.userId());
        assertThat(mine.get("bio").asText()).isEqualTo("Tides, lighthouses and 🌊 stories.");
        assertThat(mine.get("avatar").get("id").asText()).isEqualTo(avatar);

        // another person reads it once the users read model has the write, the NSFW avatar blurred by default
        Map<String, String> awaitAlice =
                Map.of("X-Await-Position", Long.toString(alice.client().lastWrite()));
        JsonNode seen = bob.client()
                .send("GET", "/api/users/" + alice.userId(), null, "application/json", bob.token(), awaitAlice)
                .body();
        assertThat(seen.get("restricted").asBoolean()).isFalse();
        assertThat(seen.get("displayName").asText()).isEqualTo(name);
        assertThat(seen.get("bio").asText()).isEqualTo("Tides, lighthouses and 🌊 stories.");
        assertThat(seen.get("avatar").get("blurred").asBoolean()).isTrue();
        assertThat(bob.put("/api/me/content-preferences", Map.of("nsfw", "SHOW_ALL"))
                        .status())
                .isEqualTo(200);
        JsonNode unblurred = bob.get("/api/users/" + alice.userId()).body();
        assertThat(unblurred.get("avatar").get("nsfw").asBoolean()).isTrue();
        assertThat(unblurred.get("avatar").get("blurred").asBoolean()).isFalse();

        // a private profile shows nobody else its bio or avatar, from the very next request
        assertThat(alice.put("/api/privacy/settings", Map.of("profileVisibility", "PRIVATE"))
                        .status())
                .isEqualTo(200);
        Api.Response hidden = bob.get("/api/users/" + alice.userId());
        assertThat(hidden.body().get("restricted").asBoolean()).isTrue();
        assertThat(hidden.body().get("bio").isNull()).isTrue();
        assertThat(hidden.body().get("avatar").isNull()).isTrue();
        assertThat(hidden.raw()).doesNotContain("lighthouses").doesNotContain(avatar);
        assertThat(alice.get("/api/users/" + alice.userId()).body().get("bio").asText())
                .contains("lighthouses");
        assertThat(alice.put("/api/privacy/settings", Map.of("profileVisibility", "PUBLIC"))
                        .status())
                .isEqualTo(200);

        // a field left out stays; an explicit null too; a new name is shown everywhere
        Api.Response renamed = alice.raw("PUT", ME, "{\"displayName\":\"Alice of the Tides\",\"bio\":null}");
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.body().get("displayName").asText()).isEqualTo("Alice of the Tides");
        assertThat(renamed.body().get("bio").asText()).contains("lighthouses");
        assertThat(renamed.body().get("avatar").get("id").asText()).isEqualTo(avatar);

        // the export's profile section holds the bio and the avatar's id
        assertThat(projections.await(List.of(), alice.client().lastWrite(), Duration.ofSeconds(30)))
                .isTrue();
        @SuppressWarnings("unchecked")
        Map<String, Object> exported =
                (Map<String, Object>) exportSection.export(new ExportSubject(alice.userId(), List.of()));
        assertThat(exported)
                .containsEntry("displayName", "Alice of the Tides")
                .containsEntry("bio", "Tides, lighthouses and 🌊 stories.")
                .containsEntry("avatarImageId", avatar);

        // empty strings take the bio and the avatar off; the same change again stores nothing
        Api.Response cleared = alice.put(ME, Map.of("bio", "", "avatarImageId", ""));
        assertThat(cleared.status()).as(cleared.toString()).isEqualTo(200);
        assertThat(cleared.body().get("bio").isNull()).isTrue();
        assertThat(cleared.body().get("avatar").isNull()).isTrue();
        assertThat(cleared.headers().firstValue("X-Event-Position")).isPresent();
        Api.Response again = alice.put(ME, Map.of("bio", "", "avatarImageId", ""));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.headers().firstValue("X-Event-Position")).isEmpty();
        JsonNode after = bob.client()
                .send(
                        "GET",
                        "/api/users/" + alice.userId(),
                        null,
                        "application/json",
                        bob.token(),
                        Map.of("X-Await-Position", Long.toString(alice.client().lastWrite())))
                .body();
        assertThat(after.get("displayName").asText()).isEqualTo("Alice of the Tides");
        assertThat(after.get("bio").isNull()).isTrue();
        assertThat(after.get("avatar").isNull()).isTrue();
    }

    @Test
    void aNewDisplayNameFindsThePersonsPublishedStoriesInSearch() {
        Person gina = verifiedPerson("profile-gina");
        String title = "Harbourlight " + UUID.randomUUID().toString().substring(0, 8);
        Api.Response story = gina.post("/api/stories", Map.of("title", title, "genre", "fantasy"));
        assertThat(story.status()).as(story.toString()).isEqualTo(201);
        String storyId = story.body().get("id").asText();
        assertThat(gina.post("/api/stories/" + storyId + "/publish", null).status())
                .isEqualTo(200);
        String newName = "Marigold" + UUID.randomUUID().toString().substring(0, 8);

        assertThat(gina.put(ME, Map.of("displayName", newName)).status()).isEqualTo(200);

        // her client's read waits for the search projection to reach her change (and skips the result cache)
        JsonNode found = gina.get("/api/search?q=" + newName).body();
        assertThat(found.path("items").size()).as(found.toString()).isEqualTo(1);
        assertThat(found.path("items").get(0).path("id").asText()).isEqualTo(storyId);
        assertThat(found.path("items").get(0).path("authorName").asText()).isEqualTo(newName);
    }

    @Test
    void badOrScreenedProfileInputIsRefusedWithAProblemNamingWhatIsWrong() throws Exception {
        useTheBuiltInFilters(adminToken());
        Person carol = verifiedPerson("profile-carol");
        Person dave = verifiedPerson("profile-dave");
        String davesImage = upload(dave, false);

        assertProblem(
                attempt(carol, Map.of("bio", "mail me at carol@example.org")), 400, "personal-data-in-profile", "bio");
        assertProblem(attempt(carol, Map.of("bio", "call 555-123-4567")), 400, "personal-data-in-profile", "bio");
        assertProblem(
                attempt(carol, Map.of("displayName", "carol@example.org")),
                400,
                "personal-data-in-profile",
                "displayName");
        Api.Response spam = attempt(carol, Map.of("bio", "free money free money free money"));
        assertThat(spam.status()).as(spam.toString()).isEqualTo(422);
        assertThat(spam.body().get("type").asText()).isEqualTo("/problems/content-refused");
        assertThat(spam.body().get("rule").asText()).isNotBlank();
        Api.Response hate = attempt(carol, Map.of("bio", "they are vermin"));
        assertThat(hate.status()).as(hate.toString()).isEqualTo(422);
        assertThat(hate.body().get("rule").asText()).isEqualTo("hate-speech");

        assertProblem(
                attempt(carol, Map.of("avatarImageId", davesImage)), 404, "avatar-image-not-found", "avatarImageId");
        assertProblem(
                attempt(carol, Map.of("avatarImageId", "image:" + UUID.randomUUID())),
                404,
                "avatar-image-not-found",
                "avatarImageId");
        assertThat(attempt(carol, Map.of("displayName", "   ")).status()).isEqualTo(400);

        // strange input: too long, huge, NUL, wrong types, not JSON — each a 4xx problem, nothing changed
        for (Api.Response strange : List.of(
                attempt(carol, Map.of("bio", "b".repeat(501))),
                attempt(carol, Map.of("bio", "🌊".repeat(251))),
                attempt(carol, Map.of("bio", "x".repeat(200_000))),
                attempt(carol, Map.of("displayName", "n".repeat(101))),
                attempt(carol, Map.of("avatarImageId", "i".repeat(5000))),
                attemptRaw(carol, "{\"bio\":\"nul \\u0000 here\"}"),
                attemptRaw(carol, "{\"bio\":{\"nested\":true}}"),
                attemptRaw(carol, "{\"bio\":[1,2]}"),
                attemptRaw(carol, "not json"),
                attemptRaw(carol, ""))) {
            assertThat(strange.status()).as(strange.toString()).isBetween(400, 499);
            assertThat(strange.contentType()).contains("application/problem+json");
        }
        Api.Response bio500 = carol.put(ME, Map.of("bio", "🌊".repeat(250)));
        assertThat(bio500.status()).as(bio500.toString()).isEqualTo(200);

        // nothing refused was stored
        JsonNode profile = carol.get(ME).body();
        assertThat(profile.get("bio").asText()).isEqualTo("🌊".repeat(250));
        assertThat(profile.get("avatar").isNull()).isTrue();
        assertThat(profile.get("displayName").asText()).startsWith("Reader ");

        // only a person whose address is verified, and nobody signed out
        Person unverified = person("profile-unverified", false);
        assertProblem(attempt(unverified, Map.of("bio", "hello")), 403, "email-verification-required", null);
        assertThat(api.put(ME, Map.of("bio", "hello"), null).status()).isEqualTo(401);
        assertThat(api.get(ME, null).status()).isEqualTo(401);
    }

    @Test
    void erasureTakesTheBioAndAvatarFromEveryReadModelAndARebuildBringsNeitherBack() throws Exception {
        Person erin = verifiedPerson("profile-erin");
        Person frank = verifiedPerson("profile-frank");
        String marker = "Saltmarsh" + UUID.randomUUID().toString().substring(0, 8);
        String avatar = upload(erin, false);
        Api.Response set = erin.put(ME, Map.of("bio", "Stories of the " + marker + " coast", "avatarImageId", avatar));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(api.get("/api/images/" + avatar, null).status()).isEqualTo(200);

        Api.Response requested = erin.post("/api/gdpr/delete", Map.of("password", PASSWORD));
        assertThat(requested.status()).as(requested.toString()).isEqualTo(202);
        String requestId = requested.body().get("requestId").asText();
        Instant until = ((Timestamp) jdbc.queryForObject(
                        "SELECT execution_time FROM scheduled_tasks WHERE task_name = 'AxonDeadline'"
                                + " AND encode(task_data, 'escape') LIKE ?",
                        Timestamp.class,
                        "%" + requestId + "%"))
                .toInstant();
        eraseWhenGraceEnds(requestId, until);

        // the avatar image is deleted, bytes and all, and the receipt says so
        assertThat(api.get("/api/gdpr/delete/" + requestId, null)
                        .body()
                        .get("erased")
                        .toString())
                .contains("\"" + ErasedData.AVATAR + "\"");
        assertThat(api.get("/api/images/" + avatar, null).status()).isEqualTo(404);
        assertThat(api.get("/api/images/" + avatar + "?size=thumbnail", null).status())
                .isEqualTo(404);

        // the profile shows "Deleted User", no bio, no avatar; the event history only placeholders
        assertThat(projections.await(List.of(), projections.head(), Duration.ofSeconds(30)))
                .isTrue();
        JsonNode seen = frank.get("/api/users/" + erin.userId()).body();
        assertThat(seen.get("displayName").asText()).isEqualTo(ErasedData.DELETED_USER);
        assertThat(seen.get("bio").isNull()).isTrue();
        assertThat(seen.get("avatar").isNull()).isTrue();
        JsonNode history = api.get("/api/admin/history/aggregates/UserAccount/" + erin.userId(), adminToken())
                .body();
        JsonNode change = null;
        for (JsonNode event : history) {
            if (event.path("payload").has("avatarImageId")) {
                change = event.get("payload");
            }
        }
        assertThat(change).as(history.toString()).isNotNull();
        assertThat(change.get("bio").asText()).isEqualTo("[erased]");
        assertThat(change.get("avatarImageId").asText()).isEqualTo("[erased]");
        assertThat(history.toString()).doesNotContain(marker).doesNotContain(avatar);
        assertNoTrace(marker);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM user_account WHERE avatar_image_id = ?", Long.class, avatar))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM image WHERE image_id = ?", Long.class, avatar))
                .isZero();

        // rebuilt from zero, the users and search projections bring neither back
        String admin = adminToken();
        rebuildProjections(admin, List.of("users", "search", "images"));
        JsonNode rebuilt = frank.get("/api/users/" + erin.userId()).body();
        assertThat(rebuilt.get("displayName").asText()).isEqualTo(ErasedData.DELETED_USER);
        assertThat(rebuilt.get("bio").isNull()).isTrue();
        assertThat(rebuilt.get("avatar").isNull()).isTrue();
        assertNoTrace(marker);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM user_account WHERE avatar_image_id = ?", Long.class, avatar))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM image WHERE image_id = ?", Long.class, avatar))
                .isZero();
        assertThat(api.get("/api/images/" + avatar, null).status()).isEqualTo(404);
    }

    /** A PUT of the profile by {@code person} from an address of its own: writes are rate-limited per address. */
    private Api.Response attempt(Person person, Object body) {
        return new Api(port, json, Api.nextClientIp()).put(ME, body, person.token());
    }

    private Api.Response attemptRaw(Person person, String body) {
        return new Api(port, json, Api.nextClientIp())
                .send("PUT", ME, body, "application/json", person.token(), Map.of());
    }

    private static void assertProblem(Api.Response response, int status, String type, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).contains("application/problem+json");
        assertThat(response.body().get("type").asText()).isEqualTo("/problems/" + type);
        if (field != null) {
            assertThat(response.body().get("field").asText()).isEqualTo(field);
        }
    }

    /** Every text column of every table (the event store's personal fields are encrypted, so it is left out). */
    private void assertNoTrace(String trace) {
        Map<String, List<String>> found = new HashMap<>();
        for (Map<String, Object> column : jdbc.queryForList("""
                SELECT table_name, column_name FROM information_schema.columns
                WHERE table_schema = current_schema()
                  AND data_type IN ('text', 'character varying', 'character', 'jsonb', 'json')""")) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            Long hits = jdbc.queryForObject(
                    "SELECT count(*) FROM \"" + table + "\" WHERE position(? in \"" + name + "\"::text) > 0",
                    Long.class,
                    trace);
            if (hits != null && hits > 0) {
                found.computeIfAbsent(table, k -> new ArrayList<>()).add(name);
            }
        }
        assertThat(found).as("tables still holding " + trace).isEmpty();
    }

    /** Uploads a small PNG as {@code person}; returns the image's id. */
    private String upload(Person person, boolean nsfw) throws IOException, InterruptedException {
        BufferedImage image = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, Color.BLUE.getRGB());
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        ByteArrayOutputStream form = new ByteArrayOutputStream();
        form.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n"
                        + "Content-Type: image/png\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        form.writeBytes(png.toByteArray());
        form.writeBytes(("\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"nsfw\"\r\n\r\n" + nsfw
                        + "\r\n--" + BOUNDARY + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/images"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                        .header("X-Forwarded-For", person.client().clientIp())
                        .header("Authorization", "Bearer " + person.token())
                        .POST(HttpRequest.BodyPublishers.ofByteArray(form.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String position = response.headers().firstValue("X-Event-Position").orElse("-1");
        // the avatar check reads the images read model: wait until it has the upload
        assertThat(projections.await(List.of("images"), Long.parseLong(position), Duration.ofSeconds(30)))
                .isTrue();
        return json.readTree(response.body()).get("id").asText();
    }
}
