package org.muejam.infra.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.muejam.infra.config.MueJamProperties;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The seal the database alone cannot forge: rows written with the platform's own database credentials, seal rows
 * slipped in at any link, and a rewrite of the whole log with its seal are each reported, by the platform and
 * offline, and never stop the sealing of genuine events.
 */
class SealTest extends IntegrationTest {

    private static final long HUGE = Long.MAX_VALUE - 1;

    @Autowired
    private AuditSealer sealer;

    @Autowired
    private AuditVerifier verifier;

    @Autowired
    private CheckpointPublisher publisher;

    @Autowired
    private CheckpointStore checkpoints;

    @Autowired
    private CheckpointSigner signer;

    @Autowired
    private MueJamProperties properties;

    @Test
    void eventsInsertedWithTheApplicationsCredentialsAreNamedWhateverTheirIndex() throws Exception {
        String admin = adminToken();
        register(uniqueEmail("before-forgery"));
        String atNextIndex = UUID.randomUUID().toString();
        String belowEverything = UUID.randomUUID().toString();
        forgeSignIn(atNextIndex, null);
        forgeSignIn(belowEverything, -7L);
        long nextIndex = indexOf(atNextIndex);
        try {
            String after = register(uniqueEmail("after-forgery"));
            sealEverything();

            JsonNode verdict = api.get("/api/admin/audit/verify", admin).body();
            assertThat(verdict.get("status").asText()).isEqualTo("BROKEN");
            JsonNode first = verdict.get("firstBrokenEvent");
            assertThat(first.get("eventId").asText()).isEqualTo(belowEverything);
            assertThat(first.get("globalIndex").asLong()).isEqualTo(-7L);
            assertThat(first.get("problem").asText()).isEqualTo("INSERTED");
            assertThat(problems(verdict))
                    .contains(List.of(nextIndex, atNextIndex, "INSERTED"), List.of(-7L, belowEverything, "INSERTED"));
            assertThat(verdict.get("pendingEvents").asLong()).isZero();
            // never sealed as genuine, and the genuine events after it were sealed
            assertThat(jdbc.queryForObject(
                            "SELECT count(*) FROM audit_seal WHERE event_identifier IN (?, ?)",
                            Long.class,
                            atNextIndex,
                            belowEverything))
                    .isZero();
            assertThat(jdbc.queryForObject(
                            "SELECT count(*) FROM domain_event_entry e WHERE aggregate_identifier = ? AND NOT EXISTS "
                                    + "(SELECT 1 FROM audit_seal s WHERE s.event_identifier = e.event_identifier)",
                            Long.class,
                            after))
                    .isZero();
        } finally {
            asOwnerWithoutTriggers(
                    List.of("domain_event_entry"),
                    "DELETE FROM domain_event_entry WHERE event_identifier IN ('" + atNextIndex + "', '"
                            + belowEverything + "')");
        }
        assertThat(verifier.verify().status()).isEqualTo("OK");
    }

    @Test
    void forgedSealRowsAreReportedAndNeverStopTheSealingOfGenuineEvents() throws Exception {
        register(uniqueEmail("before-forged-seal"));
        sealEverything();
        long head = sealer.verifiedHead().link();
        // with the application's credentials: one row far ahead, one squatting the sealer's next link
        jdbc.update(
                "INSERT INTO audit_seal (link, global_index, event_identifier, chain_hash) VALUES (?, ?, ?, ?)",
                HUGE,
                HUGE,
                "forged-far-ahead",
                new byte[32]);
        jdbc.update(
                "INSERT INTO audit_seal (link, global_index, event_identifier, chain_hash) VALUES (?, ?, ?, ?)",
                head + 1,
                HUGE - 1,
                "forged-next-link",
                new byte[32]);
        try {
            String after = register(uniqueEmail("after-forged-seal"));
            // signing in appends events of its own: before the sealing, so that nothing is pending at the verify
            String admin = adminToken();
            sealEverything();
            assertThat(sealer.verifiedHead().link()).isGreaterThan(head + 1);
            assertThat(jdbc.queryForObject(
                            "SELECT count(*) FROM domain_event_entry e WHERE aggregate_identifier = ? AND NOT EXISTS "
                                    + "(SELECT 1 FROM audit_seal s WHERE s.event_identifier = e.event_identifier)",
                            Long.class,
                            after))
                    .isZero();

            JsonNode verdict = api.get("/api/admin/audit/verify", admin).body();
            assertThat(verdict.get("status").asText()).isEqualTo("BROKEN");
            assertThat(verdict.get("pendingEvents").asLong()).isZero();
            assertThat(problems(verdict))
                    .contains(
                            List.of(HUGE, "forged-far-ahead", "SEAL_GAP"),
                            List.of(HUGE - 1, "forged-next-link", "SEAL_FORGED"));
            assertThat(verdict.get("eventsVerified").asLong()).isGreaterThan(head + 1);
        } finally {
            asOwnerWithoutTriggers(
                    List.of("audit_seal"),
                    "DELETE FROM audit_seal WHERE event_identifier IN ('forged-far-ahead', 'forged-next-link')");
        }
        assertThat(verifier.verify().status()).isEqualTo("OK");
    }

    @Test
    void aRewriteOfTheWholeLogSealIncludedIsReportedAgainstTheLastCheckpointOnlineAndOffline() throws Exception {
        register(uniqueEmail("checkpointed"));
        sealEverything();
        SignedCheckpoint checkpoint = publisher.publish().orElseThrow();
        assertThat(checkpoints.latest()).contains(checkpoint);
        AuditVerifier.Verification before = verifier.verify();
        assertThat(before.status()).isEqualTo("OK");
        assertThat(before.checkpointPosition()).isEqualTo(checkpoint.position());
        assertThat(offline(env())).isEqualTo(VerifyAudit.OK);

        // the owner puts back an older copy of the log: every table rewritten, consistent among itself
        try (Connection owner = ownerConnection()) {
            owner.setAutoCommit(false);
            try (Statement sql = owner.createStatement()) {
                disableTriggers(sql);
                sql.execute("CREATE TEMP TABLE saved_events AS SELECT * FROM domain_event_entry");
                sql.execute("CREATE TEMP TABLE saved_seal AS SELECT * FROM audit_seal");
                sql.execute("CREATE TEMP TABLE saved_macs AS SELECT * FROM audit_event_mac");
                sql.execute("DELETE FROM domain_event_entry");
                sql.execute("INSERT INTO domain_event_entry SELECT * FROM saved_events WHERE global_index < "
                        + checkpoint.position());
                sql.execute("DELETE FROM audit_seal");
                sql.execute("INSERT INTO audit_seal SELECT * FROM saved_seal WHERE global_index < "
                        + checkpoint.position());
                sql.execute("DELETE FROM audit_event_mac");
                sql.execute("INSERT INTO audit_event_mac SELECT m.* FROM saved_macs m "
                        + "JOIN domain_event_entry e ON e.event_identifier = m.event_identifier");
                enableTriggers(sql);
            }
            owner.commit();
            try {
                JsonNode verdict =
                        api.get("/api/admin/audit/verify", adminToken()).body();
                assertThat(verdict.get("status").asText()).isEqualTo("BROKEN");
                assertThat(verdict.get("firstBrokenEvent").get("problem").asText())
                        .isEqualTo("CHECKPOINT_MISMATCH");
                assertThat(verdict.get("firstBrokenEvent").get("globalIndex").asLong())
                        .isEqualTo(checkpoint.position());
                assertThat(verdict.get("firstBrokenEvent").get("detail").asText())
                        .contains("checkpoint at position " + checkpoint.position());

                ByteArrayOutputStream out = new ByteArrayOutputStream();
                assertThat(offline(env(), out)).isEqualTo(VerifyAudit.BROKEN);
                assertThat(out.toString(StandardCharsets.UTF_8))
                        .contains("\"status\" : \"BROKEN\"")
                        .contains("CHECKPOINT_MISMATCH")
                        .contains("checkpoint at position " + checkpoint.position());
            } finally {
                try (Statement sql = owner.createStatement()) {
                    disableTriggers(sql);
                    sql.execute("INSERT INTO domain_event_entry SELECT * FROM saved_events s WHERE NOT EXISTS "
                            + "(SELECT 1 FROM domain_event_entry e WHERE e.global_index = s.global_index)");
                    sql.execute("INSERT INTO audit_seal SELECT * FROM saved_seal s WHERE NOT EXISTS "
                            + "(SELECT 1 FROM audit_seal a WHERE a.link = s.link AND a.chain_hash = s.chain_hash)");
                    sql.execute("INSERT INTO audit_event_mac SELECT * FROM saved_macs s WHERE NOT EXISTS "
                            + "(SELECT 1 FROM audit_event_mac m WHERE m.event_identifier = s.event_identifier)");
                    enableTriggers(sql);
                }
                owner.commit();
            }
        }
        assertThat(verifier.verify().status()).isEqualTo("OK");
        assertThat(offline(env())).isEqualTo(VerifyAudit.OK);
    }

    @Test
    void theOfflineCheckNamesWhatIsMissing() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = VerifyAudit.run(
                new String[0],
                Map.of("MUEJAM_DB_URL", "jdbc:postgresql://127.0.0.1:1/none"),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(VerifyAudit.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("MUEJAM_SEAL_KEY")
                .contains("MUEJAM_CHECKPOINT_PUBLIC_KEY or MUEJAM_CHECKPOINT_KEY")
                .contains("MUEJAM_DB_APP_USER");
        Map<String, String> noFile = env();
        noFile.put("MUEJAM_CHECKPOINT_FILE", "target/no-such-checkpoints.jsonl");
        err.reset();
        assertThat(VerifyAudit.run(
                        new String[0],
                        noFile,
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8)))
                .isEqualTo(VerifyAudit.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("MUEJAM_CHECKPOINT_FILE");
    }

    @Test
    void checkpointsAreListedForAdministratorsOnly() {
        register(uniqueEmail("listed"));
        sealEverything();
        publisher.publish();
        Api.Response listed = api.get("/api/admin/audit/checkpoints", adminToken());
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        JsonNode items = listed.body().get("items");
        assertThat(items.size()).isPositive();
        JsonNode last = items.get(items.size() - 1);
        assertThat(last.get("position").isIntegralNumber()).isTrue();
        assertThat(last.get("chainHead").asText()).matches("[0-9a-f]{64}");
        SignedCheckpoint echoed = new SignedCheckpoint(
                last.get("position").asLong(),
                last.get("chainHead").asText(),
                java.time.Instant.parse(last.get("signedAt").asText()),
                last.get("signature").asText());
        assertThat(CheckpointSigner.verify(signer.publicKey(), echoed)).isTrue();

        assertThat(api.get("/api/admin/audit/checkpoints", null).status()).isEqualTo(401);
        String email = uniqueEmail("not-admin");
        register(email);
        assertThat(api.get("/api/admin/audit/checkpoints", login(email, PASSWORD))
                        .status())
                .isEqualTo(403);
    }

    private void sealEverything() {
        await("every authentic event is sealed", Duration.ofSeconds(30), () -> {
            sealer.sealPending();
            return verifier.verify().pendingEvents() == 0;
        });
    }

    /** A sign-in event for nobody, written with the application's database credentials, as an attacker would. */
    private void forgeSignIn(String eventId, Long globalIndex) {
        String aggregate = UUID.randomUUID().toString();
        String payload = "{\"userId\":\"" + aggregate + "\",\"loggedInAt\":\"2026-01-02T03:04:05Z\"}";
        if (globalIndex == null) {
            jdbc.update(
                    "INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, "
                            + "time_stamp, payload_type, payload_revision, payload, meta_data) VALUES (?, ?, 0, "
                            + "'UserAccount', ?, 'org.muejam.shared.identity.UserLoggedInEvent', '1', ?, ?)",
                    eventId,
                    aggregate,
                    java.time.Instant.now().toString(),
                    payload.getBytes(StandardCharsets.UTF_8),
                    "{}".getBytes(StandardCharsets.UTF_8));
        } else {
            jdbc.update(
                    "INSERT INTO domain_event_entry (global_index, event_identifier, aggregate_identifier, "
                            + "sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data) "
                            + "VALUES (?, ?, ?, 0, 'UserAccount', ?, 'org.muejam.shared.identity.UserLoggedInEvent', "
                            + "'1', ?, ?)",
                    globalIndex,
                    eventId,
                    aggregate,
                    java.time.Instant.now().toString(),
                    payload.getBytes(StandardCharsets.UTF_8),
                    "{}".getBytes(StandardCharsets.UTF_8));
        }
    }

    private long indexOf(String eventId) {
        return jdbc.queryForObject(
                "SELECT global_index FROM domain_event_entry WHERE event_identifier = ?", Long.class, eventId);
    }

    private static List<List<Object>> problems(JsonNode verdict) {
        List<List<Object>> found = new ArrayList<>();
        verdict.get("problems")
                .forEach(p -> found.add(List.of(
                        p.get("globalIndex").asLong(),
                        p.get("eventId").asText(),
                        p.get("problem").asText())));
        return found;
    }

    /** What an auditor's environment holds: the database, the seal key, the public key and the checkpoint file. */
    private Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("MUEJAM_DB_URL", env("MUEJAM_DB_URL", "jdbc:postgresql://127.0.0.1:5432/muejam_test"));
        env.put("MUEJAM_DB_APP_USER", env("MUEJAM_DB_APP_USER", "muejam_app"));
        env.put("MUEJAM_DB_APP_PASSWORD", env("MUEJAM_DB_APP_PASSWORD", ""));
        env.put("MUEJAM_SEAL_KEY", properties.audit().sealKey());
        env.put("MUEJAM_CHECKPOINT_PUBLIC_KEY", signer.publicKeyBase64());
        env.put("MUEJAM_CHECKPOINT_FILE", properties.audit().checkpoints().file());
        return env;
    }

    private static int offline(Map<String, String> env) {
        return offline(env, new ByteArrayOutputStream());
    }

    private static int offline(Map<String, String> env, ByteArrayOutputStream out) {
        return VerifyAudit.run(
                new String[0],
                env,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    private static final List<String> SEALED_TABLES = List.of("domain_event_entry", "audit_seal", "audit_event_mac");

    private static void disableTriggers(Statement sql) throws SQLException {
        for (String table : SEALED_TABLES) {
            sql.execute("ALTER TABLE " + table + " DISABLE TRIGGER USER");
        }
    }

    private static void enableTriggers(Statement sql) throws SQLException {
        for (String table : SEALED_TABLES) {
            sql.execute("ALTER TABLE " + table + " ENABLE TRIGGER USER");
        }
    }

    private static void asOwnerWithoutTriggers(List<String> tables, String statement) throws SQLException {
        try (Connection owner = ownerConnection()) {
            owner.setAutoCommit(false);
            try (Statement sql = owner.createStatement()) {
                for (String table : tables) {
                    sql.execute("ALTER TABLE " + table + " DISABLE TRIGGER USER");
                }
                sql.execute(statement);
                for (String table : tables) {
                    sql.execute("ALTER TABLE " + table + " ENABLE TRIGGER USER");
                }
            }
            owner.commit();
        }
    }
}
