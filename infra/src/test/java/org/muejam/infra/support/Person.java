package org.muejam.infra.support;

/**
 * A signed-in person of a test with a client of their own: each client has its own address, so the write limits
 * count per person, and its reads await its own last write.
 */
public record Person(String userId, String email, String token, Api client) {

    public Api.Response get(String path) {
        return client.get(path, token);
    }

    public Api.Response post(String path, Object body) {
        return client.post(path, body, token);
    }

    public Api.Response put(String path, Object body) {
        return client.put(path, body, token);
    }

    /** A request with a body sent as it is, for inputs JSON serialisation would not make. */
    public Api.Response raw(String method, String path, String body) {
        return client.send(method, path, body, "application/json", token, java.util.Map.of());
    }
}
