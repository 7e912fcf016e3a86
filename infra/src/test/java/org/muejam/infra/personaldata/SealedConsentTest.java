package org.muejam.infra.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The consents read model keeps the address and client of each consent sealed under the person's key, as the audit
 * view does: the table never holds them in clear, the person still sees them, and erasing the key forgets them at
 * once; a rebuild writes the very same bytes.
 */
class SealedConsentTest extends IntegrationTest {

    private static final String USER_AGENT = "muejam-integration-test";
    private static final String ROWS =
            "SELECT event_id, user_id, document_type, version, consented_at, ip_address, user_agent "
                    + "FROM user_consent WHERE user_id = ? ORDER BY event_id";

    @Autowired
    SubjectKeyStore keys;

    @Test
    void theConsentRowsHoldNoClearAddressOrClientYetThePersonSeesThemUntilErased() {
        String email = uniqueEmail("sealed-consent");
        String userId = register(email);
        String token = login(email, PASSWORD);
        awaitReadModels();

        List<Map<String, Object>> rows = jdbc.queryForList(ROWS, userId);
        assertThat(rows).hasSize(2);
        for (Map<String, Object> row : rows) {
            String ip = (String) row.get("ip_address");
            String agent = (String) row.get("user_agent");
            assertThat(ip).startsWith("pd1:").doesNotContain(api.clientIp());
            assertThat(agent).startsWith("pd1:").doesNotContain(USER_AGENT);
        }
        List<byte[]> raw = jdbc.queryForList(
                "SELECT convert_to(ip_address || user_agent, 'UTF8') FROM user_consent WHERE user_id = ?",
                byte[].class,
                userId);
        assertThat(raw)
                .hasSize(2)
                .allSatisfy(bytes -> assertThat(new String(bytes, StandardCharsets.UTF_8))
                        .doesNotContain(api.clientIp())
                        .doesNotContain(USER_AGENT));

        JsonNode accepted = status(token).get("accepted");
        assertThat(accepted).hasSize(2);
        for (JsonNode consent : accepted) {
            assertThat(consent.get("ipAddress").asText()).isEqualTo(api.clientIp());
            assertThat(consent.get("userAgent").asText()).isEqualTo(USER_AGENT);
        }

        assertThat(keys.erase(userId)).isTrue();

        for (JsonNode consent : status(token).get("accepted")) {
            assertThat(consent.get("ipAddress").asText()).isEqualTo("[erased]");
            assertThat(consent.get("userAgent").asText()).isEqualTo("[erased]");
            assertThat(consent.get("version").asText()).isNotBlank();
        }
        assertThat(jdbc.queryForList(ROWS, userId)).isEqualTo(rows);
    }

    @Test
    void rebuildingTheConsentsWritesTheSameSealedBytesAndThePlaceholderForTheErased() {
        String admin = adminToken();
        String kept = register(uniqueEmail("consent-kept"));
        String forgotten = register(uniqueEmail("consent-forgotten"));
        awaitReadModels();
        List<Map<String, Object>> keptBefore = jdbc.queryForList(ROWS, kept);
        assertThat(keptBefore).hasSize(2);
        assertThat(keys.erase(forgotten)).isTrue();

        Api.Response rebuild = api.post("/api/admin/projections/consents/rebuild", null, admin);
        assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(202);
        awaitCaughtUp(admin, "consents");

        assertThat(jdbc.queryForList(ROWS, kept)).isEqualTo(keptBefore);
        List<Map<String, Object>> forgottenRows = jdbc.queryForList(ROWS, forgotten);
        assertThat(forgottenRows).hasSize(2).allSatisfy(row -> {
            assertThat(row.get("ip_address")).isEqualTo("[erased]");
            assertThat(row.get("user_agent")).isEqualTo("[erased]");
        });
    }

    private JsonNode status(String token) {
        Api.Response response = api.get("/api/legal/consent/status", token);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.body();
    }

    private void awaitCaughtUp(String admin, String name) {
        await(name + " has caught up", Duration.ofSeconds(60), () -> {
            for (JsonNode projection : api.get("/api/admin/projections", admin).body()) {
                if (projection.get("name").asText().equals(name)) {
                    return projection.get("lag").asLong() == 0
                            && !projection.get("replaying").asBoolean()
                            && projection.get("status").asText().equals("RUNNING");
                }
            }
            return false;
        });
    }
}
