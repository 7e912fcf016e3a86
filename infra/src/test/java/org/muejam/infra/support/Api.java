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

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final ObjectMapper json;

    public Api(int port, ObjectMapper json) {
        this.base = "http://127.0.0.1:" + port;
        this.json = json;
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

    public Response send(String method, String path, String body, String contentType, String token,
                         Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        request.header("User-Agent", "muejam-integration-test");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
