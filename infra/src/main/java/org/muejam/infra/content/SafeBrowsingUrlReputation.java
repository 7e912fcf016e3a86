package org.muejam.infra.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.muejam.command.content.screening.UrlReputation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Google Safe Browsing v4 Lookup API: one {@code threatMatches:find} request per submission, every URL in it. When
 * Google cannot be reached, is slow, or answers anything but a readable 200, the check <em>fails open</em>: the
 * URLs pass (the configured block-list still applies), a WARN is logged and {@value #UNAVAILABLE} is counted.
 * Refusing every link while Google is away would make an outage of theirs one of ours.
 */
public class SafeBrowsingUrlReputation implements UrlReputation {

    static final String UNAVAILABLE = "muejam.content.url.reputation.unavailable";
    /** The Lookup API takes at most 500 entries per request. */
    static final int MAX_ENTRIES = 500;

    private static final Logger log = LoggerFactory.getLogger(SafeBrowsingUrlReputation.class);
    private static final List<String> THREATS =
            List.of("MALWARE", "SOCIAL_ENGINEERING", "UNWANTED_SOFTWARE", "POTENTIALLY_HARMFUL_APPLICATION");

    private final URI endpoint;
    private final String apiKey;
    private final Duration timeout;
    private final ObjectMapper json;
    private final HttpClient client;
    private final Counter unavailable;

    public SafeBrowsingUrlReputation(
            URI endpoint, String apiKey, Duration timeout, ObjectMapper json, MeterRegistry registry) {
        this.endpoint = endpoint;
        this.apiKey = apiKey;
        this.timeout = timeout;
        this.json = json;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.unavailable = Counter.builder(UNAVAILABLE)
                .description("URL reputation checks let through because Google Safe Browsing did not answer")
                .register(registry);
    }

    @Override
    public Verdict check(List<String> urls) {
        // what Google is asked (a bare domain gets a scheme) -> what the caller gave
        Map<String, String> asked = new LinkedHashMap<>();
        for (String url : urls) {
            if (asked.size() == MAX_ENTRIES) {
                break;
            }
            asked.putIfAbsent(url.contains("://") ? url : "http://" + url, url);
        }
        if (asked.isEmpty()) {
            return Verdict.clean();
        }
        HttpResponse<String> response;
        try {
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create(endpoint + "?key=" + URLEncoder.encode(apiKey, StandardCharsets.UTF_8)))
                    .timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body(asked.keySet()))))
                    .build();
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return failOpen("unreachable or too slow: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failOpen("interrupted");
        }
        if (response.statusCode() != 200) {
            return failOpen("answered HTTP " + response.statusCode());
        }
        JsonNode answer;
        try {
            answer = json.readTree(response.body());
        } catch (IOException e) {
            return failOpen("answered something other than JSON");
        }
        if (answer == null || !answer.isObject()) {
            return failOpen("answered something other than a JSON object");
        }
        Set<String> malicious = new HashSet<>();
        for (JsonNode match : answer.path("matches")) {
            String original = asked.get(match.path("threat").path("url").asText(""));
            if (original != null) {
                malicious.add(original);
            }
        }
        return new Verdict(Set.copyOf(malicious), true);
    }

    private ObjectNode body(Set<String> urls) {
        ObjectNode body = json.createObjectNode();
        body.putObject("client").put("clientId", "muejam-library").put("clientVersion", "1");
        ObjectNode threatInfo = body.putObject("threatInfo");
        THREATS.forEach(threatInfo.putArray("threatTypes")::add);
        threatInfo.putArray("platformTypes").add("ANY_PLATFORM");
        threatInfo.putArray("threatEntryTypes").add("URL");
        ArrayNode entries = threatInfo.putArray("threatEntries");
        urls.forEach(url -> entries.addObject().put("url", url));
        return body;
    }

    private Verdict failOpen(String why) {
        unavailable.increment();
        log.warn("Google Safe Browsing {}; URLs let through unchecked (block-list still applied)", why);
        return Verdict.unchecked();
    }
}
