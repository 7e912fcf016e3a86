package org.muejam.infra.projections;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.muejam.infra.support.IntegrationTest;
import org.muejam.shared.legal.RecordCookieConsentCommand;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Eight writers at once make transactions commit out of the order of their positions in the log; every event must
 * still reach every projection exactly once, the audit view at the event's own position.
 */
class ExactlyOnceTest extends IntegrationTest {

    private static final int WRITERS = 8;
    private static final int COMMANDS_EACH = 300;

    @Autowired
    CommandGateway commands;

    @Autowired
    ProjectionAwait projections;

    @Test
    void everyStoredEventHasExactlyOneAuditRowAndEveryConsentOneRow() throws Exception {
        long before = jdbc.queryForObject("SELECT coalesce(max(global_index), -1) FROM domain_event_entry", Long.class);
        String prefix = "once-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                done.add(writers.submit(() -> {
                    for (int i = 0; i < COMMANDS_EACH; i++) {
                        commands.sendAndWait(
                                new RecordCookieConsentCommand(prefix + writer + "-" + i, i % 2 == 0, i % 3 == 0));
                    }
                }));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
        } finally {
            writers.shutdown();
        }
        long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        assertThat(projections.await(List.of(), head, Duration.ofMinutes(2))).isTrue();

        List<String> missing = jdbc.queryForList("""
                SELECT e.event_identifier FROM domain_event_entry e
                LEFT JOIN audit_log a ON a.event_id = e.event_identifier
                WHERE a.event_id IS NULL AND e.global_index > ?""", String.class, before);
        assertThat(missing).as("events without an audit row").isEmpty();
        Long misplaced = jdbc.queryForObject("""
                SELECT count(*) FROM audit_log a JOIN domain_event_entry e ON a.event_id = e.event_identifier
                WHERE a.position <> e.global_index AND e.global_index > ?""", Long.class, before);
        assertThat(misplaced)
                .as("audit rows at another position than their event")
                .isZero();
        Long stored = jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE global_index > ?", Long.class, before);
        Long audited = jdbc.queryForObject("SELECT count(*) FROM audit_log WHERE position > ?", Long.class, before);
        assertThat(audited).isEqualTo(stored);
        Long consents = jdbc.queryForObject(
                "SELECT count(*) FROM cookie_consent WHERE holder LIKE ?", Long.class, prefix + "%");
        assertThat(consents).isEqualTo((long) WRITERS * COMMANDS_EACH);
    }
}
