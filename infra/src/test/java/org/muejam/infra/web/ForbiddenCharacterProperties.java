package org.muejam.infra.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;
import org.muejam.infra.support.RawHttp;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestContextManager;

/**
 * Whatever text a request carries, in whichever field of a few endpoints, a forbidden character anywhere in it
 * (a C0 or C1 control other than tab, line feed and carriage return, DEL, or an unpaired surrogate) gets 400
 * problem+json of type forbidden-character naming that field, and nothing is stored. Runs against the whole
 * application the integration tests share.
 */
class ForbiddenCharacterProperties {

    /** Where the forbidden character goes; the JSON places can carry a surrogate (as a \\u escape), the rest not. */
    enum Place {
        REGISTER_EMAIL("/api/auth/register", "email", true),
        REGISTER_PASSWORD("/api/auth/register", "password", true),
        REGISTER_DISPLAY_NAME("/api/auth/register", "displayName", true),
        REGISTER_DOCUMENT_VERSION("/api/auth/register", "acceptedDocuments[1].version", true),
        LOGIN_EMAIL("/api/auth/login", "email", true),
        LOGIN_PASSWORD("/api/auth/login", "password", true),
        RESET_EMAIL("/api/auth/password-reset/request", "email", true),
        COOKIE_CONSENT_SESSION("/api/legal/cookie-consent", "sessionId", true),
        QUERY_PARAMETER("/api/admin/audit-logs", "query parameter 'actionType'", false),
        PATH_VARIABLE("/api/legal/documents/", "path", false),
        USER_AGENT("/api/auth/login", "header User-Agent", false);

        final String path;
        final String field;
        final boolean json;

        Place(String path, String field, boolean json) {
            this.path = path;
            this.field = field;
            this.json = json;
        }
    }

    /** The whole application, the same instance the integration tests use when they run in the same JVM. */
    static class Platform extends IntegrationTest {}

    private static int port;
    private static ObjectMapper json;
    private static JdbcTemplate jdbc;

    @BeforeContainer
    static void start() throws Exception {
        ApplicationContext context =
                new TestContextManager(Platform.class).getTestContext().getApplicationContext();
        port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
        json = context.getBean(ObjectMapper.class);
        jdbc = context.getBean(JdbcTemplate.class);
    }

    @Property(tries = 60)
    void aForbiddenCharacterAnywhereIsRefusedNamingTheFieldAndNothingIsStored(
            @ForAll Place place,
            @ForAll("text") String text,
            @ForAll("forbidden") char forbidden,
            @ForAll @IntRange(min = 0, max = 40) int at)
            throws Exception {
        Assume.that(place.json || !Character.isSurrogate(forbidden));
        // Tomcat refuses C0 controls and DEL in a header line itself (see ForbiddenCharacterTest); C1 bytes reach us
        Assume.that(place != Place.USER_AGENT || forbidden >= 0x80);
        int position = Math.min(at, text.length());
        String value = text.substring(0, position) + forbidden + text.substring(position);
        long events = events();

        RawHttp.Response response = send(place, value);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(events()).as("no event stored").isEqualTo(events);
        if (place == Place.PATH_VARIABLE && !response.header("Content-Type").startsWith("application/problem")) {
            return; // Tomcat refuses some of these in the path itself, before the application sees the request
        }
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = response.json(json);
        if (place == Place.PATH_VARIABLE && problem.get("type").asText().equals("/problems/unreadable-request")) {
            return; // Tomcat's own refusal of the path, written as a problem document by its error valve (0015)
        }
        assertThat(problem.get("type").asText()).isEqualTo("/problems/forbidden-character");
        assertThat(problem.get("field").asText()).isEqualTo(place.field);
        assertThat(problem.get("character").asText()).isEqualTo(ForbiddenCharacters.describe(forbidden));
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.strings()
                .withCharRange('a', 'z')
                .withCharRange('0', '9')
                .withChars(' ', '\t', 'é', '✓')
                .ofMinLength(1)
                .ofMaxLength(30);
    }

    @Provide
    Arbitrary<Character> forbidden() {
        return Arbitraries.oneOf(
                Arbitraries.chars().range('\u0000', '\u0008'),
                Arbitraries.chars().range('\u000b', '\u000c'),
                Arbitraries.chars().range('\u000e', '\u001f'),
                Arbitraries.chars().range('\u007f', '\u009f'),
                Arbitraries.chars().range('\ud800', '\udfff'));
    }

    private static RawHttp.Response send(Place place, String value) throws Exception {
        String client = "X-Forwarded-For: " + Api.nextClientIp();
        return switch (place) {
            case REGISTER_EMAIL, REGISTER_PASSWORD, REGISTER_DISPLAY_NAME, REGISTER_DOCUMENT_VERSION ->
                post(
                        place.path,
                        "{\"email\":" + (place == Place.REGISTER_EMAIL ? quoted(value) : "\"x@example.org\"")
                                + ",\"password\":"
                                + (place == Place.REGISTER_PASSWORD ? quoted(value) : "\"Long-pass-2026!\"")
                                + ",\"displayName\":"
                                + (place == Place.REGISTER_DISPLAY_NAME ? quoted(value) : "\"Reader\"")
                                + ",\"birthDate\":\"1990-01-01\",\"acceptedDocuments\":[{\"type\":\"terms-of-service\","
                                + "\"version\":\"1\"},{\"type\":\"privacy-policy\",\"version\":"
                                + (place == Place.REGISTER_DOCUMENT_VERSION ? quoted(value) : "\"1\"") + "}]}",
                        client);
            case LOGIN_EMAIL -> post(place.path, "{\"email\":" + quoted(value) + ",\"password\":\"x\"}", client);
            case LOGIN_PASSWORD ->
                post(place.path, "{\"email\":\"x@example.org\",\"password\":" + quoted(value) + "}", client);
            case RESET_EMAIL -> post(place.path, "{\"email\":" + quoted(value) + "}", client);
            case COOKIE_CONSENT_SESSION ->
                RawHttp.exchange(
                        port,
                        "PUT " + place.path + " HTTP/1.1\r\n" + client + "\r\nContent-Type: application/json",
                        ("{\"analytics\":true,\"marketing\":false,\"sessionId\":" + quoted(value) + "}")
                                .getBytes(StandardCharsets.UTF_8));
            case QUERY_PARAMETER ->
                RawHttp.exchange(
                        port,
                        "GET " + place.path + "?limit=5&actionType=" + percentEncoded(value) + " HTTP/1.1\r\n" + client,
                        null);
            case PATH_VARIABLE ->
                RawHttp.exchange(port, "GET " + place.path + percentEncoded(value) + " HTTP/1.1\r\n" + client, null);
            case USER_AGENT ->
                RawHttp.exchange(
                        port,
                        "POST " + place.path + " HTTP/1.1\r\n" + client
                                + "\r\nContent-Type: application/json\r\nUser-Agent: " + value,
                        "{\"email\":\"x@example.org\",\"password\":\"x\"}".getBytes(StandardCharsets.UTF_8));
        };
    }

    private static RawHttp.Response post(String path, String body, String client) throws Exception {
        return RawHttp.exchange(
                port,
                "POST " + path + " HTTP/1.1\r\n" + client + "\r\nContent-Type: application/json",
                body.getBytes(StandardCharsets.UTF_8));
    }

    /** A JSON string with every control character and surrogate written as a \\u escape. */
    static String quoted(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    static String percentEncoded(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int unsigned = b & 0xff;
            if ((unsigned >= 'a' && unsigned <= 'z') || (unsigned >= '0' && unsigned <= '9')) {
                out.append((char) unsigned);
            } else {
                out.append(String.format("%%%02X", unsigned));
            }
        }
        return out.toString();
    }

    private static long events() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }
}
