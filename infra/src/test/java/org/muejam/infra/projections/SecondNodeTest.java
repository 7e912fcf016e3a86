package org.muejam.infra.projections;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.Registration;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.muejam.infra.MueJamApplication;
import org.muejam.infra.security.SuspensionNotifications;
import org.muejam.infra.support.Api;
import org.muejam.infra.support.IntegrationTest;
import org.muejam.shared.identity.UserId;
import org.muejam.shared.moderation.SuspendAccountCommand;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A second node of the same application, sharing PostgreSQL: it learns of the first node's commits through
 * PostgreSQL notifications, with its own polling pushed out of reach (ten minutes), and reads the new event.
 */
class SecondNodeTest extends IntegrationTest {

    private static ConfigurableApplicationContext secondNode;

    @Autowired
    CommandGateway commands;

    @BeforeAll
    static void startSecondNode() {
        secondNode = new SpringApplicationBuilder(MueJamApplication.class)
                .run(
                        "--server.port=0",
                        "--muejam.roles=query",
                        "--muejam.admin.email=" + ADMIN_EMAIL,
                        "--muejam.admin.password=" + ADMIN_PASSWORD,
                        "--muejam.projections.poll-safety-net=10m",
                        // longer than any test: only being told can make the second node forget a cached answer
                        "--muejam.suspensions.cache-time=10m",
                        "--muejam.rate-limits.redis-key-prefix=muejam-test:" + UUID.randomUUID() + ":");
    }

    @AfterAll
    static void stopSecondNode() {
        if (secondNode != null) {
            secondNode.close();
        }
    }

    @Test
    void theSecondNodeIsToldOfTheFirstNodesCommitAndReadsTheEvent() throws Exception {
        CommitNotifications notifications = secondNode.getBean(CommitNotifications.class);
        NotifiedEventSource source = new NotifiedEventSource(
                secondNode.getBean(EventStore.class),
                secondNode.getBean(EventStorageEngine.class),
                notifications,
                Duration.ofMinutes(10));
        CountDownLatch woken = new CountDownLatch(1);
        try (TrackingEventStream stream = source.openStream(source.createHeadToken())) {
            assertThat(stream.setOnAvailableCallback(woken::countDown)).isTrue();
            // the first read of a new stream reads at once; from then on only a commit makes it read again
            assertThat(stream.hasNextAvailable()).isFalse();

            String session = "node-" + UUID.randomUUID();
            long received = notifications.receivedFromDatabase();
            Api.Response stored = api.put(
                    "/api/legal/cookie-consent",
                    Map.of("analytics", false, "marketing", false, "sessionId", session),
                    null);
            assertThat(stored.status()).as(stored.toString()).isEqualTo(200);

            assertThat(woken.await(30, TimeUnit.SECONDS))
                    .as("the second node was told of the commit")
                    .isTrue();
            assertThat(notifications.receivedFromDatabase()).isGreaterThan(received);
            assertThat(stream.hasNextAvailable(30, TimeUnit.SECONDS)).isTrue();
            TrackedEventMessage<?> event = stream.nextAvailable();
            while (!("session:" + session).equals(aggregateOf(event))) {
                assertThat(stream.hasNextAvailable(30, TimeUnit.SECONDS)).isTrue();
                event = stream.nextAvailable();
            }
            assertThat(event.trackingToken().position())
                    .hasValue(Long.parseLong(
                            stored.headers().firstValue("X-Event-Position").orElseThrow()));
        }
    }

    @Test
    void aSuspensionRecordedByTheFirstNodeHoldsOnTheSecondAtOnce() {
        String email = uniqueEmail("second-node");
        String userId = register(email);
        String token = login(email, PASSWORD);
        int port = Integer.parseInt(secondNode.getEnvironment().getProperty("local.server.port"));
        Api second = new Api(port, json).withoutReadYourWrites();
        // the second node answers, and caches "not suspended" for its ten minutes
        assertThat(second.get("/api/users/me", token).status()).isEqualTo(200);
        SuspensionNotifications told = secondNode.getBean(SuspensionNotifications.class);
        long before = told.received();

        // the first node records the suspension (the second runs no projections)
        commands.sendAndWait(new SuspendAccountCommand(
                UserId.of(userId),
                UserId.of("moderator-" + UUID.randomUUID()),
                "spam",
                3,
                "case:00000000-0000-0000-0000-0000000000bb"));

        await(
                "the second node refuses the account",
                Duration.ofSeconds(30),
                () -> second.get("/api/users/me", token).status() == 403);
        assertThat(told.received()).isGreaterThan(before);
    }

    @Test
    void aCancelledListenerHearsNothingMore() throws Exception {
        CommitNotifications notifications = secondNode.getBean(CommitNotifications.class);
        CountDownLatch heard = new CountDownLatch(1);
        Registration registration = notifications.onCommit(heard::countDown);
        registration.cancel();
        notifications.signal();
        assertThat(heard.getCount()).isEqualTo(1);
    }

    private static String aggregateOf(TrackedEventMessage<?> event) {
        return event instanceof org.axonframework.eventhandling.DomainEventMessage<?> domain
                ? domain.getAggregateIdentifier()
                : null;
    }
}
