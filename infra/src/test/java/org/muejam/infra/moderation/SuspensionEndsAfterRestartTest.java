package org.muejam.infra.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.moderation.SuspendAccountCommand;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A suspension's end survives a restart: the application schedules it in PostgreSQL; a scheduler and deadline
 * manager started afresh on the same database, knowing nothing but the table and with its clock past the end, runs
 * it, and the account's deadline handler records the end ({@link SchedulerAfterRestart}).
 */
class SuspensionEndsAfterRestartTest extends IntegrationTest {

    private static final UserId MODERATOR = UserId.of("moderator-of-the-restart-test");

    @Autowired
    CommandGateway commands;

    @Test
    void aOneDaySuspensionEndsByItselfOnASchedulerStartedAfterTheRestart() {
        String email = uniqueEmail("restart");
        String userId = register(email);
        String token = login(email, PASSWORD);
        commands.sendAndWait(new SuspendAccountCommand(
                UserId.of(userId), MODERATOR, "spam", 1, "case:00000000-0000-0000-0000-0000000000bb"));

        // the end is kept in the database, a day away
        Map<String, Object> end = jdbc.queryForMap("""
                SELECT execution_time FROM scheduled_tasks
                WHERE task_name = 'AxonDeadline' AND encode(task_data, 'escape') LIKE ?""", "%" + userId + "%");
        Instant until = ((Timestamp) end.get("execution_time")).toInstant();
        assertThat(until).isAfter(Instant.now().plus(Duration.ofHours(23)));
        await(
                "the suspension enforced",
                Duration.ofSeconds(15),
                () -> api.get("/api/users/me", token).status() == 403);

        runDueAfterRestart(
                until.plusSeconds(1),
                "the end recorded",
                Duration.ofSeconds(30),
                () -> jdbc.queryForObject("""
                                SELECT count(*) FROM domain_event_entry
                                WHERE aggregate_identifier = ? AND payload_type LIKE '%AccountSuspensionLiftedEvent'""", Long.class, userId) == 1);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM scheduled_tasks WHERE encode(task_data, 'escape') LIKE ?",
                        Long.class,
                        "%" + userId + "%"))
                .isZero();
        // the account is free again: its old token and a new sign-in work
        await(
                "access given back",
                Duration.ofSeconds(15),
                () -> api.get("/api/users/me", token).status() == 200);
        Api.Response signIn = api.post("/api/auth/login", Map.of("email", email, "password", PASSWORD), null);
        assertThat(signIn.status()).as(signIn.toString()).isEqualTo(200);
    }
}
