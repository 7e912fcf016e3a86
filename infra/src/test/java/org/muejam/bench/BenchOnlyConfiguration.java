package org.muejam.bench;

import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.muejam.infra.legal.ConsentController.CookieConsentRequest;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * What only the benchmark adds to the platform: the framework-free baseline behind the very same path, filters,
 * security and rate limits as the cookie-consent command, and a "stock Axon" processing group to replay.
 */
@Configuration
@Import({
    BenchOnlyConfiguration.SameStackInsert.class,
    BenchOnlyConfiguration.StockProcessorControl.class,
    StockConsentProjection.class
})
public class BenchOnlyConfiguration {

    /** Chosen over the real command handler only when the request carries {@value #HEADER}: jdbc. */
    public static final String HEADER = "X-Bench-Baseline";

    @RestController
    static class SameStackInsert {

        private final JdbcTemplate jdbc;

        SameStackInsert(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        /** One row of the event table's shape, written by plain JDBC in its own transaction. */
        @PutMapping(path = "/api/legal/cookie-consent", headers = HEADER + "=jdbc")
        ResponseEntity<Void> insert(@Valid @RequestBody CookieConsentRequest body) {
            String holder = "session:" + body.sessionId();
            byte[] payload = ("{\"holder\":\"" + holder + "\",\"essential\":true,\"analytics\":" + body.analytics()
                            + ",\"marketing\":" + body.marketing() + ",\"consentedAt\":\"" + Instant.now() + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            jdbc.update(
                    """
                    INSERT INTO bench_same_stack (event_identifier, aggregate_identifier, sequence_number, type,
                        time_stamp, payload_type, payload_revision, payload, meta_data)
                    VALUES (?, ?, 0, 'CookieConsent', ?, 'bench', '1', ?, ?)""",
                    UUID.randomUUID().toString(),
                    holder + ":" + UUID.randomUUID(),
                    Instant.now().toString(),
                    payload,
                    "{}".getBytes(StandardCharsets.UTF_8));
            return ResponseEntity.ok().build();
        }
    }

    /** Keeps the stock processor idle until the replay figure runs it, so it costs nothing elsewhere. */
    @RestController
    static class StockProcessorControl {

        private final EventProcessingConfiguration processing;

        StockProcessorControl(EventProcessingConfiguration processing) {
            this.processing = processing;
        }

        @EventListener(ApplicationReadyEvent.class)
        void parkStockProcessor() {
            processing.eventProcessor(StockConsentProjection.NAME).ifPresent(EventProcessor::shutDown);
        }

        @PostMapping("/api/admin/bench/processors/{name}/stop")
        ResponseEntity<Void> stop(@PathVariable String name) {
            if (!name.startsWith("bench-")) {
                return ResponseEntity.badRequest().build();
            }
            processing.eventProcessor(name).ifPresent(EventProcessor::shutDown);
            return ResponseEntity.accepted().build();
        }
    }
}
