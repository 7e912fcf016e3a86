package org.muejam.infra.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;

/**
 * The OpenAPI document at {@code /api/schema} is one a generated client can use: every operation has a summary, a
 * descriptive unique id, tags, the credentials it accepts and its problem responses; the credentials it states are
 * the ones the platform asks for; and the committed copy that clients are generated from ({@code docs/openapi.json})
 * is the document served.
 */
class OpenApiDocumentTest extends IntegrationTest {

    /** The committed document; the test runs in the infra module's directory. */
    static final Path SNAPSHOT = Path.of("..", "docs", "openapi.json");

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    /** Ids a generator turns into methods that say nothing: {@code create()}, {@code list()}. */
    private static final Set<String> BARE_VERBS = Set.of(
            "create",
            "get",
            "list",
            "update",
            "delete",
            "active",
            "mine",
            "rotate",
            "revoke",
            "verify",
            "status",
            "login",
            "logout",
            "refresh",
            "register",
            "consent",
            "setup",
            "disable",
            "retry",
            "evict",
            "rebuild");

    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger();

    record Op(String method, String path, JsonNode operation) {
        String name() {
            return method.toUpperCase(Locale.ROOT) + " " + path;
        }
    }

    /** The first request builds the document, which takes a while on a busy machine. */
    private JsonNode served() throws IOException, InterruptedException {
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/schema"))
                                .timeout(Duration.ofMinutes(3))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body());
    }

    /**
     * Clients are generated from the committed copy at build time (the app is not running then): it must be the
     * document the platform serves. With {@code -Dmuejam.openapi.refresh=true} the test writes the served document
     * there instead.
     */
    @Test
    void theCommittedDocumentIsTheServedOne() throws Exception {
        ObjectNode served = comparable(served());
        String pretty = json.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(served) + "\n";
        if (Boolean.getBoolean("muejam.openapi.refresh")) {
            Files.writeString(SNAPSHOT, pretty);
        }
        assertThat(Files.exists(SNAPSHOT))
                .as(SNAPSHOT.toAbsolutePath().normalize() + " exists; write it with " + refreshHint())
                .isTrue();
        JsonNode committed = comparable(json.readTree(Files.readString(SNAPSHOT)));
        assertThat(committed)
                .as("docs/openapi.json is not the document /api/schema serves: the API changed. Refresh the copy with "
                        + refreshHint() + " and commit it with the change")
                .isEqualTo(served);
    }

    private static String refreshHint() {
        return "`infra/muejam test -pl infra -am -Dtest=OpenApiDocumentTest -Dmuejam.openapi.refresh=true"
                + " -Dsurefire.failIfNoSpecifiedTests=false`";
    }

    /** The servers are the address the document was asked at: not part of the contract. */
    private static ObjectNode comparable(JsonNode document) {
        ObjectNode copy = document.deepCopy();
        copy.remove("servers");
        return copy;
    }

    @Test
    void theDocumentSaysWhatItDescribes() throws Exception {
        JsonNode document = served();
        JsonNode info = document.path("info");
        assertThat(info.path("title").asText()).isEqualTo("MueJam Library API");
        assertThat(info.path("version").asText()).isNotBlank().isNotEqualTo("v0");
        assertThat(info.path("description").asText()).contains("problem+json").contains("Bearer");
        JsonNode schemes = document.path("components").path("securitySchemes");
        assertThat(schemes.path("bearerToken").path("scheme").asText()).isEqualTo("bearer");
        assertThat(schemes.path("bearerToken").path("bearerFormat").asText()).isEqualTo("JWT");
        assertThat(schemes.path("apiKey").path("in").asText()).isEqualTo("header");
        assertThat(schemes.path("apiKey").path("name").asText()).isEqualTo("X-API-Key");
        assertThat(schemes.path("accessCookie").path("in").asText()).isEqualTo("cookie");
        assertThat(schemes.path("accessCookie").path("name").asText()).isEqualTo("MUEJAM_ACCESS");
        assertThat(schemes.path("refreshCookie").path("name").asText()).isEqualTo("MUEJAM_REFRESH");
        assertThat(schemes.path("xsrfToken").path("name").asText()).isEqualTo("X-XSRF-TOKEN");
        assertThat(document.path("components").path("schemas").has("ProblemDetail"))
                .isTrue();
    }

    @Test
    void everyOperationHasASummaryADescriptiveUniqueIdTagsCredentialsAndProblemResponses() throws Exception {
        JsonNode document = served();
        Set<String> declaredTags = new HashSet<>();
        document.path("tags").forEach(tag -> declaredTags.add(tag.path("name").asText()));
        Set<String> ids = new HashSet<>();
        List<String> faults = new ArrayList<>();
        List<Op> operations = operations(document);
        assertThat(operations).hasSizeGreaterThanOrEqualTo(30);
        for (Op op : operations) {
            JsonNode operation = op.operation();
            String name = op.name();
            if (operation.path("summary").asText().isBlank()) {
                faults.add(name + ": no summary");
            }
            String id = operation.path("operationId").asText();
            if (!id.matches("[a-z]+(?:[A-Z][a-z0-9]*)+") || BARE_VERBS.contains(id)) {
                faults.add(name + ": operationId '" + id + "' is not a descriptive verbNoun in camelCase");
            }
            if (!ids.add(id)) {
                faults.add(name + ": operationId '" + id + "' is used twice");
            }
            if (operation.path("tags").isEmpty()) {
                faults.add(name + ": no tags");
            }
            operation.path("tags").forEach(tag -> {
                if (!declaredTags.contains(tag.asText())) {
                    faults.add(name + ": tag '" + tag.asText() + "' is not declared at the top");
                }
            });
            if (!operation.path("security").isArray()
                    || operation.path("security").isEmpty()) {
                faults.add(name + ": no security stated (an empty requirement {} says none is needed)");
            }
            int problems = 0;
            Iterator<Map.Entry<String, JsonNode>> responses =
                    operation.path("responses").fields();
            boolean success = false;
            while (responses.hasNext()) {
                Map.Entry<String, JsonNode> response = responses.next();
                String code = response.getKey();
                List<String> types = new ArrayList<>();
                response.getValue().path("content").fieldNames().forEachRemaining(types::add);
                if (code.startsWith("2")) {
                    success = true;
                    if (types.contains("*/*")) {
                        faults.add(name + ": " + code + " is typed */*");
                    }
                } else if (code.startsWith("4") || code.startsWith("5")) {
                    if (!types.equals(List.of("application/problem+json"))
                            || !response.getValue()
                                    .path("content")
                                    .path("application/problem+json")
                                    .path("schema")
                                    .path("$ref")
                                    .asText()
                                    .endsWith("/ProblemDetail")) {
                        faults.add(name + ": " + code + " is not an application/problem+json ProblemDetail");
                    } else {
                        problems++;
                    }
                }
            }
            if (!success) {
                faults.add(name + ": no success response");
            }
            if (problems == 0) {
                faults.add(name + ": no problem response");
            }
            for (String code : List.of("400", "429", "503")) {
                if (!operation.path("responses").has(code)) {
                    faults.add(name + ": no " + code + " response");
                }
            }
            operation.path("requestBody").path("content").fieldNames().forEachRemaining(type -> {
                // image uploads are the one form; their controller parses it itself (decision 0030)
                boolean upload = name.equals("POST /api/images") && type.equals("multipart/form-data");
                if (!type.equals("application/json") && !upload) {
                    faults.add(name + ": request body typed " + type);
                }
            });
        }
        assertThat(faults).as("faults of /api/schema").isEmpty();
    }

    @Test
    void theSignInAnswerIsASessionOrASecondFactorChallenge() throws Exception {
        JsonNode document = served();
        JsonNode answer = document.at("/paths/~1api~1auth~1login/post/responses/200/content/application~1json/schema");
        List<String> alternatives = new ArrayList<>();
        answer.path("oneOf")
                .forEach(schema -> alternatives.add(schema.path("$ref").asText()));
        assertThat(alternatives)
                .containsExactlyInAnyOrder(
                        "#/components/schemas/LoginResponse", "#/components/schemas/SecondFactorChallengeResponse");
        assertThat(answer.path("discriminator").path("propertyName").asText()).isEqualTo("outcome");
        assertThat(answer.path("discriminator")
                        .path("mapping")
                        .path("signed-in")
                        .asText())
                .isEqualTo("#/components/schemas/LoginResponse");
        assertThat(answer.path("discriminator")
                        .path("mapping")
                        .path("second-factor-required")
                        .asText())
                .isEqualTo("#/components/schemas/SecondFactorChallengeResponse");
        JsonNode schemas = document.path("components").path("schemas");
        for (String alternative : List.of("LoginResponse", "SecondFactorChallengeResponse")) {
            assertThat(schemas.path(alternative).path("properties").has("outcome"))
                    .as(alternative + " has the discriminator")
                    .isTrue();
            assertThat(schemas.path(alternative).path("required").toString()).contains("\"outcome\"");
        }
        assertThat(schemas.path("LoginResponse").path("properties").has("accessToken"))
                .isTrue();
        assertThat(schemas.path("SecondFactorChallengeResponse")
                        .path("properties")
                        .has("challengeToken"))
                .isTrue();
    }

    /**
     * The credentials the document states are the ones the platform asks for: an operation that needs one refuses an
     * anonymous request with 401, one that does not never does; an operation that does not list API keys refuses a
     * key with 403 {@code api-key-not-allowed}, one that lists them never does.
     */
    @Test
    void theStatedCredentialsAreTheOnesThePlatformAsksFor() throws Exception {
        JsonNode document = served();
        String owner = uniqueEmail("schema-key");
        register(owner);
        Api.Response created = api.post("/api/keys", Map.of("name", "schema check"), login(owner, PASSWORD));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String key = created.body().path("key").asText();
        List<String> faults = new ArrayList<>();
        for (Op op : operations(document)) {
            JsonNode security = op.operation().path("security");
            boolean anonymousAllowed = false;
            boolean keyAllowed = false;
            for (JsonNode requirement : security) {
                anonymousAllowed |= requirement.isEmpty();
                keyAllowed |= requirement.has("apiKey");
            }
            Api.Response anonymous = call(op, Map.of());
            if (anonymousAllowed == (anonymous.status() == 401)) {
                faults.add(op.name() + " states " + security + " but answers an anonymous request " + anonymous);
            }
            if (anonymousAllowed) {
                continue;
            }
            Api.Response withKey = call(op, Map.of("X-API-Key", key));
            boolean keyRefused = withKey.status() == 403
                    && withKey.body().path("type").asText().endsWith("/api-key-not-allowed");
            if (keyAllowed == keyRefused || withKey.status() == 401) {
                faults.add(op.name() + " states " + security + " but answers an API key " + withKey);
            }
        }
        assertThat(faults)
                .as("operations whose stated credentials are not the platform's")
                .isEmpty();
    }

    /** The operation with made-up path values and an empty JSON object as body: nothing a handler would store. */
    private Api.Response call(Op op, Map<String, String> headers) {
        Map<String, String> all = new java.util.HashMap<>(headers);
        // an address of its own per request: the anonymous write limit is per address
        all.put("X-Forwarded-For", "2001:db8:5c:" + Integer.toHexString(NEXT_ADDRESS.incrementAndGet()) + "::1");
        String path = op.path().replaceAll("\\{[^}]+}", "schema-check");
        boolean body = op.operation().has("requestBody");
        return api.send(
                op.method().toUpperCase(Locale.ROOT),
                path,
                body ? "{}" : null,
                body ? "application/json" : null,
                null,
                all);
    }

    static List<Op> operations(JsonNode document) {
        List<Op> operations = new ArrayList<>();
        document.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
                    if (METHODS.contains(method.getKey())) {
                        operations.add(new Op(method.getKey(), path.getKey(), method.getValue()));
                    }
                }));
        return operations;
    }
}
