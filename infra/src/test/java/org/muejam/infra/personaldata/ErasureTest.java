package org.muejam.infra.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.muejam.infra.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Erasing a person's key forgets their data in every event while the log stays byte for byte, seal included. */
class ErasureTest extends IntegrationTest {

    @Autowired
    SubjectKeyStore keys;

    @Test
    void erasingTheKeyLeavesEveryByteAndTheSealButForgetsThePerson() {
        String email = uniqueEmail("erase");
        String userId = register(email);
        List<Map<String, Object>> before = storedRows(userId);
        for (Map<String, Object> row : before) {
            String stored = new String((byte[]) row.get("payload"), StandardCharsets.UTF_8)
                    + new String((byte[]) row.get("meta_data"), StandardCharsets.UTF_8);
            assertThat(stored)
                    .doesNotContain(email)
                    .doesNotContain(api.clientIp())
                    .doesNotContain("muejam-integration");
        }
        String admin = adminToken();
        for (JsonNode entry : auditEntries(admin, "userId=" + userId)) {
            assertThat(entry.get("ipAddress").asText()).isEqualTo(api.clientIp());
        }
        assertThat(jdbc.queryForList(
                        "SELECT ip_address || user_agent FROM audit_log WHERE subject_id = ?", String.class, userId))
                .isNotEmpty()
                .noneMatch(stored -> stored.contains(api.clientIp()) || stored.contains("muejam-integration"));
        JsonNode readable = api.get("/api/admin/history/aggregates/UserAccount/" + userId, admin)
                .body();
        assertThat(readable.get(0).get("payload").get("email").asText()).isEqualTo(email);

        assertThat(keys.erase(userId)).isTrue();

        assertThat(storedRows(userId)).usingRecursiveComparison().isEqualTo(before);
        JsonNode forgotten = api.get("/api/admin/history/aggregates/UserAccount/" + userId, admin)
                .body();
        assertThat(forgotten.get(0).get("payload").get("email").asText()).isEqualTo("[erased]");
        assertThat(forgotten.get(0).get("payload").get("displayName").asText()).isEqualTo("Deleted User");
        assertThat(forgotten.get(0).get("metadata").get("ipAddress").asText()).isEqualTo("[erased]");
        assertThat(forgotten.get(2).get("payload").get("userAgent").asText()).isEqualTo("[erased]");

        for (JsonNode entry : auditEntries(admin, "userId=" + userId)) {
            assertThat(entry.get("ipAddress").asText()).isEqualTo("[erased]");
            assertThat(entry.get("userAgent").asText()).isEqualTo("[erased]");
        }
        assertThat(sealedVerdict(admin).get("status").asText()).isEqualTo("OK");
    }

    private List<Map<String, Object>> storedRows(String userId) {
        return jdbc.queryForList(
                "SELECT * FROM domain_event_entry WHERE aggregate_identifier = ? " + "ORDER BY sequence_number",
                userId);
    }
}
