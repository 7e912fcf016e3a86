package org.muejam.infra.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;
import org.muejam.infra.support.RawHttp;

/**
 * Whatever arrives at the HTTP door, the answer is never a 5xx, and every 4xx is a problem document naming what is
 * wrong, whoever refuses it: Tomcat, the security firewall, content negotiation or an endpoint.
 */
class HttpDoorTest extends IntegrationTest {

    private static final String EMOJI_AGENT = "Reader/1.0 (\uD83D\uDE00 caf\u00e9)";

    @Test
    void aUserAgentInUtf8IsAnsweredNormallyAndStoredAsSent() throws Exception {
        currentRequiredDocuments();
        String agent = utf8AsHeader(EMOJI_AGENT);
        RawHttp.Response read =
                raw("GET /api/legal/documents/terms-of-service", List.of("User-Agent: " + agent), (String) null);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        RawHttp.Response login = raw(
                "POST /api/auth/login",
                List.of("User-Agent: " + agent, "Content-Type: application/json"),
                "{\"email\":\"nobody@example.org\",\"password\":\"wrong-password-1\"}");
        assertProblem(login, 401);

        String email = uniqueEmail("emoji-agent");
        RawHttp.Response register = raw(
                "POST /api/auth/register",
                List.of("User-Agent: " + agent, "Content-Type: application/json"),
                json.writeValueAsString(registration(email)));
        assertThat(register.status()).as(register.toString()).isEqualTo(201);
        String userId = register.json(json).get("userId").asText();
        String admin = adminToken();
        await(
                "the registration reaches the audit log",
                Duration.ofSeconds(30),
                () -> auditEntries(admin, "userId=" + userId).size() > 0);
        List<String> agents = new ArrayList<>();
        auditEntries(admin, "userId=" + userId)
                .forEach(entry -> agents.add(entry.path("userAgent").asText()));
        assertThat(agents).isNotEmpty().allMatch(EMOJI_AGENT::equals);
    }

    @Test
    void aUserAgentCutToItsStoredLengthNeverEndsInHalfACharacter() throws Exception {
        String agent = "a".repeat(511) + "\uD83D\uDE00";
        RawHttp.Response register = raw(
                "POST /api/auth/register",
                List.of("User-Agent: " + utf8AsHeader(agent), "Content-Type: application/json"),
                json.writeValueAsString(registration(uniqueEmail("long-agent"))));
        assertThat(register.status()).as(register.toString()).isEqualTo(201);
        String userId = register.json(json).get("userId").asText();
        String admin = adminToken();
        await(
                "the registration reaches the audit log",
                Duration.ofSeconds(30),
                () -> auditEntries(admin, "userId=" + userId).size() > 0);
        auditEntries(admin, "userId=" + userId)
                .forEach(entry -> assertThat(entry.path("userAgent").asText()).isEqualTo("a".repeat(511)));
    }

    @Test
    void aMultipartBodyWithoutABoundaryIsRefusedAsAProblem() throws Exception {
        String reader = login(registered(), PASSWORD);
        long before = eventCount();
        for (String contentType : List.of(
                "multipart/form-data", "multipart/form-data; boundary=", "multipart/mixed", "multipart/form-data;;")) {
            for (String path : List.of("/api/auth/register", "/api/auth/login", "/api/auth/password-reset/request")) {
                RawHttp.Response response =
                        raw("POST " + path, List.of("Content-Type: " + contentType), "--x\r\n\r\nbody\r\n--x--\r\n");
                assertProblem(response, 415);
            }
        }
        assertThat(eventCount()).isEqualTo(before);
        // an endpoint that takes no body does not read one, whatever its type says
        for (String request : List.of(
                "POST /api/auth/2fa/setup", "POST /api/auth/logout", "DELETE /api/keys/nothing", "GET /api/users/me")) {
            RawHttp.Response response = raw(
                    request,
                    List.of("Content-Type: multipart/form-data", "Authorization: Bearer " + reader),
                    "--x\r\n\r\nbody\r\n--x--\r\n");
            assertThat(response.status()).as(request + " " + response).isBetween(200, 499);
            if (response.status() >= 400) {
                assertProblem(response, response.status());
            }
        }
    }

    @Test
    void brokenEscapesInQueryStringsAreNeverA5xx() throws Exception {
        String admin = adminToken();
        for (String query :
                List.of("actionType=%zz", "%00=1", "actionType=%C0%AF", "actionType=%", "=&&=", "limit=%FF")) {
            RawHttp.Response response =
                    raw("GET /api/admin/audit-logs?" + query, List.of("Authorization: Bearer " + admin), (String) null);
            assertThat(response.status()).as(query + " " + response).isBetween(200, 499);
            if (response.status() >= 400) {
                assertProblem(response, response.status());
            }
        }
    }

    @Test
    void duplicateKeysAreRefusedNamingTheKey() throws Exception {
        String body = json.writeValueAsString(registration(uniqueEmail("twice")));
        long before = eventCount();
        Api.Response login = api.send(
                "POST",
                "/api/auth/login",
                "{\"email\":\"a@example.org\",\"password\":\"x\",\"email\":\"b@example.org\"}",
                "application/json",
                null,
                Map.of());
        assertProblem(login, 400);
        assertThat(login.body().get("type").asText()).isEqualTo("/problems/duplicate-key");
        assertThat(login.body().get("field").asText()).isEqualTo("email");

        String nested = body.replaceFirst("\"type\":", "\"type\":\"privacy-policy\",\"type\":");
        Api.Response register = api.send("POST", "/api/auth/register", nested, "application/json", null, Map.of());
        assertProblem(register, 400);
        assertThat(register.body().get("type").asText()).isEqualTo("/problems/duplicate-key");
        assertThat(register.body().get("field").asText()).isEqualTo("acceptedDocuments[0].type");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void nulAndLoneSurrogatesInEveryBodyAreRefusedNamingTheField() throws Exception {
        String reader = login(registered(), PASSWORD);
        String admin = adminToken();
        long before = eventCount();
        Map<String, String> endpoints = new LinkedHashMap<>();
        endpoints.put("POST /api/auth/login", null);
        endpoints.put("POST /api/auth/resend-verification", null);
        endpoints.put("POST /api/auth/verify-email", null);
        endpoints.put("POST /api/auth/refresh", null);
        endpoints.put("POST /api/auth/password-reset/request", null);
        endpoints.put("POST /api/auth/password-reset/confirm", null);
        endpoints.put("POST /api/auth/2fa/verify", null);
        endpoints.put("POST /api/auth/2fa/verify-setup", reader);
        endpoints.put("POST /api/legal/consent", reader);
        endpoints.put("PUT /api/legal/cookie-consent", reader);
        endpoints.put("POST /api/keys", reader);
        endpoints.put("POST /api/legal/documents/content-policy", admin);
        for (Map.Entry<String, String> endpoint : endpoints.entrySet()) {
            for (byte[] value : List.of(
                    RawHttp.bytes("\"a\\u0000b\""),
                    RawHttp.bytes("\"a\\ud800b\""),
                    RawHttp.bytes("\"a\\udc00\""),
                    new byte[] {'"', 'a', 0, 'b', '"'},
                    new byte[] {'"', 'a', (byte) 0xed, (byte) 0xa0, (byte) 0x80, 'b', '"'})) {
                byte[] body = RawHttp.concat(RawHttp.bytes("{\"odd\":"), value, RawHttp.bytes("}"));
                List<String> headers = new ArrayList<>(List.of("Content-Type: application/json"));
                if (endpoint.getValue() != null) {
                    headers.add("Authorization: Bearer " + endpoint.getValue());
                }
                RawHttp.Response response = rawBytes(endpoint.getKey(), headers, body);
                assertProblem(response, 400);
                assertThat(response.json(json).path("field").asText())
                        .as(endpoint.getKey() + " " + response)
                        .isEqualTo("odd");
            }
        }
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void bodiesInAnUnknownCharsetOrWithAByteOrderMarkAreNeverA5xx() throws Exception {
        String reader = login(registered(), PASSWORD);
        for (String contentType : List.of(
                "application/json; charset=bogus",
                "application/json; charset=\"",
                "application/json; charset=utf-32")) {
            RawHttp.Response response = raw(
                    "POST /api/legal/consent",
                    List.of("Content-Type: " + contentType, "Authorization: Bearer " + reader),
                    "{\"documentType\":\"privacy-policy\",\"version\":\"x\"}");
            assertThat(response.status()).as(contentType + " " + response).isBetween(400, 499);
            assertProblem(response, response.status());
        }
        byte[] withMark = RawHttp.concat(
                new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
                RawHttp.bytes("{\"documentType\":\"privacy-policy\",\"version\":\"never-published\"}"));
        RawHttp.Response marked = rawBytes(
                "POST /api/legal/consent",
                List.of("Content-Type: application/json", "Authorization: Bearer " + reader),
                withMark);
        assertThat(marked.status()).as(marked.toString()).isBetween(400, 499);
        assertProblem(marked, marked.status());
    }

    @Test
    void aNulInAnyAuditLogFilterIsRefusedNamingTheParameter() {
        String admin = adminToken();
        for (String parameter :
                List.of("userId", "actionType", "resourceType", "resourceId", "from", "to", "cursor", "limit")) {
            Api.Response response = api.get("/api/admin/audit-logs?" + parameter + "=a%00b", admin);
            assertProblem(response, 400);
            assertThat(response.body().get("field").asText()).isEqualTo("query parameter '" + parameter + "'");
        }
    }

    @Test
    void anUnparsableAcceptIsA406ProblemWithABody() throws Exception {
        for (String accept : List.of("*/", "text", "a/b/c", "application/json;q=", "\"", "/")) {
            RawHttp.Response response =
                    raw("GET /api/legal/documents/terms-of-service", List.of("Accept: " + accept), (String) null);
            assertProblem(response, 406);
            assertThat(response.json(json).get("type").asText()).isEqualTo("/problems/not-acceptable");
        }
    }

    @Test
    void oddHeadersAreNeverA5xx() throws Exception {
        currentRequiredDocuments();
        Map<String, List<String>> odd = new LinkedHashMap<>();
        odd.put(
                "Accept",
                List.of("", "text/html", "application/xml", "*/*;q=2", "application/json;q=abc", "text/*;;;"));
        odd.put(
                "Accept-Language",
                List.of(
                        "",
                        "xx-",
                        "*;q=abc",
                        ",,,",
                        "en-US;q=0.5, !!!",
                        "a".repeat(3000),
                        utf8AsHeader("\u00e9\u00e8")));
        odd.put(
                "X-Forwarded-For",
                List.of(
                        "",
                        "999.1.1.1",
                        "::::1::",
                        "[::1]:80",
                        "1.2.3.4:80",
                        "1.2.3.4, , ,",
                        "unknown",
                        "a".repeat(3000),
                        "fe80::1%eth0",
                        utf8AsHeader("\uD83D\uDE00")));
        odd.put(
                "X-Request-Id",
                List.of("", " ", "../..", "a".repeat(5000), utf8AsHeader("\uD83D\uDE00"), "%00", "a b"));
        for (Map.Entry<String, List<String>> header : odd.entrySet()) {
            for (String value : header.getValue()) {
                for (String request : List.of("GET /api/legal/documents/terms-of-service", "POST /api/auth/login")) {
                    List<String> headers = new ArrayList<>(List.of(header.getKey() + ": " + value));
                    if (!header.getKey().equals("X-Forwarded-For")) {
                        headers.add("X-Forwarded-For: " + Api.nextClientIp());
                    }
                    headers.add("Content-Type: application/json");
                    RawHttp.Response response = raw(request, headers, request.startsWith("POST") ? "{}" : null);
                    String what = header.getKey() + ": " + value + " on " + request + " → " + response;
                    assertThat(response.status()).as(what).isLessThan(500);
                    if (response.status() >= 400) {
                        assertProblem(response, response.status());
                    }
                }
            }
        }
    }

    @Test
    void whatTomcatRefusesIsAProblemDocument() throws Exception {
        for (String path : List.of(
                "/api/legal/documents/a%2Fb",
                "/api/legal/documents/a%5Cb",
                "/api/legal/documents/a%00b",
                "/api/legal/documents/a%zzb",
                "/api/legal/documents/a%",
                "/api/legal/documents/a%C0%AFb",
                "/api/legal/documents/a%FFb",
                "/api/legal/documents/" + "a".repeat(9000))) {
            RawHttp.Response response = raw("GET " + path, List.of(), (String) null);
            assertThat(response.status()).as(path + " " + response).isBetween(400, 499);
            assertProblem(response, response.status());
        }
        RawHttp.Response bigHeader = raw(
                "GET /api/legal/documents/terms-of-service", List.of("X-Big: " + "b".repeat(10_000)), (String) null);
        assertThat(bigHeader.status()).as(bigHeader.toString()).isBetween(400, 499);
        assertProblem(bigHeader, bigHeader.status());
    }

    @Test
    void whatTheFirewallRefusesIsAProblemDocument() throws Exception {
        for (String path : List.of(
                "/api/legal/documents/../documents/terms-of-service",
                "/api/legal/documents/%2e%2e/terms-of-service",
                "/api//legal/documents/terms-of-service",
                "/api/legal/documents/terms-of-service;a=b",
                "/api/legal;x/documents/terms-of-service",
                "/api/legal/documents/%3B")) {
            RawHttp.Response response = raw("GET " + path, List.of(), (String) null);
            assertThat(response.status()).as(path + " " + response).isBetween(400, 499);
            assertProblem(response, response.status());
        }
    }

    @Test
    void unknownPathsAndTheErrorPageAreProblemDocuments() throws Exception {
        String reader = login(registered(), PASSWORD);
        for (String path : List.of("/api/nothing-here", "/nothing-here", "/", "/error", "/api/legal/documents")) {
            for (String token : new String[] {null, reader}) {
                Api.Response response = api.get(path, token);
                assertThat(response.status()).as(path + " " + response).isBetween(400, 499);
                assertProblem(response, response.status());
                if (token != null && !path.equals("/error")) {
                    assertThat(response.status()).as(path).isEqualTo(404);
                    assertThat(response.body().get("type").asText()).isEqualTo("/problems/not-found");
                }
            }
        }
        Api.Response wrongMethod = api.send("PATCH", "/api/users/me", "{}", "application/json", reader, Map.of());
        assertProblem(wrongMethod, 405);
        assertThat(wrongMethod.body().get("type").asText()).isEqualTo("/problems/method-not-allowed");
    }

    private String registered() {
        String email = uniqueEmail("door");
        register(email);
        return email;
    }

    private Map<String, Object> registration(String email) {
        return Map.of(
                "email",
                email,
                "password",
                PASSWORD,
                "displayName",
                "Door",
                "birthDate",
                "1990-01-01",
                "acceptedDocuments",
                currentRequiredDocuments());
    }

    /** The header value whose ISO-8859-1 characters are the UTF-8 bytes of {@code text}, as a client sends it. */
    private static String utf8AsHeader(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    private RawHttp.Response raw(String requestLine, List<String> headers, String body) throws IOException {
        return rawBytes(requestLine, headers, body == null ? null : RawHttp.bytes(body));
    }

    private RawHttp.Response rawBytes(String requestLine, List<String> headers, byte[] body) throws IOException {
        StringBuilder head = new StringBuilder(requestLine).append(" HTTP/1.1");
        boolean forwarded = false;
        for (String header : headers) {
            head.append("\r\n").append(header);
            forwarded |= header.startsWith("X-Forwarded-For:");
        }
        if (!forwarded) {
            // a fresh address each, so the per-address rate limits never answer instead
            head.append("\r\nX-Forwarded-For: ").append(Api.nextClientIp());
        }
        return RawHttp.exchange(port, head.toString(), body);
    }

    private void assertProblem(RawHttp.Response response, int status) throws IOException {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).as(response.toString()).startsWith("application/problem+json");
        JsonNode problem = response.json(json);
        assertThat(problem.path("type").asText()).as(response.toString()).startsWith("/problems/");
        assertThat(problem.path("detail").asText()).as(response.toString()).isNotBlank();
    }

    private static void assertProblem(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
        assertThat(response.body().path("type").asText())
                .as(response.toString())
                .startsWith("/problems/");
        assertThat(response.body().path("detail").asText())
                .as(response.toString())
                .isNotBlank();
    }
}
