package org.muejam.infra.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;
import org.muejam.infra.support.RawHttp;

/**
 * Sends generated bad input to every operation the OpenAPI document at {@code /api/schema} describes, anonymous, as a
 * reader and as the administrator: no answer is a 5xx, every 4xx is a problem document with a {@code type}, and
 * afterwards every projection is at the head with nothing parked. Everything comes from the document, so an
 * endpoint is fuzzed from the day it exists. The run is seeded: {@code MUEJAM_FUZZ_SEED} (or the system property
 * {@code muejam.fuzz.seed}) repeats a run, {@code MUEJAM_FUZZ_CASES} sets the cases per operation and caller.
 */
class ApiFuzzTest extends IntegrationTest {

    /** Fewer operations than this means the document is not what the test thinks it reads. */
    private static final int MIN_OPERATIONS = 20;

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    /**
     * Answers known to be wrong and not fixed yet, each named and explained; a case they match is still sent and
     * counted, and reported as excluded.
     */
    private static final Map<String, Predicate<Exchange>> KNOWN_DEFECTS = new LinkedHashMap<>();

    private Random random;
    private final List<String> failures = new ArrayList<>();
    private final Map<String, Integer> excluded = new LinkedHashMap<>();
    private final Map<Integer, Integer> statuses = new java.util.TreeMap<>();
    private long furthestWrite = -1;
    private int sent;

    /** One request sent and its answer, as a failure message shows it. */
    record Exchange(String caller, String method, String template, String head, byte[] body, RawHttp.Response answer) {
        String describe() {
            String shownBody = body == null ? "" : new String(body, StandardCharsets.ISO_8859_1);
            if (shownBody.length() > 300) {
                shownBody = shownBody.substring(0, 300) + "…(" + body.length + " bytes)";
            }
            String shownHead = head.length() > 400 ? head.substring(0, 400) + "…" : head;
            String shownAnswer = answer == null ? "no answer" : answer.toString();
            if (shownAnswer.length() > 600) {
                shownAnswer = shownAnswer.substring(0, 600) + "…";
            }
            return caller + " " + method.toUpperCase(Locale.ROOT) + " " + template + "\n  request: " + escape(shownHead)
                    + "\n  body: " + escape(shownBody) + "\n  answer: " + escape(shownAnswer);
        }
    }

    @Test
    void noGeneratedInputGivesA5xxOrAnErrorThatIsNotAProblem() throws Exception {
        long seed = seed();
        random = new Random(seed);
        int cases = Integer.parseInt(env("MUEJAM_FUZZ_CASES", System.getProperty("muejam.fuzz.cases", "10")));
        Instant start = Instant.now();

        Api.Response schemaAnswer = api.get("/api/schema", null);
        assertThat(schemaAnswer.status()).as(schemaAnswer.toString()).isEqualTo(200);
        JsonNode schema = schemaAnswer.body();
        List<Operation> operations = operations(schema);
        assertThat(operations)
                .as("operations in /api/schema (seed " + seed + ")")
                .hasSizeGreaterThanOrEqualTo(MIN_OPERATIONS);

        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("anonymous", null);
        String readerEmail = uniqueEmail("fuzz");
        register(readerEmail);
        callers.put("reader", login(readerEmail, PASSWORD));
        callers.put("administrator", adminToken());

        assertThat(operations)
                .filteredOn(Operation::asksForPassword)
                .as("operations whose request has a password field (seed " + seed + ")")
                .extracting(Operation::path)
                .contains("/api/auth/login");

        for (Operation operation : operations) {
            for (Map.Entry<String, String> caller : callers.entrySet()) {
                if ("administrator".equals(caller.getKey())
                        && (operation.asksForPassword() || operation.path().startsWith("/api/auth/"))) {
                    // a wrong password (any request with a password field: signing in, the second factor's
                    // changes, a deletion request) counts as a failed sign-in and would lock the administrator
                    // every later test signs in as, and the rest of the sign-in area handles the administrator's
                    // own session and codes; the reader's session covers those operations
                    continue;
                }
                // the administrator's 1000 requests an hour are shared with every other test of the run
                int callerCases = "administrator".equals(caller.getKey()) ? Math.max(2, cases / 2) : cases;
                for (int i = 0; i < callerCases; i++) {
                    fuzz(schema, operation, caller.getKey(), caller.getValue());
                }
            }
        }
        long elapsed = Duration.between(start, Instant.now()).toMillis();
        System.out.printf(
                "ApiFuzzTest: seed %d, %d operations, %d requests in %d ms, statuses %s, excluded %s%n",
                seed, operations.size(), sent, elapsed, statuses, excluded);
        if (!failures.isEmpty()) {
            Map<String, Integer> byKind = new java.util.TreeMap<>();
            failures.forEach(f -> byKind.merge(f.substring(0, f.indexOf('\n')), 1, Integer::sum));
            StringBuilder report = new StringBuilder()
                    .append(failures.size())
                    .append(" of ")
                    .append(sent)
                    .append(" answers are a 5xx or a 4xx without a problem document (seed ")
                    .append(seed)
                    .append(", repeat with MUEJAM_FUZZ_SEED=")
                    .append(seed)
                    .append("):");
            byKind.forEach((kind, count) ->
                    report.append("\n  ").append(count).append(" × ").append(kind));
            report.append("\nthe first of them:");
            failures.stream().limit(10).forEach(f -> report.append("\n").append(f));
            throw new AssertionError(report.toString());
        }

        assertThat(projections.await(List.of(), furthestWrite, Duration.ofSeconds(30)))
                .as("every projection reaches position " + furthestWrite + " (seed " + seed + ")")
                .isTrue();
        String admin = adminToken();
        Api.Response listed = api.get("/api/admin/projections", admin);
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        for (JsonNode projection : listed.body()) {
            String name = projection.get("name").asText();
            assertThat(projection.get("status").asText())
                    .as(name + " " + projection)
                    .isNotEqualTo("STOPPED");
            if (projection.path("deadLetters").asInt() == 0) {
                continue;
            }
            Api.Response letters = api.get("/api/admin/projections/" + name + "/dead-letters", admin);
            assertThat(letters.status()).as(letters.toString()).isEqualTo(200);
            List<JsonNode> parkedByThisRun = new ArrayList<>();
            letters.body().get("items").forEach(letter -> {
                String firstFailed = letter.path("firstFailedAt").asText("");
                if (!firstFailed.isEmpty() && !Instant.parse(firstFailed).isBefore(start)) {
                    parkedByThisRun.add(letter);
                }
            });
            assertThat(parkedByThisRun)
                    .as("events " + name + " parked during the fuzz (seed " + seed + ")")
                    .isEmpty();
        }
    }

    private static long seed() {
        String given = env("MUEJAM_FUZZ_SEED", System.getProperty("muejam.fuzz.seed", ""));
        return given.isBlank() ? new Random().nextLong() : Long.parseLong(given.trim());
    }

    // ---------------------------------------------------------------------------------------------------------
    // the OpenAPI document

    record Param(String name, String in, boolean required, JsonNode schema) {}

    /** {@code asksForPassword}: a request body of one of its types has a {@code password} field. */
    record Operation(
            String method,
            String path,
            List<Param> params,
            JsonNode bodySchema,
            List<String> bodyTypes,
            boolean asksForPassword) {}

    private static List<Operation> operations(JsonNode schema) {
        List<Operation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = schema.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation == null) {
                    continue;
                }
                List<Param> params = new ArrayList<>();
                for (JsonNode source : List.of(path.getValue().path("parameters"), operation.path("parameters"))) {
                    for (JsonNode p : source) {
                        JsonNode param = resolve(schema, p);
                        params.add(new Param(
                                param.path("name").asText(),
                                param.path("in").asText(),
                                param.path("required").asBoolean(false),
                                resolve(schema, param.path("schema"))));
                    }
                }
                JsonNode bodySchema = null;
                List<String> bodyTypes = new ArrayList<>();
                boolean asksForPassword = false;
                JsonNode content =
                        resolve(schema, operation.path("requestBody")).path("content");
                Iterator<Map.Entry<String, JsonNode>> types = content.fields();
                while (types.hasNext()) {
                    Map.Entry<String, JsonNode> type = types.next();
                    bodyTypes.add(type.getKey());
                    if (bodySchema == null) {
                        bodySchema = type.getValue().path("schema");
                    }
                    asksForPassword |= hasField(schema, type.getValue().path("schema"), "password", 0);
                }
                operations.add(new Operation(method, path.getKey(), params, bodySchema, bodyTypes, asksForPassword));
            }
        }
        return operations;
    }

    /** Whether an object the schema describes (or one it is composed of) has the property {@code field}. */
    private static boolean hasField(JsonNode document, JsonNode schema, String field, int depth) {
        JsonNode resolved = resolve(document, schema);
        if (resolved.path("properties").has(field)) {
            return true;
        }
        if (depth >= 5) {
            return false;
        }
        for (String composition : List.of("allOf", "oneOf", "anyOf")) {
            for (JsonNode part : resolved.path(composition)) {
                if (hasField(document, part, field, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static JsonNode resolve(JsonNode schema, JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current != null && current.has("$ref") && hops < 20; hops++) {
            String ref = current.get("$ref").asText();
            current = ref.startsWith("#/") ? schema.at(ref.substring(1)) : null;
        }
        return current == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : current;
    }

    // ---------------------------------------------------------------------------------------------------------
    // one case

    private void fuzz(JsonNode schema, Operation operation, String caller, String token) throws IOException {
        String path = operation.path();
        StringBuilder query = new StringBuilder();
        for (Param param : operation.params()) {
            switch (param.in()) {
                case "path" -> path = path.replace("{" + param.name() + "}", pathValue(param));
                case "query" -> {
                    if (random.nextInt(4) > 0 || param.required()) {
                        query.append(query.length() == 0 ? "?" : "&")
                                .append(param.name())
                                .append('=')
                                .append(queryValue(param));
                    }
                }
                default -> {}
            }
        }
        if (random.nextInt(6) == 0) {
            query.append(query.length() == 0 ? "?" : "&").append(pick(ODD_QUERY_PARTS));
        }
        List<String> headers = new ArrayList<>();
        byte[] body = null;
        String contentType = operation.bodyTypes().isEmpty()
                ? "application/json"
                : operation.bodyTypes().get(0);
        if (operation.bodySchema() != null || random.nextInt(5) == 0) {
            body = body(schema, operation.bodySchema());
            if (random.nextInt(5) == 0) {
                contentType = pick(ODD_CONTENT_TYPES);
            }
            if (contentType != null) {
                headers.add("Content-Type: " + contentType);
            }
        }
        if (token != null) {
            headers.add("Authorization: Bearer " + token);
        }
        if (random.nextInt(4) == 0) {
            headers.add("Accept: " + pick(ODD_ACCEPTS));
        }
        if (random.nextInt(4) == 0) {
            headers.add(pick(ODD_HEADERS));
        }
        if (headers.stream().noneMatch(h -> h.startsWith("X-Forwarded-For:"))) {
            // an address of its own per request (an IPv6 /64 each), so no rate limit hides what comes behind it
            headers.add("X-Forwarded-For: 2001:db8:" + Integer.toHexString(random.nextInt(0x10000)) + ":"
                    + Integer.toHexString(random.nextInt(0x10000)) + "::1");
        }
        if (headers.stream().noneMatch(h -> h.startsWith("User-Agent:"))) {
            headers.add("User-Agent: muejam-fuzz");
        }
        StringBuilder head = new StringBuilder(operation.method().toUpperCase(Locale.ROOT))
                .append(' ')
                .append(path)
                .append(query)
                .append(" HTTP/1.1");
        headers.forEach(h -> head.append("\r\n").append(h));
        RawHttp.Response answer;
        try {
            answer = RawHttp.exchange(port, head.toString(), body);
        } catch (IOException e) {
            answer = null;
        }
        sent++;
        Exchange exchange = new Exchange(caller, operation.method(), operation.path(), head.toString(), body, answer);
        String problem = check(answer);
        if (answer != null) {
            statuses.merge(answer.status(), 1, Integer::sum);
            String position = answer.header("X-Event-Position");
            if (position != null) {
                furthestWrite = Math.max(furthestWrite, Long.parseLong(position));
            }
        }
        if (problem == null) {
            return;
        }
        for (Map.Entry<String, Predicate<Exchange>> known : KNOWN_DEFECTS.entrySet()) {
            if (known.getValue().test(exchange)) {
                excluded.merge(known.getKey(), 1, Integer::sum);
                return;
            }
        }
        failures.add(problem + ": " + exchange.describe());
    }

    /** What is wrong with the answer, or null. */
    private String check(RawHttp.Response answer) {
        if (answer == null) {
            return "no answer";
        }
        if (answer.status() >= 500) {
            return "a " + answer.status();
        }
        if (answer.status() >= 400) {
            String type = answer.header("Content-Type");
            if (type == null || !type.startsWith("application/problem+json")) {
                return "a " + answer.status() + " that is not application/problem+json";
            }
            try {
                JsonNode problem = json.readTree(answer.body());
                if (!problem.path("type").isTextual()
                        || problem.path("type").asText().isBlank()) {
                    return "a " + answer.status() + " problem without a type";
                }
            } catch (IOException e) {
                return "a " + answer.status() + " problem that is not JSON";
            }
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------------------
    // values

    private static final List<String> ODD_PATH_VALUES = List.of(
            "",
            "a".repeat(300),
            "a".repeat(9000),
            "%00",
            "a%00b",
            "%2F",
            "a%2Fb",
            "%5C",
            "%2e%2e",
            "..",
            ".",
            "%",
            "%zz",
            "%C0%AF",
            "%FF",
            "%ED%A0%80",
            "%F0%9F%98%80",
            "caf\u00c3\u00a9",
            "%E2%80%AE",
            "%20",
            "+",
            ";a=b",
            "a;jsessionid=1",
            "%3B",
            "%0D%0A",
            "%7F",
            "%C2%85",
            "null",
            "-1",
            "0",
            "1e999",
            "UserAccount",
            "terms-of-service",
            "{id}",
            "%7Bid%7D",
            "a%09b");

    private static final List<String> ODD_QUERY_VALUES = List.of(
            "",
            "%00",
            "a%00b",
            "%zz",
            "%",
            "%FF",
            "%ED%A0%80",
            "%C2%85",
            "-1",
            "0",
            "2147483648",
            "99999999999999999999999",
            "1.5",
            "1e999",
            "NaN",
            "true",
            "%5B%5D",
            "%7B%7D",
            "a".repeat(3000),
            "%F0%9F%98%80",
            "0000-01-01T00:00:00Z",
            "%2B99999-01-01T00:00:00Z",
            "-99999-01-01T00:00:00Z",
            "2026-13-45T99:99:99Z",
            "2026-01-01T00:00:00Z",
            "%2B1000000001-01-01T00:00:00Z",
            "terms-of-service",
            "UserAccount",
            "%27%20OR%201%3D1--");

    private static final List<String> ODD_QUERY_PARTS =
            List.of("%00=1", "=", "&&", "a=1&a=2", "%zz=%zz", "limit=1&limit=x", "unknown=%C0%AF", "a".repeat(5000));

    private static final List<String> ODD_CONTENT_TYPES = List.of(
            "text/plain",
            "application/xml",
            "multipart/form-data",
            "multipart/form-data; boundary=",
            "application/x-www-form-urlencoded",
            "application/json; charset=bogus",
            "application/json; charset=utf-16",
            "application/json;;",
            "application/json; charset=\"",
            "*/*",
            "garbage",
            "application/problem+json",
            "application/octet-stream",
            "");

    private static final List<String> ODD_ACCEPTS = List.of(
            "text/html",
            "application/xml",
            "garbage",
            "*/*;q=abc",
            "application/x-ndjson",
            "image/png",
            "application/problem+json",
            ";;;",
            "text/*",
            "application/json;q=0",
            "*/*");

    private static final List<String> ODD_HEADERS = List.of(
            "Accept-Language: xx-!!;q=2",
            "Accept-Language: *;q=abc",
            "Accept-Language: d\u00c3\u00a9",
            "X-Request-Id: " + "r".repeat(2000),
            "X-Request-Id: caf\u00c3\u00a9",
            "X-Request-Id: a\u0001b",
            "X-Await-Position: -1",
            "X-Await-Position: abc",
            "X-Await-Position: 99999999999999999999",
            "Idempotency-Key: " + "k".repeat(300),
            "Idempotency-Key: caf\u00c3\u00a9",
            "User-Agent: Reader \u00f0\u009f\u0098\u0080",
            "User-Agent: a\u0001b",
            "User-Agent: " + "u".repeat(4000),
            "X-Forwarded-For: not-an-address",
            "X-Forwarded-For: 2001:db8::1, , ,",
            "Authorization: Bearer garbage",
            "Authorization: Basic !!!",
            "Authorization: Bearer " + "x".repeat(5000),
            "X-API-Key: garbage",
            "Cookie: XSRF-TOKEN=%00; refresh_token=garbage",
            "Origin: null");

    private static final List<String> ODD_STRINGS = List.of(
            "",
            " ",
            "\u0000",
            "a\u0000b",
            "\u0001\u001f",
            "\u007f",
            "\u0085\u009f",
            "\ud800",
            "x\udc00",
            "\ud83d\ude00",
            "\u202eevil",
            "\ufeff",
            "\t\r\n",
            "\u0130\u017f",
            "../../etc/passwd",
            "${jndi:ldap://x}",
            "' OR 1=1 --",
            "<script>alert(1)</script>",
            "null",
            "-1",
            "1e999",
            "0000-01-01",
            "+99999-12-31",
            "1990-02-30",
            "2026-01-01T00:00:00Z",
            "terms-of-service",
            "fuzz@example.org",
            "a@b");

    private String pathValue(Param param) {
        return switch (random.nextInt(4)) {
            case 0 -> UUID.randomUUID().toString();
            case 1 -> enumValue(param.schema()).orElse(pick(ODD_PATH_VALUES));
            default -> pick(ODD_PATH_VALUES);
        };
    }

    private String queryValue(Param param) {
        return switch (random.nextInt(4)) {
            case 0 -> URLEncoder.encode(enumValue(param.schema()).orElse(pick(ODD_STRINGS)), StandardCharsets.UTF_8);
            default -> pick(ODD_QUERY_VALUES);
        };
    }

    private java.util.Optional<String> enumValue(JsonNode schema) {
        JsonNode values = schema == null ? null : schema.get("enum");
        if (values == null || values.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(values.get(random.nextInt(values.size())).asText());
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    // ---------------------------------------------------------------------------------------------------------
    // bodies: built as JSON text by hand, so that duplicate keys, lone surrogates and raw bytes can be written

    private byte[] body(JsonNode schema, JsonNode bodySchema) {
        int kind = random.nextInt(20);
        if (kind == 0) {
            return pick(NON_JSON_BODIES);
        }
        if (kind == 1) {
            return RawHttp.bytes("[" + "[".repeat(2000) + "]".repeat(2000) + "]");
        }
        if (kind == 2) {
            return RawHttp.bytes("{\"a\":".repeat(1500) + "1" + "}".repeat(1500));
        }
        if (kind == 3) {
            return RawHttp.concat(
                    new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, RawHttp.bytes(json(schema, bodySchema, 0)));
        }
        if (kind == 4) {
            return json(schema, bodySchema, 0).getBytes(StandardCharsets.UTF_16);
        }
        if (kind == 5) {
            // a raw NUL and a raw half surrogate (as CESU-8) inside a string
            return RawHttp.concat(
                    RawHttp.bytes("{\"email\":\"a"),
                    new byte[] {0, (byte) 0xed, (byte) 0xa0, (byte) 0x80},
                    RawHttp.bytes("\"}"));
        }
        return RawHttp.bytes(json(schema, bodySchema, 0));
    }

    private static final List<byte[]> NON_JSON_BODIES = List.of(
            RawHttp.bytes(""),
            RawHttp.bytes("not json"),
            RawHttp.bytes("{"),
            RawHttp.bytes("{\"a\":"),
            RawHttp.bytes("<xml/>"),
            RawHttp.bytes("a=b&c=d"),
            RawHttp.bytes("--x\r\n\r\nbody\r\n--x--\r\n"),
            RawHttp.bytes("null"),
            RawHttp.bytes("[]"),
            RawHttp.bytes("\"text\""),
            RawHttp.bytes("1e99999"),
            RawHttp.bytes("{\"a\":NaN}"),
            RawHttp.bytes("{'a':1}"),
            RawHttp.bytes("{\"a\":1}garbage"),
            new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, 3});

    /** A JSON text derived from the schema, with one kind of damage or, now and then, none. */
    private String json(JsonNode document, JsonNode schema, int depth) {
        JsonNode resolved = resolve(document, schema);
        String type = resolved.path("type").asText("");
        if (resolved.has("properties") || "object".equals(type)) {
            return object(document, resolved, depth);
        }
        if ("array".equals(type)) {
            return array(document, resolved, depth);
        }
        return value(document, resolved, depth);
    }

    private String object(JsonNode document, JsonNode schema, int depth) {
        List<String> members = new ArrayList<>();
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        Iterator<Map.Entry<String, JsonNode>> properties =
                schema.path("properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            boolean isRequired = required.contains(property.getKey());
            if (random.nextInt(isRequired ? 8 : 3) == 0) {
                continue; // missing
            }
            String value = random.nextInt(4) == 0 && depth < 4
                    ? damaged(document, property.getValue(), depth + 1)
                    : json(document, property.getValue(), depth + 1);
            members.add(string(property.getKey()) + ":" + value);
            if (random.nextInt(12) == 0) {
                members.add(string(property.getKey()) + ":" + value); // duplicate key
            }
        }
        if (random.nextInt(6) == 0) {
            members.add(string(pick(ODD_STRINGS)) + ":" + string(pick(ODD_STRINGS)));
        }
        java.util.Collections.shuffle(members, random);
        return "{" + String.join(",", members) + "}";
    }

    private String array(JsonNode document, JsonNode schema, int depth) {
        int size = switch (random.nextInt(8)) {
            case 0 -> 1000 + random.nextInt(2000);
            case 1 -> 0;
            default -> 1 + random.nextInt(3);
        };
        List<String> items = new ArrayList<>();
        String first = json(document, schema.path("items"), depth + 1);
        // a long list repeats a short item, so that a body stays near the size limit, not far beyond it
        String repeated = first.length() > 200 ? string("x") : first;
        for (int i = 0; i < size; i++) {
            items.add(i == 0 ? first : size > 50 ? repeated : json(document, schema.path("items"), depth + 1));
        }
        return "[" + String.join(",", items) + "]";
    }

    private String value(JsonNode document, JsonNode schema, int depth) {
        String type = schema.path("type").asText("string");
        String format = schema.path("format").asText("");
        if (random.nextInt(3) == 0) {
            return damaged(document, schema, depth);
        }
        return switch (type) {
            case "integer", "number" -> Integer.toString(random.nextInt(100));
            case "boolean" -> Boolean.toString(random.nextBoolean());
            default -> {
                java.util.Optional<String> value = enumValue(schema);
                if (value.isPresent()) {
                    yield string(value.get());
                }
                yield switch (format) {
                    case "date" -> string("1990-05-17");
                    case "date-time" -> string("2026-01-01T00:00:00Z");
                    case "email" -> string(uniqueEmail("fuzz-body"));
                    case "uuid" -> string(UUID.randomUUID().toString());
                    default -> string("fuzz-" + random.nextInt(1000));
                };
            }
        };
    }

    /** A value of a wrong type, too big, or with odd characters. */
    private String damaged(JsonNode document, JsonNode schema, int depth) {
        return switch (random.nextInt(12)) {
            case 0 -> "null";
            case 1 -> "true";
            case 2 -> pick(List.of("0", "-1", "1.5", "1e308", "-1e999", "99999999999999999999999999999"));
            case 3 -> "{}";
            case 4 -> "[" + string("a") + ",1,null,{}]";
            case 5 -> string("x".repeat(pick(List.of(129, 1001, 70_000, 300_000))));
            case 6 -> "[" + (string("x") + ",").repeat(1000 + random.nextInt(2000)) + "1]";
            case 7 -> "{\"a\":{\"b\":[[{\"c\":[" + string(pick(ODD_STRINGS)) + "]}]]}}";
            default -> string(pick(ODD_STRINGS) + (random.nextBoolean() ? "" : "fuzz") + pick(ODD_STRINGS));
        };
    }

    /** A JSON string; control characters and surrogates as escapes, lone ones included. */
    private static String string(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c) || (c >= 0x7f && c <= 0x9f)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)) {
                out.append(c == '\r' ? "\\r" : c == '\n' ? "\\n" : String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
