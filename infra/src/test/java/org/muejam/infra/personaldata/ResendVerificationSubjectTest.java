package org.muejam.infra.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;
import org.muejam.infra.support.Mailbox;
import org.springframework.beans.factory.annotation.Autowired;

/** A new verification link asked for anonymously is stored under the account holder's key, not in clear. */
class ResendVerificationSubjectTest extends IntegrationTest {

    @Autowired
    SubjectKeyStore keys;

    @Test
    void theAddressAndClientOfAResendAreEncryptedUnderTheAccountsKeyAndForgottenWithIt() {
        String email = uniqueEmail("resend");
        String userId = register(email);
        Mailbox.awaitToken(email, 0);
        long before = lastIssuedSequence(userId);

        Api.Response resend = api.post("/api/auth/resend-verification", Map.of("email", email), null);
        assertThat(resend.status()).as(resend.toString()).isEqualTo(202);

        long issued = lastIssuedSequence(userId);
        assertThat(issued).isGreaterThan(before);
        byte[] metadata = jdbc.queryForObject(
                "SELECT meta_data FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = ?",
                byte[].class,
                userId,
                issued);
        // byte for byte: ISO-8859-1 maps every byte to one character
        assertThat(new String(metadata, StandardCharsets.ISO_8859_1))
                .doesNotContain(bytes(api.clientIp()))
                .doesNotContain(bytes("muejam-integration-test"))
                .contains(bytes(userId));

        String admin = adminToken();
        assertThat(issuedEntry(admin, userId, issued)
                        .get("metadata")
                        .get("ipAddress")
                        .asText())
                .isEqualTo(api.clientIp());

        assertThat(keys.erase(userId)).isTrue();

        JsonNode forgotten = issuedEntry(admin, userId, issued).get("metadata");
        assertThat(forgotten.get("ipAddress").asText()).isEqualTo("[erased]");
        assertThat(forgotten.get("userAgent").asText()).isEqualTo("[erased]");
    }

    private static String bytes(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    private long lastIssuedSequence(String userId) {
        return jdbc.queryForObject(
                "SELECT coalesce(max(sequence_number), -1) FROM domain_event_entry WHERE aggregate_identifier = ? "
                        + "AND payload_type LIKE '%EmailVerificationIssuedEvent'",
                Long.class, userId);
    }

    private JsonNode issuedEntry(String admin, String userId, long sequence) {
        Api.Response history = api.get("/api/admin/history/aggregates/UserAccount/" + userId, admin);
        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        for (JsonNode entry : history.body()) {
            if (entry.get("sequenceNumber").asLong() == sequence) {
                return entry;
            }
        }
        throw new AssertionError("no event " + sequence + " in " + history);
    }
}
