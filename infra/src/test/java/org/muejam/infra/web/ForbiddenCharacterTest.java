package org.muejam.infra.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;
import org.muejam.infra.support.RawHttp;

/** The door: a request whose text holds a forbidden character is refused, naming where, and stores nothing. */
class ForbiddenCharacterTest extends IntegrationTest {

    @Test
    void aRegistrationWithANulInTheDisplayNameIsRefusedAndNothingIsStored() {
        currentRequiredDocuments();
        long before = eventCount();
        String email = uniqueEmail("nul");
        Api.Response response = api.send(
                "POST",
                "/api/auth/register",
                "{\"email\":\"" + email + "\",\"password\":\""
                        + PASSWORD
                        + "\",\"displayName\":\"a\\u0000b\",\"birthDate\":\"1990-01-01\",\"acceptedDocuments\":"
                        + json(currentRequiredDocuments()) + "}",
                "application/json",
                null,
                Map.of());

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("type").asText()).isEqualTo("/problems/forbidden-character");
        assertThat(response.body().get("field").asText()).isEqualTo("displayName");
        assertThat(response.body().get("character").asText()).isEqualTo("U+0000");
        assertThat(eventCount()).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM email_directory WHERE email = ?", Long.class, email))
                .as("the address is not claimed")
                .isZero();
    }

    @Test
    void pairedSurrogatesTabsAndLineBreaksAreText() {
        String email = uniqueEmail("emoji");
        Api.Response response = api.send(
                "POST",
                "/api/auth/register",
                "{\"email\":\"" + email + "\",\"password\":\""
                        + PASSWORD + "\",\"displayName\":\"Reader \\ud83d\\ude00\\tof\\r\\nlines\",\"birthDate\":"
                        + "\"1990-01-01\",\"acceptedDocuments\":" + json(currentRequiredDocuments()) + "}",
                "application/json",
                null,
                Map.of());
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    @Test
    void loneSurrogatesAndC1ControlsAreRefused() {
        for (String escaped : new String[] {"\\ud800", "x\\udc00y", "\\ud83dx", "\\u0085", "\\u007f"}) {
            Api.Response response = api.send(
                    "POST",
                    "/api/auth/password-reset/request",
                    "{\"email\":\"a" + escaped + "@example.org\"}",
                    "application/json",
                    null,
                    Map.of());
            assertThat(response.status()).as(escaped + " " + response).isEqualTo(400);
            assertThat(response.body().get("field").asText()).isEqualTo("email");
        }
    }

    @Test
    void keysAndIgnoredPropertiesAtAnyDepthAreChecked() {
        long before = eventCount();
        Api.Response inIgnored = api.send(
                "POST",
                "/api/auth/login",
                "{\"email\":\"x@example.org\",\"password\":\"x\","
                        + "\"extra\":{\"list\":[1,{\"deep\":\"a\\u0001\"}]}}",
                "application/json",
                null,
                Map.of());
        assertThat(inIgnored.status()).as(inIgnored.toString()).isEqualTo(400);
        assertThat(inIgnored.body().get("field").asText()).isEqualTo("extra.list[1].deep");

        Api.Response inKey = api.send(
                "POST",
                "/api/auth/login",
                "{\"email\":\"x@example.org\",\"password\":\"x\"," + "\"extra\":{\"k\\u0000\":1}}",
                "application/json",
                null,
                Map.of());
        assertThat(inKey.status()).as(inKey.toString()).isEqualTo(400);
        assertThat(inKey.body().get("field").asText()).isEqualTo("extra");
        assertThat(inKey.body().get("detail").asText()).contains("a key of 'extra'");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void formBodiesAreCheckedAndNeverBoundMultipartIsNotRead() {
        long before = eventCount();
        Api.Response form = api.send(
                "POST",
                "/api/auth/register",
                "email=x%40example.org&displayName=a%00b",
                "application/x-www-form-urlencoded",
                null,
                Map.of());
        assertThat(form.status()).as(form.toString()).isEqualTo(400);
        assertThat(form.body().get("field").asText()).isEqualTo("parameter 'displayName'");

        Api.Response cleanForm = api.send(
                "POST",
                "/api/auth/register",
                "email=x%40example.org&displayName=ab",
                "application/x-www-form-urlencoded",
                null,
                Map.of());
        assertThat(cleanForm.status()).as("only JSON bodies are read").isEqualTo(415);

        String boundary = "door";
        Api.Response multipart = api.send(
                "POST",
                "/api/auth/register",
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"displayName\"\r\n\r\na\u0000b\r\n--"
                        + boundary + "--\r\n",
                "multipart/form-data; boundary=" + boundary,
                null,
                Map.of());
        assertThat(multipart.status()).as(multipart.toString()).isEqualTo(415);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void storedHeadersAreCheckedAndTheRefusalCarriesTheSecurityHeaders() throws Exception {
        long before = eventCount();
        for (String header : new String[] {"User-Agent", "X-Request-Id", "X-Forwarded-For"}) {
            // a byte 0x85 passes HTTP's parser as obs-text and reaches the application as the C1 control NEL
            RawHttp.Response response = signInWithHeader(header, "a\u0085b");
            assertThat(response.status()).as(header + " " + response).isEqualTo(400);
            JsonNode problem = response.json(json);
            assertThat(problem.get("type").asText()).isEqualTo("/problems/forbidden-character");
            assertThat(problem.get("field").asText()).isEqualTo("header " + header);
            assertThat(response.header("Content-Security-Policy")).isNotNull();
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        }
        for (String c0 : new String[] {"\u0000", "\u0001", "\u001b", "\u007f"}) {
            RawHttp.Response response = signInWithHeader("User-Agent", "a" + c0 + "b");
            assertThat(response.status())
                    .as("refused by Tomcat's HTTP parser " + response)
                    .isEqualTo(400);
        }
        assertThat(eventCount()).isEqualTo(before);
    }

    private RawHttp.Response signInWithHeader(String header, String value) throws java.io.IOException {
        return RawHttp.exchange(
                port,
                "POST /api/auth/login HTTP/1.1\r\n"
                        + (header.equals("X-Forwarded-For") ? "" : "X-Forwarded-For: " + api.clientIp() + "\r\n")
                        + "Content-Type: application/json\r\n" + header + ": " + value,
                "{\"email\":\"x@example.org\",\"password\":\"x\"}".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void queryParametersAndPathsAreChecked() {
        String admin = adminToken();
        Api.Response query = api.get("/api/admin/audit-logs?actionType=a%1Bb", admin);
        assertThat(query.status()).as(query.toString()).isEqualTo(400);
        assertThat(query.body().get("field").asText()).isEqualTo("query parameter 'actionType'");
        for (String path : new String[] {"/api/legal/documents/terms%07", "/api/legal/documents/a%C2%85b"}) {
            Api.Response response = api.get(path, null);
            assertThat(response.status()).as(path + " " + response).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.body().get("field").asText()).isEqualTo("path");
        }
        assertThat(api.get("/api/legal/documents/a%00b", null).status())
                .as("Tomcat refuses a NUL in the path")
                .isEqualTo(400);
    }

    private String json(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
