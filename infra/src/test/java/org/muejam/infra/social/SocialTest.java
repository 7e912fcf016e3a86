package org.muejam.infra.social;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;
import org.muejam.infra.support.Person;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.social.FollowCommand;
import org.muejam.shared.social.FollowStatus;
import org.springframework.beans.factory.annotation.Autowired;

/** Likes and follows through the REST API: idempotent commands, counts on the content, cursor pages, refusals. */
class SocialTest extends IntegrationTest {

    private static final String UNKNOWN_STORY = "story:00000000-0000-4000-8000-000000000000";

    @Autowired
    CommandGateway commands;

    /** What a verified writer published: a story, a comment on it and a whisper. */
    private record Content(String story, String comment, String whisper, String draft) {}

    private Content content(Person writer) {
        String story = created(
                writer.client().post("/api/stories", Map.of("title", "Salt", "genre", "fantasy"), writer.token()));
        Api.Response published = writer.client().post("/api/stories/" + story + "/publish", null, writer.token());
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        String draft = created(writer.client()
                .post("/api/stories", Map.of("title", "Unfinished", "genre", "fantasy"), writer.token()));
        String comment = created(writer.client()
                .post(
                        "/api/comments",
                        Map.of("targetType", "story", "targetId", story, "content", "What a tide."),
                        writer.token()));
        String whisper =
                created(writer.client().post("/api/whispers", Map.of("content", "Low tide at six."), writer.token()));
        return new Content(story, comment, whisper, draft);
    }

    private static String created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.body().get("id").asText();
    }

    private Api.Response delete(String path, String token) {
        return api.send("DELETE", path, null, "application/json", token, Map.of());
    }

    private static void assertProblem(Api.Response response, int status, String type) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        if (type != null) {
            assertThat(response.body().get("type").asText()).isEqualTo("/problems/" + type);
        }
    }

    private static void assertStored(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.headers().firstValue("X-Event-Position"))
                .as(response.toString())
                .isPresent();
    }

    private static List<String> values(JsonNode items, String field) {
        List<String> values = new ArrayList<>();
        items.forEach(item -> values.add(item.get(field).asText()));
        return values;
    }

    private long commentLikes(String story) {
        JsonNode comments =
                api.get("/api/stories/" + story + "/comments", null).body().get("items");
        return comments.get(0).get("likes").asLong();
    }

    @Test
    void likesAreCountedOnTheContentAndRepeatingOneStoresNothing() {
        Content content = content(person("likewriter", true));
        Person reader = person("liker", false);
        Person other = person("liker2", false);
        assertThat(api.get("/api/stories/" + content.story(), null)
                        .body()
                        .get("likes")
                        .asLong())
                .isZero();

        assertStored(api.put("/api/stories/" + content.story() + "/like", null, reader.token()), 204);
        long afterFirst = eventCount();
        Api.Response again = api.put("/api/stories/" + content.story() + "/like", null, reader.token());
        assertThat(again.status()).as(again.toString()).isEqualTo(204);
        assertThat(eventCount()).isEqualTo(afterFirst);
        assertStored(api.put("/api/stories/" + content.story() + "/like", null, other.token()), 204);
        assertThat(api.get("/api/stories/" + content.story(), null)
                        .body()
                        .get("likes")
                        .asLong())
                .isEqualTo(2);
        assertStored(delete("/api/stories/" + content.story() + "/like", reader.token()), 204);
        long afterUnlike = eventCount();
        assertThat(delete("/api/stories/" + content.story() + "/like", reader.token())
                        .status())
                .isEqualTo(204);
        assertThat(delete("/api/whispers/" + content.whisper() + "/like", reader.token())
                        .status())
                .isEqualTo(204);
        assertThat(eventCount()).isEqualTo(afterUnlike);
        assertThat(api.get("/api/stories/" + content.story(), null)
                        .body()
                        .get("likes")
                        .asLong())
                .isEqualTo(1);

        assertStored(api.put("/api/whispers/" + content.whisper() + "/like", null, reader.token()), 204);
        assertStored(api.put("/api/comments/" + content.comment() + "/like", null, reader.token()), 204);
        assertStored(api.put("/api/comments/" + content.comment() + "/like", null, other.token()), 204);
        assertThat(api.get("/api/whispers/" + content.whisper(), null)
                        .body()
                        .get("likes")
                        .asLong())
                .isEqualTo(1);
        JsonNode whispers = api.get("/api/whispers", null).body().get("items");
        whispers.forEach(whisper -> assertThat(whisper.has("likes")).isTrue());
        assertThat(commentLikes(content.story())).isEqualTo(2);
        JsonNode listed = api.get("/api/stories", null).body().get("items");
        listed.forEach(story -> {
            if (story.get("id").asText().equals(content.story())) {
                assertThat(story.get("likes").asLong()).isEqualTo(1);
            }
        });

        JsonNode mine = api.get("/api/me/likes", reader.token()).body();
        assertThat(values(mine.get("items"), "targetId")).containsExactly(content.comment(), content.whisper());
        assertThat(values(mine.get("items"), "targetType")).containsExactly("comment", "whisper");
        assertThat(mine.get("items").get(0).get("likedAt").asText()).isNotEmpty();
        assertThat(mine.get("nextCursor").isNull()).isTrue();
    }

    @Test
    void myLikesArePagedNewestFirstWithCursors() {
        Content content = content(person("pagewriter", true));
        Person reader = person("pager", false);
        assertStored(api.put("/api/stories/" + content.story() + "/like", null, reader.token()), 204);
        assertStored(api.put("/api/whispers/" + content.whisper() + "/like", null, reader.token()), 204);
        assertStored(api.put("/api/comments/" + content.comment() + "/like", null, reader.token()), 204);

        JsonNode first = api.get("/api/me/likes?limit=2", reader.token()).body();
        assertThat(values(first.get("items"), "targetId")).containsExactly(content.comment(), content.whisper());
        String cursor = first.get("nextCursor").asText();
        JsonNode second = api.get("/api/me/likes?limit=2&cursor=" + cursor, reader.token())
                .body();
        assertThat(values(second.get("items"), "targetId")).containsExactly(content.story());
        assertThat(second.get("nextCursor").isNull()).isTrue();

        for (String query : List.of("cursor=%25%25", "cursor=bm90LWEtY3Vyc29y", "limit=0", "limit=101", "limit=x")) {
            assertThat(api.get("/api/me/likes?" + query, reader.token()).status())
                    .as(query)
                    .isEqualTo(400);
        }
        assertThat(api.get("/api/me/likes", null).status()).isEqualTo(401);
    }

    @Test
    void draftsUnknownMalformedAndOtherKindsIdsAreNotFoundAndStoreNothing() {
        Person writer = person("hiddenwriter", true);
        Content content = content(writer);
        Person reader = person("prober", false);
        long before = eventCount();

        assertProblem(
                api.put("/api/stories/" + content.draft() + "/like", null, reader.token()), 404, "story-not-found");
        assertProblem(
                api.put("/api/stories/" + content.draft() + "/like", null, writer.token()), 404, "story-not-found");
        assertProblem(api.put("/api/stories/" + UNKNOWN_STORY + "/like", null, reader.token()), 404, "story-not-found");
        assertProblem(api.put("/api/stories/nothing/like", null, reader.token()), 404, "story-not-found");
        assertProblem(
                api.put("/api/stories/" + content.whisper() + "/like", null, reader.token()), 404, "story-not-found");
        assertProblem(
                api.put("/api/whispers/" + content.story() + "/like", null, reader.token()), 404, "whisper-not-found");
        assertProblem(
                api.put("/api/comments/" + content.whisper() + "/like", null, reader.token()),
                404,
                "comment-not-found");
        assertProblem(delete("/api/comments/" + content.story() + "/like", reader.token()), 404, "comment-not-found");
        assertProblem(delete("/api/stories/" + content.draft() + "/like", reader.token()), 404, "story-not-found");
        // a NUL never reaches the controller; an id of 10,000 characters is no content's
        assertProblem(api.put("/api/stories/story:%00/like", null, reader.token()), 400, null);
        assertThat(api.put("/api/whispers/" + "w".repeat(10_000) + "/like", null, reader.token())
                        .status())
                .isBetween(400, 404);
        assertThat(api.put("/api/stories/" + content.story() + "/like", null, null)
                        .status())
                .isEqualTo(401);
        assertThat(delete("/api/stories/" + content.story() + "/like", null).status())
                .isEqualTo(401);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void followingIsImmediateIdempotentAndListedWithDisplayNames() {
        Person fan = person("fan", false);
        Person author = person("followed", false);
        Person stranger = person("stranger", false);

        Api.Response followed = api.post("/api/users/" + author.userId() + "/follow", null, fan.token());
        assertStored(followed, 200);
        assertThat(followed.body().get("status").asText()).isEqualTo("FOLLOWING");
        long afterFollow = eventCount();
        Api.Response again = api.post("/api/users/" + author.userId() + "/follow", null, fan.token());
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.body().get("status").asText()).isEqualTo("FOLLOWING");
        assertThat(eventCount()).isEqualTo(afterFollow);

        JsonNode followers = api.get("/api/users/" + author.userId() + "/followers", stranger.token())
                .body();
        assertThat(values(followers.get("items"), "userId")).containsExactly(fan.userId());
        assertThat(followers.get("items").get(0).get("displayName").asText()).startsWith("Reader fan");
        assertThat(followers.get("items").get(0).get("since").asText()).isNotEmpty();
        assertThat(followers.get("nextCursor").isNull()).isTrue();
        JsonNode following = api.get("/api/users/" + fan.userId() + "/following", fan.token())
                .body();
        assertThat(values(following.get("items"), "userId")).containsExactly(author.userId());
        assertThat(api.get("/api/users/" + fan.userId() + "/followers", fan.token())
                        .body()
                        .get("items"))
                .isEmpty();
        assertThat(api.get("/api/me/follow-requests", author.token()).body().get("items"))
                .isEmpty();

        assertStored(delete("/api/users/" + author.userId() + "/follow", fan.token()), 204);
        long afterUnfollow = eventCount();
        assertThat(delete("/api/users/" + author.userId() + "/follow", fan.token())
                        .status())
                .isEqualTo(204);
        assertThat(delete("/api/users/" + stranger.userId() + "/follow", fan.token())
                        .status())
                .isEqualTo(204);
        assertThat(eventCount()).isEqualTo(afterUnfollow);
        assertThat(api.get("/api/users/" + author.userId() + "/followers", stranger.token())
                        .body()
                        .get("items"))
                .isEmpty();
        assertThat(api.get("/api/users/" + author.userId() + "/followers", null).status())
                .isEqualTo(401);
    }

    @Test
    void followersAndFolloweesArePagedWithCursors() {
        Person author = person("popular", false);
        List<Person> fans = List.of(person("fana", false), person("fanb", false), person("fanc", false));
        for (Person fan : fans) {
            assertStored(api.post("/api/users/" + author.userId() + "/follow", null, fan.token()), 200);
        }
        assertStored(
                api.post(
                        "/api/users/" + fans.get(1).userId() + "/follow",
                        null,
                        fans.get(0).token()),
                200);

        JsonNode first = api.get("/api/users/" + author.userId() + "/followers?limit=2", author.token())
                .body();
        assertThat(values(first.get("items"), "userId"))
                .containsExactly(fans.get(2).userId(), fans.get(1).userId());
        JsonNode second = api.get(
                        "/api/users/" + author.userId() + "/followers?limit=2&cursor="
                                + first.get("nextCursor").asText(),
                        author.token())
                .body();
        assertThat(values(second.get("items"), "userId"))
                .containsExactly(fans.get(0).userId());
        assertThat(second.get("nextCursor").isNull()).isTrue();

        JsonNode followees = api.get("/api/users/" + fans.get(0).userId() + "/following?limit=1", author.token())
                .body();
        assertThat(values(followees.get("items"), "userId"))
                .containsExactly(fans.get(1).userId());
        JsonNode rest = api.get(
                        "/api/users/" + fans.get(0).userId() + "/following?limit=1&cursor="
                                + followees.get("nextCursor").asText(),
                        author.token())
                .body();
        assertThat(values(rest.get("items"), "userId")).containsExactly(author.userId());

        for (String query : List.of("cursor=%25%25", "cursor=bm90LWEtY3Vyc29y", "limit=0", "limit=101")) {
            assertThat(api.get("/api/users/" + author.userId() + "/followers?" + query, author.token())
                            .status())
                    .as(query)
                    .isEqualTo(400);
            assertThat(api.get("/api/me/follow-requests?" + query, author.token())
                            .status())
                    .as(query)
                    .isEqualTo(400);
        }
    }

    @Test
    void oneselfUnknownAndStrangeFolloweesAreRefusedAndStoreNothing() {
        Person fan = person("selfish", false);
        long before = eventCount();

        assertProblem(api.post("/api/users/" + fan.userId() + "/follow", null, fan.token()), 422, "cannot-follow-self");
        assertProblem(
                api.post("/api/users/00000000-0000-4000-8000-000000000000/follow", null, fan.token()),
                404,
                "user-not-found");
        assertProblem(delete("/api/users/nobody/follow", fan.token()), 404, "user-not-found");
        assertProblem(api.get("/api/users/nobody/followers", fan.token()), 404, "user-not-found");
        assertProblem(api.get("/api/users/nobody/following", fan.token()), 404, "user-not-found");
        assertProblem(api.post("/api/users/" + "u".repeat(65) + "/follow", null, fan.token()), 404, "user-not-found");
        assertThat(api.post("/api/users/" + "u".repeat(10_000) + "/follow", null, fan.token())
                        .status())
                .isBetween(400, 404);
        assertProblem(api.post("/api/users/a%00b/follow", null, fan.token()), 400, null);
        assertThat(api.post("/api/users/" + fan.userId() + "/follow", null, null)
                        .status())
                .isEqualTo(401);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void answeringARequestThatDoesNotExistIsNotFound() {
        Person owner = person("owner", false);
        Person fan = person("asker", false);
        long before = eventCount();

        for (String requester : List.of(fan.userId(), "nobody", "u".repeat(65), owner.userId())) {
            assertProblem(
                    api.post("/api/me/follow-requests/" + requester + "/approve", null, owner.token()),
                    404,
                    "follow-request-not-found");
            assertProblem(
                    api.post("/api/me/follow-requests/" + requester + "/decline", null, owner.token()),
                    404,
                    "follow-request-not-found");
        }
        assertProblem(api.post("/api/me/follow-requests/a%00b/approve", null, owner.token()), 400, null);
        assertThat(eventCount()).isEqualTo(before);

        // an accepted follow is no pending request: declining it is 404, approving it again changes nothing
        assertStored(api.post("/api/users/" + owner.userId() + "/follow", null, fan.token()), 200);
        long afterFollow = eventCount();
        assertProblem(
                api.post("/api/me/follow-requests/" + fan.userId() + "/decline", null, owner.token()),
                404,
                "follow-request-not-found");
        Api.Response approved = api.post("/api/me/follow-requests/" + fan.userId() + "/approve", null, owner.token());
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.body().get("status").asText()).isEqualTo("FOLLOWING");
        assertThat(eventCount()).isEqualTo(afterFollow);
        assertThat(api.get("/api/me/follow-requests", owner.token()).body().get("items"))
                .isEmpty();
    }

    /**
     * Nobody's followers need approval until privacy settings exist, so the requests are sent as the use case would
     * for a followee who approves them: listed for the followee, then approved, declined or withdrawn.
     */
    @Test
    void requestsWaitForTheFolloweesAnswer() {
        Person owner = person("private", false);
        List<Person> askers = List.of(person("askera", false), person("askerb", false), person("askerc", false));
        for (Person asker : askers) {
            FollowStatus status =
                    commands.sendAndWait(new FollowCommand(UserId.of(asker.userId()), UserId.of(owner.userId()), true));
            assertThat(status).isEqualTo(FollowStatus.REQUESTED);
        }
        await(
                "the requests are listed",
                Duration.ofSeconds(30),
                () -> api.get("/api/me/follow-requests", owner.token())
                                .body()
                                .get("items")
                                .size()
                        == 3);
        JsonNode requests =
                api.get("/api/me/follow-requests?limit=2", owner.token()).body();
        assertThat(values(requests.get("items"), "userId"))
                .containsExactly(askers.get(2).userId(), askers.get(1).userId());
        assertThat(requests.get("items").get(0).get("displayName").asText()).startsWith("Reader askerc");
        assertThat(requests.get("nextCursor").isNull()).isFalse();
        Api.Response asksAgain = api.post(
                "/api/users/" + owner.userId() + "/follow", null, askers.get(0).token());
        assertThat(asksAgain.body().get("status").asText()).isEqualTo("REQUESTED");
        assertThat(api.get("/api/users/" + owner.userId() + "/followers", owner.token())
                        .body()
                        .get("items"))
                .isEmpty();

        Api.Response approved =
                api.post("/api/me/follow-requests/" + askers.get(0).userId() + "/approve", null, owner.token());
        assertStored(approved, 200);
        assertThat(approved.body().get("status").asText()).isEqualTo("FOLLOWING");
        assertStored(
                api.post("/api/me/follow-requests/" + askers.get(1).userId() + "/decline", null, owner.token()), 204);
        assertStored(
                delete("/api/users/" + owner.userId() + "/follow", askers.get(2).token()), 204);

        assertThat(api.get("/api/me/follow-requests", owner.token()).body().get("items"))
                .isEmpty();
        assertThat(values(
                        api.get("/api/users/" + owner.userId() + "/followers", owner.token())
                                .body()
                                .get("items"),
                        "userId"))
                .containsExactly(askers.get(0).userId());
        assertProblem(
                api.post("/api/me/follow-requests/" + askers.get(1).userId() + "/approve", null, owner.token()),
                404,
                "follow-request-not-found");
    }
}
