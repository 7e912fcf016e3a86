package org.muejam.infra.config;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerStarter;
import com.github.kagkarlsson.scheduler.boot.config.startup.ContextReadyStart;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Deadlines (a suspension that ends by itself) in PostgreSQL: db-scheduler's Spring Boot starter builds the
 * {@link Scheduler} on the application's DataSource ({@code scheduled_tasks}), and Axon's db-scheduler
 * auto-configuration registers its deadline task with it and builds the {@code DbSchedulerDeadlineManager} on the
 * event serializer. A deadline survives a restart, and one node of many runs it (decision 0037).
 */
@Configuration
public class DeadlineConfig {

    /** The scheduler tells time by the application's clock, so a test that moves the clock moves the deadlines. */
    @Bean
    com.github.kagkarlsson.scheduler.Clock schedulerClock(Clock clock) {
        return clock::instant;
    }

    /**
     * Only a node with the command role runs deadlines: a deadline is delivered to its aggregate, which lives there.
     * Elsewhere the scheduler is never started and leaves the deadlines to the nodes that are.
     */
    @Bean
    DbSchedulerStarter dbSchedulerStarter(
            Scheduler scheduler, @Value("${muejam.roles:command,query,projections}") String roles) {
        if (roles.contains("command")) {
            return new ContextReadyStart(scheduler);
        }
        return () -> {};
    }
}
