package org.muejam.infra.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A small HTTP client for the platform's REST API, as an outside client would use it. */
public class Api {

    public record Response(int status, String raw, HttpHeaders headers, ObjectMapper json) {
        public JsonNode body() {
            try {
                return raw == null || raw.isBlank() ? MissingNode.getInstance() : json.readTree(raw);
            } catch (IOException e) {
                throw new AssertionError("response is not JSON: " + raw, e);
            }
        }

        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        @Override
        public String toString() {
            return status + " " + raw;
        }
    }

    /** Documentation ranges (RFC 5737): addresses no real client has. */
    private static final String[] CLIENT_RANGES = {"198.51.100.", "203.0.113."};

    private static final java.util.concurrent.atomic.AtomicInteger NEXT_CLIENT =
            new java.util.concurrent.atomic.AtomicInteger(new java.util.Random().nextInt(508));

    /** The furthest X-Event-Position a command answered this client, -1 before the first. */
    private final java.util.concurrent.atomic.AtomicLong lastWrite = new java.util.concurrent.atomic.AtomicLong(-1);

    private boolean readsOwnWrites = true;

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final ObjectMapper json;
    private final String clientIp;

    /**
     * A client with an address of its own: every request says X-Forwarded-For: that address, which the platform
     * believes because the connection comes from loopback, a trusted proxy. So each test has its own rate-limit
     * buckets, and the audit trail shows the address.
     */
    public Api(int port, ObjectMapper json) {
        this(port, json, nextClientIp());
    }

    public Api(int port, ObjectMapper json, String clientIp) {
        this.base = "http://127.0.0.1:" + port;
        this.json = json;
        this.clientIp = clientIp;
    }

    /** The next of the 508 documentation addresses, so no two clients of a run share one (until it wraps). */
    public static String nextClientIp() {
        int n = Math.floorMod(NEXT_CLIENT.getAndIncrement(), CLIENT_RANGES.length * 254);
        return CLIENT_RANGES[n / 254] + (1 + n % 254);
    }

    /**
     * A client that does not send X-Await-Position on its reads (by default every GET awaits this client's
     * last write, as a careful client of the platform would).
     */
    public Api withoutReadYourWrites() {
        this.readsOwnWrites = false;
        return this;
    }

    /** The furthest X-Event-Position a command answered this client, or -1. */
    public long lastWrite() {
        return lastWrite.get();
    }

    /** The address the platform sees for this client's requests. */
    public String clientIp() {
        return clientIp;
    }

    public Response get(String path, String token) {
        return send("GET", path, null, "application/json", token, Map.of());
    }

    public Response post(String path, Object body, String token) {
        return send("POST", path, toJson(body), "application/json", token, Map.of());
    }

    public Response put(String path, Object body, String token) {
        return send("PUT", path, toJson(body), "application/json", token, Map.of());
    }

    public Response send(
            String method, String path, String body, String contentType, String token, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        if (headers.keySet().stream().noneMatch("User-Agent"::equalsIgnoreCase)) {
            request.header("User-Agent", "muejam-integration-test");
        }
        if (headers.keySet().stream().noneMatch("X-Forwarded-For"::equalsIgnoreCase)) {
            request.header("X-Forwarded-For", clientIp);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (readsOwnWrites
                && "GET".equals(method)
                && lastWrite.get() >= 0
                && headers.keySet().stream().noneMatch("X-Await-Position"::equalsIgnoreCase)) {
            request.header("X-Await-Position", Long.toString(lastWrite.get()));
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            response.headers()
                    .firstValue("X-Event-Position")
                    .map(Long::parseLong)
                    .ifPresent(position -> lastWrite.accumulateAndGet(position, Math::max));
            return new Response(response.statusCode(), response.body(), response.headers(), json);
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private String toJson(Object body) {
        if (body == null || body instanceof String) {
            return (String) body;
        }
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
