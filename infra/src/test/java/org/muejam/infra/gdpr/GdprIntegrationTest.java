package org.muejam.infra.gdpr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;
import org.muejam.infra.support.Person;

/** What the GDPR tests share: writing through the API, asking for an export and downloading it through its link. */
abstract class GdprIntegrationTest extends IntegrationTest {

    /** The id of what a create answered. */
    static String created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isIn(200, 201);
        return response.body().get("id").asText();
    }

    static void ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 299);
    }

    /** Asks for an export and waits until it is READY; returns its view. */
    JsonNode exported(Person person) {
        Api.Response requested = person.post("/api/gdpr/export", null);
        assertThat(requested.status()).as(requested.toString()).isEqualTo(202);
        String exportId = requested.body().get("exportId").asText();
        assertThat(requested.headers().firstValue("Location")).contains("/api/gdpr/export/" + exportId);
        assertThat(requested.headers().firstValue("X-Event-Position")).isPresent();
        AtomicReference<JsonNode> view = new AtomicReference<>();
        await("the export ready", Duration.ofSeconds(30), () -> {
            Api.Response state = person.get("/api/gdpr/export/" + exportId);
            assertThat(state.status()).as(state.toString()).isEqualTo(200);
            int progress = state.body().get("progress").asInt();
            assertThat(progress).isBetween(0, 100);
            view.set(state.body());
            return "READY".equals(state.body().get("status").asText());
        });
        return view.get();
    }

    /** Downloads a ready export through its link, as anyone holding the link would: no sign-in, another address. */
    Api.Response download(JsonNode ready) {
        return new Api(port, json, Api.nextClientIp())
                .get(pathOf(ready.get("downloadUrl").asText()), null);
    }

    /** The path and query of an absolute link, to send to this test's platform. */
    static String pathOf(String url) {
        URI uri = URI.create(url);
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }

    /** Every text anywhere in an export's JSON. */
    static Set<String> texts(JsonNode export) {
        Set<String> texts = new HashSet<>();
        collect(export, texts);
        return texts;
    }

    private static void collect(JsonNode node, Set<String> into) {
        if (node.isTextual()) {
            into.add(node.asText());
        }
        node.forEach(child -> collect(child, into));
    }

    /** The {@code field} of each item of an export's list (empty when the list is missing). */
    static List<String> ids(JsonNode items, String field) {
        List<String> ids = new ArrayList<>();
        if (items != null) {
            items.forEach(item -> ids.add(item.path(field).asText()));
        }
        return ids;
    }
}
