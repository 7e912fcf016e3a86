package org.muejam.infra.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;

/**
 * OWASP's device cookies: every sign-in answers a device token; wrong passwords from unknown clients lock the account
 * for unknown clients only, and a known device with the right password still signs in. During the lock, unknown
 * clients get one answer whatever the password. The suite locks after 3 wrong passwords in a row.
 */
class KnownDeviceTest extends IntegrationTest {

    private static final String LOCKED = "/problems/account-locked";

    @Test
    void aSignInAnswersADeviceTokenAndBrowsersGetItAsAnHttpOnlyCookie() {
        String email = uniqueEmail("device-token");
        register(email);

        Api.Response script = api.post("/api/auth/login", Map.of("email", email, "password", PASSWORD), null);
        assertThat(script.status()).as(script.toString()).isEqualTo(200);
        assertThat(script.body().get("deviceToken").asText()).isNotBlank();
        assertThat(script.body().get("accessToken").asText()).isNotBlank();
        assertThat(script.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith(SessionCookies.DEVICE));

        Api.Response browser =
                api.post("/api/auth/login", Map.of("email", email, "password", PASSWORD, "cookies", true), null);
        String cookie = browser.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(SessionCookies.DEVICE + "="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';')))
                .isEqualTo(browser.body().get("deviceToken").asText());
        assertThat(cookie).contains("Path=/api/auth;", "HttpOnly", "SameSite=Strict", "Max-Age=31536000;");
        // the suite's public address is http: a Secure cookie would never come back
        assertThat(cookie).doesNotContain("Secure");
    }

    @Test
    void aSignInCompletedWithASecondFactorAnswersADeviceToken() {
        Enrolled user = enrolled("device-2fa");
        Api.Response login = api.post("/api/auth/login", Map.of("email", user.email(), "password", PASSWORD), null);
        assertThat(login.body().has("deviceToken"))
                .as("no device token before the second factor")
                .isFalse();
        Api.Response signedIn = api.post(
                "/api/auth/2fa/backup-code",
                Map.of(
                        "challengeToken",
                        login.body().get("challengeToken").asText(),
                        "code",
                        user.backupCodes().get(0),
                        "cookies",
                        true),
                null);
        assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(200);
        String device = signedIn.body().get("deviceToken").asText();
        assertThat(device).isNotBlank();
        assertThat(signedIn.headers().allValues("Set-Cookie"))
                .anyMatch(c -> c.startsWith(SessionCookies.DEVICE + "=" + device + ";"));
    }

    @Test
    void strangersLockTheAccountForUnknownClientsButAKnownDeviceStillSignsIn() {
        String email = uniqueEmail("device-known");
        String userId = register(email);
        String device = signIn(email).get("deviceToken").asText();

        lockOut(email);
        Api.Response stranger =
                new Api(port, json).post("/api/auth/login", Map.of("email", email, "password", PASSWORD), null);
        assertThat(stranger.status()).as(stranger.toString()).isEqualTo(403);
        assertThat(stranger.body().get("type").asText()).isEqualTo(LOCKED);

        Api.Response known =
                api.post("/api/auth/login", Map.of("email", email, "password", PASSWORD, "deviceToken", device), null);
        assertThat(known.status()).as(known.toString()).isEqualTo(200);
        assertThat(known.body().get("accessToken").asText()).isNotBlank();
        // the strangers' failures used up 3 of the account's 5 (loginaccount); the known device has a bucket of its own
        assertThat(known.headers().firstValue("X-RateLimit-Remaining")).contains("5");
        assertThat(stranger.headers().firstValue("X-RateLimit-Remaining")).contains("2");
        Api.Response browser = api.send(
                "POST",
                "/api/auth/login",
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}",
                "application/json",
                null,
                Map.of(
                        "Cookie",
                        SessionCookies.DEVICE + "="
                                + known.body().get("deviceToken").asText()));
        assertThat(browser.status())
                .as("the device cookie counts as the body's token")
                .isEqualTo(200);

        // a wrong password from the known device is a wrong password, recorded as from a known device
        Api.Response typo = api.post(
                "/api/auth/login", Map.of("email", email, "password", "Typo-" + PASSWORD, "deviceToken", device), null);
        assertThat(typo.status()).as(typo.toString()).isEqualTo(401);
        List<JsonNode> failures = new ArrayList<>();
        api.get("/api/admin/history/aggregates/UserAccount/" + userId, adminToken())
                .body()
                .forEach(event -> {
                    if ("LoginFailedEvent".equals(event.get("eventType").asText())) {
                        failures.add(event.get("payload"));
                    }
                });
        assertThat(failures)
                .extracting(f -> f.get("knownDevice").asBoolean())
                .containsExactly(false, false, false, true);
    }

    @Test
    void duringTheLockRightAndWrongPasswordsFromAnUnknownClientGetTheSameAnswer() {
        String email = uniqueEmail("device-same");
        register(email);
        lockOut(email);

        Api.Response right =
                new Api(port, json).post("/api/auth/login", Map.of("email", email, "password", PASSWORD), null);
        Api.Response wrong =
                new Api(port, json).post("/api/auth/login", Map.of("email", email, "password", "Wrong-again-1"), null);

        assertThat(right.status()).as(right.toString()).isEqualTo(403);
        assertThat(wrong.status()).isEqualTo(right.status());
        assertThat(comparable(wrong.body())).isEqualTo(comparable(right.body()));
        assertThat(comparableHeaders(wrong)).isEqualTo(comparableHeaders(right));
        assertThat(right.body().get("type").asText()).isEqualTo(LOCKED);
    }

    @Test
    void forgedTamperedOrOtherAccountsDeviceTokensAreUnknownClients() {
        String email = uniqueEmail("device-forged");
        register(email);
        String own = signIn(email).get("deviceToken").asText();
        String other = uniqueEmail("device-other");
        register(other);
        String othersToken = signIn(other).get("deviceToken").asText();
        lockOut(email);

        // the signature's first character: every bit of it counts (the last one's low bits are base64 padding, so
        // changing it can leave the decoded signature as it was)
        int signature = own.lastIndexOf('.') + 1;
        char first = own.charAt(signature);
        String tampered = own.substring(0, signature) + (first == 'A' ? 'Q' : 'A') + own.substring(signature + 1);
        String[] parts = own.split("\\.");
        String unsigned = parts[0] + "." + parts[1] + ".";
        for (String token : List.of(othersToken, tampered, unsigned, "not.a.token", "%%%***", "a".repeat(2000))) {
            Api.Response answer = new Api(port, json)
                    .post("/api/auth/login", Map.of("email", email, "password", PASSWORD, "deviceToken", token), null);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
            assertThat(answer.body().get("type").asText()).isEqualTo(LOCKED);
        }
        assertThat(api.post("/api/auth/login", Map.of("email", email, "password", PASSWORD, "deviceToken", own), null)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void strangeDeviceTokensAreRefusedOrIgnoredButNeverAServerError() {
        String email = uniqueEmail("device-strange");
        register(email);
        Map<String, Object> strange = new LinkedHashMap<>();
        strange.put("huge", "x".repeat(100_000));
        strange.put("nul", "abc\u0000def");
        strange.put("not base64", "é.☃.💥");
        strange.put("number", 12345);
        strange.put("object", Map.of("a", 1));
        strange.put("blank", "   ");
        for (Map.Entry<String, Object> value : strange.entrySet()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("email", email);
            body.put("password", PASSWORD);
            body.put("deviceToken", value.getValue());
            Api.Response answer = new Api(port, json).post("/api/auth/login", body, null);
            assertThat(answer.status()).as(value.getKey() + ": " + answer).isLessThan(500);
            assertThat(answer.status() == 200 || answer.contentType().startsWith("application/problem+json"))
                    .as(value.getKey() + ": " + answer)
                    .isTrue();
        }
        for (String cookie : List.of("%00%00", "x".repeat(6000), "a.b.c", "\"quoted\"")) {
            Api.Response answer = new Api(port, json)
                    .send(
                            "POST",
                            "/api/auth/login",
                            "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}",
                            "application/json",
                            null,
                            Map.of("Cookie", SessionCookies.DEVICE + "=" + cookie));
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        }
    }

    private JsonNode signIn(String email) {
        Api.Response login = api.post("/api/auth/login", Map.of("email", email, "password", PASSWORD), null);
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        return login.body();
    }

    /** Three wrong passwords from three unknown clients elsewhere: the suite's threshold. */
    private void lockOut(String email) {
        for (int attempt = 1; attempt <= 3; attempt++) {
            Api.Response wrong = new Api(port, json)
                    .post("/api/auth/login", Map.of("email", email, "password", "Wrong-guess-" + attempt), null);
            assertThat(wrong.status()).as(wrong.toString()).isEqualTo(401);
        }
    }

    /** A problem document without what differs between any two requests (the request id). */
    private static JsonNode comparable(JsonNode problem) {
        ObjectNode copy = problem.deepCopy();
        copy.remove("requestId");
        return copy;
    }

    /** The headers, with the values that differ between any two requests left out. */
    private static Map<String, List<String>> comparableHeaders(Api.Response response) {
        Map<String, List<String>> headers = new TreeMap<>(response.headers().map());
        // the clock, the request id and each new client's XSRF-TOKEN differ between any two requests
        headers.replaceAll((name, values) -> List.of("date", "x-request-id", "x-ratelimit-reset", "set-cookie")
                        .contains(name.toLowerCase(java.util.Locale.ROOT))
                ? List.of("(varies)")
                : values);
        return headers;
    }
}
