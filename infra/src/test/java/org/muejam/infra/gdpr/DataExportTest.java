package org.muejam.infra.gdpr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.muejam.command.content.media.BlobStore;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.Mailbox;
import org.muejam.infra.support.Person;
import org.muejam.shared.gdpr.DataExportRequestedEvent;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A person's data export through the REST API: asked for, built in the background, downloaded through its signed
 * link, refused to others, once per 24 hours, and its link refused when changed or ended.
 */
class DataExportTest extends GdprIntegrationTest {

    @Autowired
    ExportLinks links;

    @Autowired
    BlobStore blobs;

    @Autowired
    DataExportProcessor processor;

    @Test
    void anExportHoldsEverythingThePersonDidAndDownloadsOnlyThroughItsSignedLink() throws Exception {
        Person author = verifiedPerson("export-author");
        Person friend = verifiedPerson("export-friend");
        // a second factor, as a person pairs an authenticator
        String secret = pairAuthenticator(author.client(), author.token()).secret();

        Map<String, Object> story = new HashMap<>();
        story.put("title", "The lighthouse keeper");
        story.put("description", "Light and weather");
        story.put("genre", "literary");
        story.put("tags", List.of("sea"));
        story.put("nsfw", false);
        String storyId = created(author.post("/api/stories", story));
        String chapterId = created(author.post(
                "/api/stories/" + storyId + "/chapters",
                Map.of("title", "The lamp", "content", "The lamp turned all night.", "format", "markdown")));
        ok(author.post("/api/stories/" + storyId + "/publish", null));
        String commentId = created(author.post(
                "/api/comments", Map.of("targetType", "story", "targetId", storyId, "content", "A note on light")));
        String whisperId = created(author.post("/api/whispers", Map.of("content", "Fog tonight")));
        ok(author.put("/api/stories/" + storyId + "/like", null));
        ok(author.post("/api/users/" + friend.userId() + "/follow", null));
        ok(friend.post("/api/users/" + author.userId() + "/follow", null));
        String listId = created(author.post("/api/reading-lists", Map.of("name", "By the sea", "public", false)));
        ok(author.post("/api/reading-lists/" + listId + "/stories", Map.of("storyId", storyId)));
        ok(author.put("/api/me/reading-progress", Map.of("storyId", storyId, "chapterId", chapterId, "percent", 40)));

        JsonNode ready = exported(author);
        assertThat(ready.get("progress").asInt()).isEqualTo(100);
        assertThat(ready.get("downloadUrl").isNull()).isFalse();
        Instant expiresAt = Instant.parse(ready.get("expiresAt").asText());
        assertThat(expiresAt)
                .isBetween(
                        Instant.now().plus(Duration.ofDays(7)).minusSeconds(120),
                        Instant.now().plus(Duration.ofDays(7)).plusSeconds(5));

        // the link downloads without a sign-in: the signature is the credential
        Api anyone = new Api(port, json, Api.nextClientIp());
        Api.Response file = download(ready);
        assertThat(file.status()).as(file.toString()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        JsonNode export = file.body();
        assertThat(export.get("userId").asText()).isEqualTo(author.userId());
        assertThat(export.at("/profile/email").asText()).isEqualTo(author.email());
        assertThat(ids(export.get("stories"), "storyId")).contains(storyId);
        assertThat(ids(export.get("chapters"), "chapterId")).contains(chapterId);
        assertThat(ids(export.get("comments"), "commentId")).contains(commentId);
        assertThat(ids(export.get("whispers"), "whisperId")).contains(whisperId);
        assertThat(ids(export.get("likes"), "targetId")).contains(storyId);
        assertThat(ids(export.at("/follows/following"), "followeeId")).contains(friend.userId());
        assertThat(ids(export.at("/follows/followers"), "followerId")).contains(friend.userId());
        assertThat(ids(export.get("readingLists"), "listId")).contains(listId);
        assertThat(ids(export.get("readingLists").get(0).get("stories"), "storyId"))
                .contains(storyId);
        assertThat(ids(export.get("readingProgress"), "chapterId")).contains(chapterId);
        // privacy settings (the defaults here) and the consents given at registration
        assertThat(export.get("privacy")
                        .get("settings")
                        .get("profileVisibility")
                        .asText())
                .isEqualTo("PUBLIC");
        assertThat(export.get("privacy").get("consentHistory").toString()).contains("terms-of-service");
        assertThat(export.at("/security/twoFactor/enabled").asBoolean()).isTrue();
        assertThat(ids(export.at("/security/events"), "eventType"))
                .contains("TwoFactorEnabledEvent", "UserLoggedInEvent");
        assertThat(ids(export.get("legalConsents"), "documentType")).contains("terms-of-service", "privacy-policy");
        // the address a consent was given from, kept sealed under the person's key, is opened for them
        assertThat(export.get("legalConsents").get(0).get("ipAddress").asText())
                .isEqualTo(author.client().clientIp());
        assertThat(export.get("moderation").has("strikes")).isTrue();
        assertThat(export.get("eventTypes").has("StoryCreatedEvent")).isTrue();
        assertThat(export.get("eventTypes").get("StoryCreatedEvent").asLong()).isEqualTo(1);
        // personal data in the events is decrypted for its owner
        assertThat(file.raw()).contains("UserRegisteredEvent").contains(author.email());
        assertThat(file.raw()).doesNotContain(secret);

        // the mail carries the same link
        await(
                "the link mailed",
                Duration.ofSeconds(20),
                () -> Mailbox.read(author.email()).stream()
                        .anyMatch(mail -> mail.subject().contains("data export is ready")
                                && mail.text()
                                        .contains(
                                                pathOf(ready.get("downloadUrl").asText()))));

        // a changed link is refused
        String link = pathOf(ready.get("downloadUrl").asText());
        String signature = link.replaceAll(".*signature=", "");
        String flipped = (signature.charAt(0) == 'A' ? "B" : "A") + signature.substring(1);
        assertProblem(anyone.get(link.replace(signature, flipped), null), 403, "invalid-export-signature");
        long expires = expiresAt.getEpochSecond();
        assertProblem(
                anyone.get(link.replace("expires=" + expires, "expires=" + (expires + 86_400)), null),
                403,
                "invalid-export-signature");
        String exportId = ready.get("exportId").asText();
        assertProblem(
                anyone.get(link.replace(exportId, "export:00000000-0000-4000-8000-000000000000"), null),
                403,
                "invalid-export-signature");
        // an ended link is refused though its signature is right
        String ended =
                pathOf(links.link(exportId, Instant.now().minusSeconds(60)).toString());
        assertProblem(anyone.get(ended, null), 410, "export-link-expired");
        // strange inputs: missing, malformed and huge parameters
        String base = "/api/gdpr/export/" + exportId + "/download";
        assertThat(anyone.get(base, null).status()).isEqualTo(400);
        assertThat(anyone.get(base + "?expires=abc&signature=x", null).status()).isEqualTo(400);
        assertProblem(
                anyone.get(base + "?expires=1&signature=" + "x".repeat(5000), null), 403, "invalid-export-signature");
        assertProblem(anyone.get(base + "?expires=99999999999999&signature=x", null), 403, "invalid-export-signature");
        assertProblem(anyone.get(base + "?expires=1&signature=%00", null), 400, "forbidden-character");
    }

    @Test
    void onePersonMayAskForOneExportPer24HoursAndOnlyTheOwnerSeesIt() {
        Person owner = verifiedPerson("export-owner");
        Person other = verifiedPerson("export-other");
        JsonNode ready = exported(owner);
        String exportId = ready.get("exportId").asText();

        Api.Response again = owner.post("/api/gdpr/export", null);
        assertProblem(again, 429, "export-rate-limited");
        long retryAfter =
                Long.parseLong(again.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(86_400L - 120, 86_400L);
        assertThat(Instant.parse(again.body().get("nextExportAt").asText()))
                .isAfter(Instant.now().plus(Duration.ofHours(23)));
        // the refusal stored nothing: one request event of this person
        assertThat(jdbc.queryForObject("""
                        SELECT count(*) FROM domain_event_entry
                        WHERE payload_type LIKE '%DataExportRequestedEvent' AND encode(payload, 'escape') LIKE ?""", Long.class, "%" + owner.userId() + "%"))
                .isEqualTo(1);

        // another person, an unknown id, a malformed one: 404 alike; no credential: 401
        assertProblem(other.get("/api/gdpr/export/" + exportId), 404, "export-not-found");
        assertProblem(
                owner.get("/api/gdpr/export/export:00000000-0000-4000-8000-000000000000"), 404, "export-not-found");
        assertProblem(owner.get("/api/gdpr/export/not-an-export"), 404, "export-not-found");
        assertProblem(owner.get("/api/gdpr/export/" + "x".repeat(4000)), 404, "export-not-found");
        assertThat(owner.client().get("/api/gdpr/export/" + exportId, null).status())
                .isEqualTo(401);
        assertThat(owner.client().post("/api/gdpr/export", null, null).status()).isEqualTo(401);
        // a body, however strange, is not read
        Api.Response withBody = other.client()
                .send(
                        "POST",
                        "/api/gdpr/export",
                        "{\"userId\":\"" + owner.userId() + "\u0000\"}",
                        "application/json",
                        other.token(),
                        Map.of());
        assertThat(withBody.status()).as(withBody.toString()).isIn(202, 400);

        // the request is in the audit trail, as the person's own action
        String admin = adminToken();
        await(
                "the request audited",
                Duration.ofSeconds(15),
                () -> auditEntries(admin, "resourceType=DataExport&resourceId=" + exportId)
                        .toString()
                        .contains("DataExportRequested"));
        assertThat(auditEntries(
                                admin,
                                "resourceType=DataExport&resourceId=" + exportId + "&actionType=DataExportRequested")
                        .get(0)
                        .path("actorId")
                        .asText())
                .isEqualTo(owner.userId());
    }

    @Test
    void theFileOfAReadyExportIsInTheBlobStore() {
        Person owner = verifiedPerson("export-file");
        JsonNode ready = exported(owner);
        String key = DataExportProcessor.fileKey(ready.get("exportId").asText());
        assertThat(blobs.get(key)).isPresent();
        assertThat(blobs.get(key).orElseThrow().bytes().length)
                .isEqualTo(ready.get("sizeBytes").asLong());
    }

    @Test
    void aRequestHandledTwiceKeepsTheFileTheExportNames() throws Exception {
        Person owner = verifiedPerson("export-twice");
        JsonNode ready = exported(owner);
        String exportId = ready.get("exportId").asText();
        byte[] before =
                blobs.get(DataExportProcessor.fileKey(exportId)).orElseThrow().bytes();

        // a retried batch, or a node that took the segment over mid-build, handles the request again
        processor.on(new DataExportRequestedEvent(exportId, owner.userId(), Instant.now()));

        byte[] after =
                blobs.get(DataExportProcessor.fileKey(exportId)).orElseThrow().bytes();
        assertThat(after).isEqualTo(before);
        assertThat((long) after.length).isEqualTo(ready.get("sizeBytes").asLong());
        Api.Response file = download(owner.get("/api/gdpr/export/" + exportId).body());
        assertThat(file.status()).as(file.toString()).isEqualTo(200);
        assertThat(file.body().get("exportId").asText()).isEqualTo(exportId);
    }

    private static void assertProblem(Api.Response response, int status, String type) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
        assertThat(response.body().get("type").asText()).as(response.toString()).endsWith("/" + type);
    }
}
