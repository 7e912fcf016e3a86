package org.muejam.infra.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.muejam.infra.identity.SessionCookies;
import org.muejam.infra.security.ApiKeyAuthenticationFilter;
import org.muejam.infra.security.CsrfPolicy;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * The OpenAPI document at {@code /api/schema}: title, version and tags, the credentials each operation accepts, and
 * the problem responses every operation can give. What is the same for many operations is added here, from the
 * method, the path and the request; the controllers state only what is their own (summary, operation id, particular
 * answers).
 */
@Configuration
public class ApiDocumentation {

    static final String PROBLEM_SCHEMA = "ProblemDetail";
    static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    static final String JSON = org.springframework.http.MediaType.APPLICATION_JSON_VALUE;

    /** The feature tags the controllers name (as text: this package reads theirs, not the other way round). */
    private static final String IDENTITY = "identity";

    private static final String TWO_FACTOR = "two-factor";
    private static final String LEGAL = "legal-documents";
    private static final String CONSENT = "consent";
    private static final String API_KEYS = "api-keys";
    private static final String STORIES = "stories";
    private static final String COMMENTS = "comments";
    private static final String WHISPERS = "whispers";
    private static final String AUDIT = "audit";
    private static final String HISTORY = "history";
    private static final String PROJECTIONS = "projections";
    private static final String CONTENT_FILTERS = "content-filters";
    private static final String CONTENT_PREFERENCES = "content-preferences";
    private static final String IMAGES = "images";
    private static final String READING_LISTS = "reading-lists";
    private static final String READING_PROGRESS = "reading-progress";
    private static final String LIKES = "likes";
    private static final String FOLLOWS = "follows";

    private static final String DESCRIPTION = """
            The MueJam Library platform's JSON API.

            **Signing in.** `POST /api/auth/login` answers a session (`accessToken`, `refreshToken`) or, when \
            two-factor authentication is on, a challenge (`secondFactorRequired: true`, `challengeToken`) to answer at \
            `POST /api/auth/2fa/verify`. Send the access token as `Authorization: Bearer <accessToken>`; renew it \
            with `POST /api/auth/refresh`. Browsers may use the `MUEJAM_ACCESS` and `MUEJAM_REFRESH` cookies instead \
            (`"cookies": true` at sign-in); a write authenticated by a cookie echoes the `XSRF-TOKEN` cookie in the \
            `X-XSRF-TOKEN` header. Scripts use API keys (`X-API-Key: <key>` or `Authorization: ApiKey <key>`), \
            which cannot manage keys, sessions, passwords or the second factor. Each operation lists the \
            credentials it accepts; an empty entry means none is needed.

            **Errors.** Every 4xx and 5xx is `application/problem+json` (RFC 9457) with a stable `type` \
            (`/problems/<slug>`), a `detail` for people, and `field` / `errors[]` naming the input at fault. \
            Over a rate limit the answer is 429 with `Retry-After`; while the database is out of reach, 503 with \
            `Retry-After`.

            **Safe retries and reading your writes.** Commands accept an `Idempotency-Key` header and answer \
            `X-Event-Position`; send that position back on a read as `X-Await-Position`.
            """;

    @Bean
    OpenAPI muejamOpenApi(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        String version = properties == null ? "development" : properties.getVersion();
        return new OpenAPI()
                .info(new Info().title("MueJam Library API").version(version).description(DESCRIPTION))
                .tags(List.of(
                        tag(
                                IDENTITY,
                                "Accounts: registration, address verification, sign-in, sessions, password reset"),
                        tag(TWO_FACTOR, "Two-factor authentication: pairing an app, backup codes, the second step"),
                        tag(LEGAL, "Legal documents (terms of service, privacy and content policies) and versions"),
                        tag(
                                CONSENT,
                                "Consents to legal documents, cookie choices, and the history and withdrawal of every"
                                        + " consent"),
                        tag(API_KEYS, "API keys for scripts, managed by a signed-in session"),
                        tag(STORIES, "Stories and their chapters: drafts, publication, reading"),
                        tag(WHISPERS, "Whispers: short public posts"),
                        tag(COMMENTS, "Threaded comments on stories, chapters and whispers"),
                        tag(AUDIT, "The audit view and the tamper-evident chain (administrators)"),
                        tag(
                                HISTORY,
                                "Event history of aggregates and people, and state as of an instant (administrators)"),
                        tag(PROJECTIONS, "Read models: status, rebuilds and dead letters (administrators)"),
                        tag(
                                CONTENT_FILTERS,
                                "Automated content filters: their configuration (administrators) and the personal-data"
                                        + " check"),
                        tag(
                                CONTENT_PREFERENCES,
                                "A reader's choice of how NSFW content is shown: all, blurred, hidden"),
                        tag(IMAGES, "Image uploads (covers, avatars): checked, re-encoded without metadata, moderated"),
                        tag(READING_LISTS, "Reading lists: private or public named sets of published stories"),
                        tag(
                                READING_PROGRESS,
                                "A reader's place in each story; others see it only as the reader's privacy settings"
                                        + " allow"),
                        tag("search", "Story search, suggestions and result clicks (anyone)"),
                        tag(LIKES, "Likes of stories, whispers and comments; what a person liked"),
                        tag(FOLLOWS, "Following people: follows, followers, and requests waiting for approval"),
                        tag(
                                "privacy",
                                "A person's privacy settings: profile and reading-history visibility, comments,"
                                        + " follower approval, analytics and marketing; each holds from the next"
                                        + " request"),
                        tag("profiles", "People's profiles and reading history, as their privacy settings allow"),
                        tag("moderation", "Moderation: who moderates, with which role (administrators)"),
                        tag(
                                "gdpr",
                                "A person's rights over their data: an export of everything held about them, and erasure (deletion requests, their grace period and receipts)"),
                        tag(
                                "dmca",
                                "DMCA takedowns: notices (anyone), the agents' decisions (administrators), authors'"
                                        + " counter-notices")))
                .components(new Components()
                        .addSecuritySchemes(
                                DocumentedAccess.BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")
                                        .description("the accessToken of a sign-in, or a token of the configured"
                                                + " OpenID Connect issuer"))
                        .addSecuritySchemes(
                                DocumentedAccess.API_KEY,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.HEADER)
                                        .name(ApiKeyAuthenticationFilter.HEADER)
                                        .description("an API key from POST /api/keys; `Authorization: "
                                                + ApiKeyAuthenticationFilter.SCHEME.strip()
                                                + " <key>` works too"))
                        .addSecuritySchemes(
                                DocumentedAccess.ACCESS_COOKIE,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.COOKIE)
                                        .name(SessionCookies.ACCESS)
                                        .description("the access token as a browser cookie, set by a sign-in with"
                                                + " \"cookies\": true; used only without an Authorization header"))
                        .addSecuritySchemes(
                                DocumentedAccess.REFRESH_COOKIE,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.COOKIE)
                                        .name(SessionCookies.REFRESH)
                                        .description("the refresh token as a browser cookie, sent only to /api/auth"))
                        .addSecuritySchemes(
                                DocumentedAccess.XSRF,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.HEADER)
                                        .name(CsrfPolicy.HEADER)
                                        .description("the value of the " + CsrfPolicy.COOKIE + " cookie, which"
                                                + " /api responses hand out; needed with a cookie on every write")));
    }

    /**
     * Runs after the features' own customizers (the Idempotency-Key and CAPTCHA headers), so that what they add is
     * seen here.
     */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    OpenApiCustomizer securityAndProblemsInSchema() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSchemas(PROBLEM_SCHEMA, problemSchema());
            openApi.getPaths()
                    .forEach((path, item) -> item.readOperationsMap()
                            .forEach(
                                    (method, operation) -> describe(path, method, operation, openApi.getComponents())));
        };
    }

    /**
     * A {@code oneOf} whose alternatives each hold a required property of one constant value (the sign-in answer's
     * {@code outcome}) gets that property as its discriminator, which generated clients need to tell them apart.
     */
    @SuppressWarnings("rawtypes")
    private static void discriminate(Schema<?> schema, Components components) {
        if (schema == null || schema.getOneOf() == null || schema.getDiscriminator() != null) {
            return;
        }
        String property = null;
        Map<String, String> mapping = new TreeMap<>();
        for (Schema alternative : schema.getOneOf()) {
            String ref = alternative.get$ref();
            Schema<?> resolved = ref == null || components.getSchemas() == null
                    ? null
                    : components.getSchemas().get(ref.substring(ref.lastIndexOf('/') + 1));
            if (resolved == null || resolved.getProperties() == null || resolved.getRequired() == null) {
                return;
            }
            String constant = null;
            for (String name : resolved.getRequired()) {
                Schema<?> candidate = resolved.getProperties().get(name);
                if (candidate != null
                        && candidate.getEnum() != null
                        && candidate.getEnum().size() == 1
                        && (property == null || property.equals(name))) {
                    property = name;
                    constant = String.valueOf(candidate.getEnum().get(0));
                }
            }
            if (constant == null) {
                return;
            }
            mapping.put(constant, ref);
        }
        if (property != null) {
            schema.setDiscriminator(new Discriminator().propertyName(property).mapping(mapping));
        }
    }

    private static void describe(
            String path, PathItem.HttpMethod httpMethod, Operation operation, Components components) {
        String method = httpMethod.name().toLowerCase(java.util.Locale.ROOT);
        DocumentedAccess access = DocumentedAccess.of(method, path);
        List<SecurityRequirement> security = access.requirements(method, path);
        operation.setSecurity(security);
        boolean cookieWrite = security.stream().anyMatch(r -> r.containsKey(DocumentedAccess.XSRF));

        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        Map<String, String> problems = new TreeMap<>();
        problems.put(
                "400",
                "Bad request: malformed JSON, a missing or invalid field, a key given twice or a forbidden character"
                        + " (`field` names it)");
        problems.put(
                "401",
                access.needsCredential()
                        ? "Unauthorized: no credential, or one that is not valid"
                        : "Unauthorized: a credential was sent and is not valid");
        if (access.needsCredential() || cookieWrite) {
            problems.put(
                    "403",
                    "Forbidden: the caller's roles do not allow this, an API key where only a session may act, a"
                            + " second factor still to set up, or a cookie write without the CSRF token");
        }
        if (path.contains("{")) {
            problems.put("404", "Not found: nothing is known by this name");
        }
        problems.put("406", "Not acceptable: `Accept` names no type the API answers");
        boolean idempotent = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> "Idempotency-Key".equals(p.getName()));
        if (idempotent) {
            problems.put("409", "Conflict: a request with this Idempotency-Key is still running");
            problems.put("422", "Unprocessable: this Idempotency-Key was used for another request");
        }
        if (operation.getRequestBody() != null) {
            problems.put("413", "Payload too large: the body is above 1 MB");
            problems.put("415", "Unsupported media type: the body is not application/json");
        }
        problems.put("429", "Too many requests: over a rate limit (`rule`), retry after `Retry-After` seconds");
        problems.put(
                "503",
                "Service unavailable: the database is out of reach for a moment, or a read waited too long for"
                        + " X-Await-Position; retry after `Retry-After` seconds");
        problems.forEach((code, description) -> {
            if (!responses.containsKey(code)) {
                responses.addApiResponse(code, new ApiResponse().description(description));
            }
        });
        responses.forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                response.setContent(problemContent());
            } else if (response.getContent() != null) {
                onlyJson(response.getContent());
                response.getContent().values().forEach(type -> discriminate(type.getSchema(), components));
            }
        });
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            onlyJson(operation.getRequestBody().getContent());
        }
    }

    /** Answers and bodies are JSON: a `*` / `*` left by the framework becomes application/json. */
    private static void onlyJson(Content content) {
        MediaType any = content.remove("*/*");
        if (any != null && !content.containsKey(JSON)) {
            content.addMediaType(JSON, any);
        }
    }

    private static Content problemContent() {
        return new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref(PROBLEM_SCHEMA)));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        Schema<?> error =
                new ObjectSchema().addProperty("field", new StringSchema()).addProperty("message", new StringSchema());
        return new ObjectSchema()
                .description("RFC 9457 problem details; further members depend on the type (`remainingAttempts`,"
                        + " `lockedUntil`, `rule`, `projections`, `character`...)")
                .addProperty(
                        "type",
                        new StringSchema()
                                .format("uri-reference")
                                .description("stable, /problems/<slug>")
                                .example("/problems/validation-failed"))
                .addProperty("title", new StringSchema().example("Bad Request"))
                .addProperty("status", new IntegerSchema().format("int32").example(400))
                .addProperty("detail", new StringSchema().description("what is wrong, for people"))
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("field", new StringSchema().description("the input at fault, when one is"))
                .addProperty("errors", new ArraySchema().items(error))
                .addProperty("requestId", new StringSchema())
                .additionalProperties(true);
    }

    private static Tag tag(String name, String description) {
        return new Tag().name(name).description(description);
    }
}
