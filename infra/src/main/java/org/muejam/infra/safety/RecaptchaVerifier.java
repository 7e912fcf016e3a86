package org.muejam.infra.safety;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * reCAPTCHA v3 through Google's siteverify API: the token, our secret and the client's address go out as a form;
 * the answer passes when it is a success, for the expected action, with a score at or above the minimum.
 */
public class RecaptchaVerifier implements CaptchaVerifier {

    private static final Logger log = LoggerFactory.getLogger(RecaptchaVerifier.class);
    /** Error codes that mean our side is misconfigured: no client could ever pass, so it is an outage. */
    private static final Set<String> OUR_FAULT = Set.of("missing-input-secret", "invalid-input-secret");

    private final URI verifyUrl;
    private final String secret;
    private final Set<String> hostnames;
    private final double minScore;
    private final Duration timeout;
    private final ObjectMapper json;
    private final HttpClient client;

    /** {@code hostnames}: the sites whose pages may make tokens for this platform (a token is bound to its site). */
    public RecaptchaVerifier(
            URI verifyUrl, String secret, Set<String> hostnames, double minScore, Duration timeout, ObjectMapper json) {
        this.verifyUrl = verifyUrl;
        this.secret = secret;
        this.hostnames =
                hostnames.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        this.minScore = minScore;
        this.timeout = timeout;
        this.json = json;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public CaptchaVerdict verify(String token, String expectedAction, String remoteIp) {
        if (token == null || token.isBlank()) {
            return CaptchaVerdict.refuse(0, "no CAPTCHA token was sent");
        }
        JsonNode answer = ask(token, remoteIp);
        if (!answer.path("success").isBoolean()) {
            throw new CaptchaUnavailable("the CAPTCHA service answered without a success flag");
        }
        double score = answer.path("score").asDouble(0);
        if (!answer.path("success").booleanValue()) {
            List<String> codes = new ArrayList<>();
            answer.path("error-codes").forEach(code -> codes.add(code.asText()));
            if (codes.stream().anyMatch(OUR_FAULT::contains)) {
                log.error("reCAPTCHA refused our secret key ({}): check MUEJAM_RECAPTCHA_SECRET", codes);
                throw new CaptchaUnavailable("the CAPTCHA service does not accept this platform's secret key");
            }
            return CaptchaVerdict.refuse(
                    score,
                    "the CAPTCHA token was not accepted"
                            + (codes.isEmpty() ? "" : " (" + String.join(", ", codes) + ")")
                            + "; get a new one and retry");
        }
        String hostname = answer.path("hostname").asText("");
        if (!hostnames.contains(hostname.toLowerCase(Locale.ROOT))) {
            // a token solved on someone else's page (with our site key copied there) proves nothing about this request
            log.info("reCAPTCHA token made on '{}', expected one of {}", hostname, hostnames);
            return CaptchaVerdict.refuse(score, "the CAPTCHA token was made on another site; get one on this site");
        }
        String action = answer.path("action").asText("");
        if (!action.equals(expectedAction)) {
            return CaptchaVerdict.refuse(
                    score,
                    "the CAPTCHA token was made for the action '" + action + "', this request needs one made for '"
                            + expectedAction + "'");
        }
        if (!answer.path("score").isNumber()) {
            return CaptchaVerdict.refuse(0, "the CAPTCHA token carries no score; a reCAPTCHA v3 token is needed");
        }
        if (score < minScore) {
            log.info("reCAPTCHA score {} below {} for action {}", score, minScore, expectedAction);
            return CaptchaVerdict.refuse(score, "the CAPTCHA check took this request for an automated one");
        }
        return CaptchaVerdict.pass(score);
    }

    private JsonNode ask(String token, String remoteIp) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("secret", secret);
        form.put("response", token);
        if (remoteIp != null && !remoteIp.isBlank()) {
            form.put("remoteip", remoteIp);
        }
        HttpRequest request = HttpRequest.newBuilder(verifyUrl)
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                .build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            log.warn("reCAPTCHA siteverify at {} unreachable: {}", verifyUrl, e.toString());
            throw new CaptchaUnavailable("the CAPTCHA service cannot be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CaptchaUnavailable("interrupted while asking the CAPTCHA service", e);
        }
        if (response.statusCode() != 200) {
            log.warn("reCAPTCHA siteverify at {} answered HTTP {}", verifyUrl, response.statusCode());
            throw new CaptchaUnavailable("the CAPTCHA service answered HTTP " + response.statusCode());
        }
        try {
            return json.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new CaptchaUnavailable("the CAPTCHA service answered something other than JSON", e);
        }
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
