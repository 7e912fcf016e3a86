package org.muejam.infra.gdpr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.muejam.command.gdpr.ErasureLedger;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;
import org.muejam.shared.identity.UserId;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A restored backup does not bring a forgotten person back: the database below is one restored from before the
 * person's erasure (the account whole, its key live), the ledger outside it says they were erased; the check every
 * start runs erases them again, and running it again finds nothing left to do.
 */
class ErasureLedgerRestoreTest extends IntegrationTest {

    @Autowired
    ErasureLedger ledger;

    @Autowired
    ErasureLedgerCheck check;

    @Test
    void theLedgerIsReappliedToADatabaseRestoredFromBeforeTheErasure() {
        Api client = new Api(port, json, Api.nextClientIp());
        String email = uniqueEmail("restored");
        String userId = register(client, email);
        String token = login(client, email, PASSWORD);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM subject_key WHERE subject_id = ? AND wrapped_key IS NOT NULL",
                        Long.class,
                        userId))
                .isEqualTo(1);

        ledger.record(new ErasureLedger.Entry(
                UserId.of(userId), "deletion:00000000-0000-4000-8000-00000000beef", Instant.now()));
        ledger.record(new ErasureLedger.Entry(
                UserId.of("never-in-this-backup-" + userId),
                "deletion:00000000-0000-4000-8000-00000000cafe",
                Instant.now()));

        assertThat(check.reapply()).isEqualTo(2);

        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM subject_key WHERE subject_id IN (?, ?) AND wrapped_key IS NULL",
                        Long.class,
                        userId,
                        "never-in-this-backup-" + userId))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM email_directory WHERE email = ?", Long.class, email))
                .isZero();
        await(
                "the account anonymised again",
                Duration.ofSeconds(30),
                () -> jdbc.queryForObject(
                                "SELECT count(*) FROM user_account WHERE user_id = ? AND email = '[erased]'"
                                        + " AND display_name = 'Deleted User' AND erased_at IS NOT NULL",
                                Long.class,
                                userId)
                        == 1);
        assertThat(client.post("/api/auth/login", Map.of("email", email, "password", PASSWORD), null)
                        .status())
                .isEqualTo(401);
        await(
                "its token refused",
                Duration.ofSeconds(15),
                () -> client.get("/api/users/me", token).status() >= 400);
        assertThat(check.reapply()).isZero();
    }
}
