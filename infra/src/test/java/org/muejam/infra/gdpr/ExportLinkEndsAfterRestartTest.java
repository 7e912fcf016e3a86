package org.muejam.infra.gdpr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.muejam.command.content.media.BlobStore;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An export's link ends 7 days after it is ready, a deadline kept in PostgreSQL: a scheduler and deadline manager
 * started afresh on the same database (a node after a restart), knowing nothing but the table and with a clock
 * moved past the end, runs it; the export becomes EXPIRED, its file is deleted and its link refused. The
 * application's own scheduler tells the real time and leaves the deadline alone.
 */
class ExportLinkEndsAfterRestartTest extends IntegrationTest {

    @Autowired
    BlobStore blobs;

    @Test
    void sevenDaysAfterItIsReadyAnExportExpiresOnASchedulerStartedAfterTheRestart() {
        Api client = new Api(port, json, Api.nextClientIp());
        String email = uniqueEmail("export-restart");
        register(client, email);
        String token = login(client, email, PASSWORD);
        Api.Response requested = client.post("/api/gdpr/export", null, token);
        assertThat(requested.status()).as(requested.toString()).isEqualTo(202);
        String exportId = requested.body().get("exportId").asText();
        AtomicReference<JsonNode> ready = new AtomicReference<>();
        await("the export ready", Duration.ofSeconds(30), () -> {
            ready.set(client.get("/api/gdpr/export/" + exportId, token).body());
            return "READY".equals(ready.get().path("status").asText());
        });
        URI link = URI.create(ready.get().get("downloadUrl").asText());
        String download = link.getRawPath() + "?" + link.getRawQuery();
        assertThat(client.get(download, null).status()).isEqualTo(200);
        String fileKey = DataExportProcessor.fileKey(exportId);
        assertThat(blobs.get(fileKey)).isPresent();

        // the end is kept in the database, 7 days away
        Instant until =
                jdbc.queryForObject("""
                        SELECT execution_time FROM scheduled_tasks
                        WHERE task_name = 'AxonDeadline' AND encode(task_data, 'escape') LIKE ?""", Timestamp.class, "%" + exportId + "%").toInstant();
        assertThat(until).isAfter(Instant.now().plus(Duration.ofDays(7)).minusSeconds(120));
        assertThat(until).isEqualTo(Instant.parse(ready.get().get("expiresAt").asText()));

        runDueAfterRestart(
                until.plusSeconds(1),
                "the end recorded",
                Duration.ofSeconds(30),
                () -> jdbc.queryForObject("""
                            SELECT count(*) FROM domain_event_entry
                            WHERE aggregate_identifier = ? AND payload_type LIKE '%DataExportExpiredEvent'""", Long.class, exportId) == 1);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM scheduled_tasks WHERE encode(task_data, 'escape') LIKE ?",
                        Long.class,
                        "%" + exportId + "%"))
                .isZero();
        await("the export shown expired", Duration.ofSeconds(15), () -> {
            JsonNode state = client.get("/api/gdpr/export/" + exportId, token).body();
            return "EXPIRED".equals(state.path("status").asText())
                    && state.path("downloadUrl").isNull();
        });
        await(
                "the file deleted",
                Duration.ofSeconds(15),
                () -> blobs.get(fileKey).isEmpty());
        // the link, though signed and not yet at its end by the real clock, no longer downloads
        Api.Response refused = client.get(download, null);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(410);
        assertThat(refused.body().get("type").asText()).endsWith("/export-expired");
    }
}
