package org.muejam.infra.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.muejam.command.moderation.application.ContentTakedowns;
import org.muejam.command.moderation.application.Shadowbans;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;
import org.muejam.infra.support.Person;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.moderation.TakedownAction;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Moderation's ground through the REST API (decision 0033): administrators manage the moderator roles; content a
 * moderator hid or deleted, and everything a shadowbanned author wrote, is seen by its author alone, in lists,
 * single reads, comments and search, and comes back on a restore or when the ban is lifted.
 */
class ModerationTest extends IntegrationTest {

    private static final UserId MODERATOR = UserId.of("moderator-of-the-test");

    @Autowired
    ContentTakedowns takedowns;

    @Autowired
    Shadowbans shadowbans;

    /** A read that waits for every event stored so far: the use cases are called here, not through this client. */
    private Api.Response read(String path, String token) {
        return api.send(
                "GET",
                path,
                null,
                "application/json",
                token,
                Map.of("X-Await-Position", Long.toString(projections.head())));
    }

    private Api.Response delete(String path, String token) {
        return api.send("DELETE", path, null, "application/json", token, Map.of());
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    private String published(Person writer, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("description", "A story of the sea");
        body.put("genre", "fantasy");
        body.put("tags", List.of("sea"));
        body.put("nsfw", false);
        Api.Response created = api.post("/api/stories", body, writer.token());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.body().get("id").asText();
        assertThat(api.post("/api/stories/" + id + "/publish", null, writer.token())
                        .status())
                .isEqualTo(200);
        return id;
    }

    private String whisper(Person writer, String text) {
        Api.Response posted = api.post("/api/whispers", Map.of("content", text), writer.token());
        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
        return posted.body().get("id").asText();
    }

    private String comment(Person writer, String storyId, String text) {
        Api.Response posted = api.post(
                "/api/comments", Map.of("targetType", "story", "targetId", storyId, "content", text), writer.token());
        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
        return posted.body().get("id").asText();
    }

    private List<String> searched(String word, String token) {
        Api.Response found = read("/api/search?q=" + word, token);
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        return ids(found.body());
    }

    private static String word() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static List<String> roles(String accessToken) throws Exception {
        String payload = new String(Base64.getUrlDecoder().decode(accessToken.split("\\.")[1]), StandardCharsets.UTF_8);
        List<String> roles = new ArrayList<>();
        new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(payload)
                .get("roles")
                .forEach(r -> roles.add(r.asText()));
        return roles;
    }

    @Test
    void administratorsGiveAndTakeModeratorRolesAndTheNextTokenCarriesThem() throws Exception {
        String admin = adminToken();
        String adminId = read("/api/users/me", admin).body().get("id").asText();
        Person member = verifiedPerson("member");
        Person other = verifiedPerson("other");

        Api.Response granted =
                api.post("/api/moderation/moderators", Map.of("userId", member.userId(), "role", "MODERATOR"), admin);
        assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
        assertThat(granted.headers().firstValue("X-Event-Position")).isPresent();
        assertThat(roles(login(member.email(), PASSWORD))).contains("MODERATOR");

        JsonNode listed = read("/api/moderation/moderators", admin).body().get("items");
        JsonNode mine = null;
        for (JsonNode item : listed) {
            if (item.get("userId").asText().equals(member.userId())) {
                mine = item;
            }
        }
        assertThat(mine).as(listed.toString()).isNotNull();
        assertThat(mine.get("role").asText()).isEqualTo("MODERATOR");
        assertThat(mine.get("since").asText()).isNotBlank();
        assertThat(mine.get("displayName").asText()).isNotBlank();
        assertThat(listed.toString()).contains(adminId).doesNotContain(other.userId());

        // the same role again stores nothing; another one replaces it
        long before = eventCount();
        assertThat(api.post("/api/moderation/moderators", Map.of("userId", member.userId(), "role", "MODERATOR"), admin)
                        .status())
                .isEqualTo(201);
        assertThat(eventCount()).isEqualTo(before);
        assertThat(api.post(
                                "/api/moderation/moderators",
                                Map.of("userId", member.userId(), "role", "senior_moderator"),
                                admin)
                        .status())
                .isEqualTo(201);
        assertThat(roles(login(member.email(), PASSWORD)))
                .contains("SENIOR_MODERATOR")
                .doesNotContain("MODERATOR");
    }

    @Test
    void onlyAdministratorsManageRolesAndBadInputIsRefused() {
        String admin = adminToken();
        Person member = verifiedPerson("member");
        Person other = verifiedPerson("other");
        assertThat(api.post("/api/moderation/moderators", Map.of("userId", member.userId(), "role", "MODERATOR"), admin)
                        .status())
                .isEqualTo(201);
        String memberToken = login(member.email(), PASSWORD);
        assertThat(api.post(
                                "/api/moderation/moderators",
                                Map.of("userId", other.userId(), "role", "MODERATOR"),
                                memberToken)
                        .status())
                .isEqualTo(403);
        assertThat(read("/api/moderation/moderators", other.token()).status()).isEqualTo(403);
        assertThat(read("/api/moderation/moderators", null).status()).isIn(401, 403);
        assertThat(delete("/api/moderation/moderators/" + member.userId(), other.token())
                        .status())
                .isEqualTo(403);

        // bad input
        Api.Response unknownRole =
                api.post("/api/moderation/moderators", Map.of("userId", other.userId(), "role", "KING"), admin);
        assertThat(unknownRole.status()).as(unknownRole.toString()).isEqualTo(400);
        assertThat(unknownRole.body().get("type").asText()).isEqualTo("/problems/invalid-role");
        assertThat(api.post("/api/moderation/moderators", Map.of("userId", other.userId(), "role", "USER"), admin)
                        .status())
                .isEqualTo(400);
        assertThat(api.post(
                                "/api/moderation/moderators",
                                Map.of("userId", "nobody-" + UUID.randomUUID(), "role", "MODERATOR"),
                                admin)
                        .status())
                .isEqualTo(404);
        assertThat(api.post(
                                "/api/moderation/moderators",
                                Map.of("userId", "x\u0000".repeat(40), "role", "MODERATOR"),
                                admin)
                        .status())
                .isIn(400, 404);
        assertThat(api.post(
                                "/api/moderation/moderators",
                                Map.of("userId", other.userId(), "role", "M".repeat(5_000)),
                                admin)
                        .status())
                .isEqualTo(400);
    }

    @Test
    void aRoleIsTakenAwayButNeverByItsHolder() throws Exception {
        String admin = adminToken();
        String adminId = read("/api/users/me", admin).body().get("id").asText();
        Person member = verifiedPerson("member");
        assertThat(api.post("/api/moderation/moderators", Map.of("userId", member.userId(), "role", "MODERATOR"), admin)
                        .status())
                .isEqualTo(201);
        Api.Response own = delete("/api/moderation/moderators/" + adminId, admin);
        assertThat(own.status()).as(own.toString()).isEqualTo(409);
        assertThat(delete("/api/moderation/moderators/" + member.userId(), admin)
                        .status())
                .isEqualTo(204);
        assertThat(roles(login(member.email(), PASSWORD))).containsExactly("USER");
        assertThat(read("/api/moderation/moderators", admin).body().toString()).doesNotContain(member.userId());
        assertThat(delete("/api/moderation/moderators/nobody-" + UUID.randomUUID(), admin)
                        .status())
                .isEqualTo(404);

        // every change is in the audit log
        JsonNode audit = auditEntries(admin, "resourceId=" + member.userId());
        assertThat(audit.toString()).contains("ModeratorRoleGranted").contains("ModeratorRoleRevoked");
    }

    @Test
    void hiddenContentIsItsAuthorsAloneUntilRestoredAndDeletedContentForGood() {
        Person author = verifiedPerson("author");
        Person reader = verifiedPerson("reader");
        String w = word();
        String story = published(author, "Hidden " + w);
        String comment = comment(reader, story, "a fine story");
        String whisper = whisper(author, "hush " + w);
        assertThat(searched(w, null)).containsExactly(story);

        takedowns.takeDown(MODERATOR, ContentType.STORY, story, TakedownAction.HIDE, "spam");
        takedowns.takeDown(MODERATOR, ContentType.WHISPER, whisper, TakedownAction.HIDE, "spam");

        for (String token : new String[] {reader.token(), null}) {
            assertThat(read("/api/stories/" + story, token).status()).isEqualTo(404);
            assertThat(read("/api/stories/" + story + "/comments", token).status())
                    .isEqualTo(404);
            assertThat(ids(read("/api/stories?author=" + author.userId(), token).body()))
                    .doesNotContain(story);
            assertThat(read("/api/whispers/" + whisper, token).status()).isEqualTo(404);
            assertThat(ids(read("/api/whispers?author=" + author.userId(), token)
                            .body()))
                    .doesNotContain(whisper);
            assertThat(searched(w, token)).isEmpty();
        }
        JsonNode own = read("/api/stories/" + story, author.token()).body();
        assertThat(own.get("moderation").asText()).isEqualTo("HIDDEN");
        assertThat(ids(read("/api/stories?author=" + author.userId(), author.token())
                        .body()))
                .containsExactly(story);
        assertThat(read("/api/whispers/" + whisper, author.token())
                        .body()
                        .get("moderation")
                        .asText())
                .isEqualTo("HIDDEN");
        assertThat(ids(read("/api/stories/" + story + "/comments", author.token())
                        .body()))
                .containsExactly(comment);
        // nobody comments on or likes what they cannot see
        Api.Response refused = api.post(
                "/api/comments", Map.of("targetType", "story", "targetId", story, "content", "hello"), reader.token());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(404);

        takedowns.takeDown(MODERATOR, ContentType.STORY, story, TakedownAction.RESTORE, "appeal upheld");
        JsonNode back = read("/api/stories/" + story, reader.token()).body();
        assertThat(back.has("moderation") && !back.get("moderation").isNull()).isFalse();
        assertThat(ids(read("/api/stories?author=" + author.userId(), null).body()))
                .containsExactly(story);
        assertThat(searched(w, null)).containsExactly(story);

        // a comment taken down leaves its story's list, but not for its author
        takedowns.takeDown(MODERATOR, ContentType.COMMENT, comment, TakedownAction.DELETE, "harassment");
        assertThat(ids(read("/api/stories/" + story + "/comments", author.token())
                        .body()))
                .isEmpty();
        assertThat(ids(read("/api/stories/" + story + "/comments", null).body()))
                .isEmpty();
        JsonNode ownComments =
                read("/api/stories/" + story + "/comments", reader.token()).body();
        assertThat(ids(ownComments)).containsExactly(comment);
        assertThat(ownComments.get("items").get(0).get("moderation").asText()).isEqualTo("DELETED");

        takedowns.takeDown(MODERATOR, ContentType.WHISPER, whisper, TakedownAction.DELETE, "spam");
        try {
            takedowns.takeDown(MODERATOR, ContentType.WHISPER, whisper, TakedownAction.RESTORE, "appeal");
            throw new AssertionError("a deleted whisper was restored");
        } catch (DomainRuleViolation refusal) {
            assertThat(refusal.problemType()).isEqualTo("content-deleted");
        }
        assertThat(read("/api/whispers/" + whisper, null).status()).isEqualTo(404);
        assertThat(read("/api/whispers/" + whisper, author.token())
                        .body()
                        .get("moderation")
                        .asText())
                .isEqualTo("DELETED");
    }

    @Test
    void aShadowbannedAuthorSeesTheirContentAsUsualAndNobodyElseDoes() {
        Person banned = verifiedPerson("banned");
        Person reader = verifiedPerson("reader");
        String w = word();
        String story = published(banned, "Shadow " + w);
        String whisper = whisper(banned, "whisper " + w);
        String readersStory = published(reader, "Light " + w);
        String comment = comment(banned, readersStory, "first!");
        assertThat(searched(w, null)).containsExactlyInAnyOrder(story, readersStory);

        shadowbans.shadowban(MODERATOR, UserId.of(banned.userId()), "spam ring");

        for (String token : new String[] {reader.token(), null}) {
            assertThat(read("/api/stories/" + story, token).status()).isEqualTo(404);
            assertThat(ids(read("/api/stories?author=" + banned.userId(), token).body()))
                    .isEmpty();
            assertThat(read("/api/whispers/" + whisper, token).status()).isEqualTo(404);
            assertThat(ids(read("/api/whispers?author=" + banned.userId(), token)
                            .body()))
                    .isEmpty();
            assertThat(ids(read("/api/stories/" + readersStory + "/comments", token)
                            .body()))
                    .isEmpty();
            assertThat(searched(w, token)).containsExactly(readersStory);
        }
        JsonNode own = read("/api/stories/" + story, banned.token()).body();
        assertThat(own.get("id").asText()).isEqualTo(story);
        assertThat(own.toString()).doesNotContain("hadowban");
        assertThat(ids(read("/api/stories?author=" + banned.userId(), banned.token())
                        .body()))
                .containsExactly(story);
        assertThat(ids(read("/api/whispers?author=" + banned.userId(), banned.token())
                        .body()))
                .containsExactly(whisper);
        assertThat(ids(read("/api/stories/" + readersStory + "/comments", banned.token())
                        .body()))
                .containsExactly(comment);
        // what the banned author writes now is theirs alone too
        String later = whisper(banned, "still here " + w);
        assertThat(read("/api/whispers/" + later, reader.token()).status()).isEqualTo(404);
        assertThat(read("/api/whispers/" + later, banned.token()).status()).isEqualTo(200);

        shadowbans.lift(MODERATOR, UserId.of(banned.userId()), "appeal upheld");
        assertThat(read("/api/stories/" + story, null).status()).isEqualTo(200);
        assertThat(ids(read("/api/whispers?author=" + banned.userId(), null).body()))
                .containsExactlyInAnyOrder(whisper, later);
        assertThat(ids(read("/api/stories/" + readersStory + "/comments", reader.token())
                        .body()))
                .containsExactly(comment);
        assertThat(searched(w, null)).containsExactlyInAnyOrder(story, readersStory);
    }
}
