package org.muejam.infra.projections;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;
import org.muejam.infra.support.RawHttp;

/**
 * The pipeline's own inputs (X-Await-Position, Idempotency-Key, the dead-letter endpoints) met with strange values:
 * always a 4xx problem document, never a 5xx, and every projection still reaches the head of the log afterwards.
 */
class PipelineStrangeInputTest extends IntegrationTest {

    /** An emoji as the raw UTF-8 bytes a client puts in a header line. */
    private static final String EMOJI_BYTES =
            new String("\uD83D\uDE00".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);

    @Test
    void oddHeaderValuesAreRefusedWithAProblem() throws Exception {
        for (String value : List.of(EMOJI_BYTES, "1".repeat(1000), "12 34", "0x10", "+5", " ")) {
            RawHttp.Response read = RawHttp.exchange(
                    port,
                    "GET /api/legal/documents/terms-of-service/versions " + "HTTP/1.1\r\nX-Await-Position: " + value,
                    null);
            assertThat(read.status()).as("X-Await-Position " + value).isEqualTo(400);
            assertThat(read.header("Content-Type")).startsWith("application/problem+json");

            byte[] body = "{\"analytics\":true,\"marketing\":false,\"sessionId\":\"strange-input-1\"}"
                    .getBytes(StandardCharsets.UTF_8);
            RawHttp.Response write = RawHttp.exchange(
                    port,
                    "PUT /api/legal/cookie-consent HTTP/1.1\r\n" + "Content-Type: application/json\r\nIdempotency-Key: "
                            + value,
                    body);
            assertThat(write.status()).as("Idempotency-Key " + value).isLessThan(500);
            if (write.status() >= 400) {
                assertThat(write.header("Content-Type")).startsWith("application/problem+json");
            }
        }
    }

    @Test
    void theDeadLetterEndpointsAnswerStrangeNamesIdsAndReasonsWithoutA5xx() {
        String admin = adminToken();
        String longId = "s".repeat(5000);
        List<Api.Response> answers = List.of(
                api.get("/api/admin/projections/%F0%9F%98%80/dead-letters", admin),
                api.get("/api/admin/projections/" + "p".repeat(3000) + "/dead-letters", admin),
                api.post("/api/admin/projections/users/dead-letters/%F0%9F%98%80/retry", null, admin),
                api.post("/api/admin/projections/users/dead-letters/" + longId + "/retry", null, admin),
                api.send(
                        "DELETE",
                        "/api/admin/projections/users/dead-letters/" + longId,
                        toJson(Map.of("reason", "r".repeat(100_000))),
                        "application/json",
                        admin,
                        Map.of()),
                api.send(
                        "DELETE",
                        "/api/admin/projections/users/dead-letters/nothing-parked",
                        toJson(Map.of("reason", Collections.nCopies(1000, "why"))),
                        "application/json",
                        admin,
                        Map.of()),
                api.send(
                        "DELETE",
                        "/api/admin/projections/users/dead-letters/nothing-parked",
                        toJson(Map.of("reason", "\uD83D\uDE00 emoji reason")),
                        "application/json",
                        admin,
                        Map.of()),
                api.send(
                        "GET",
                        "/api/users/me",
                        null,
                        null,
                        admin,
                        Map.of("X-Await-Position", Long.toString(Long.MAX_VALUE / 10))));
        for (Api.Response answer : answers) {
            assertThat(answer.status()).as(answer.toString()).isBetween(400, 499);
            assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
        }
        long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        assertThat(projections.await(List.of(), head, Duration.ofSeconds(60))).isTrue();
    }

    private String toJson(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
