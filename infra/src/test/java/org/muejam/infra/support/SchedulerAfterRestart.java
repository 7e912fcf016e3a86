package org.muejam.infra.support;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.testhelper.SettableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManagerSupplier;
import org.axonframework.serialization.Serializer;
import org.springframework.context.ApplicationContext;

/**
 * A db-scheduler and Axon deadline manager started afresh on the application's database, knowing nothing but the
 * {@code scheduled_tasks} table, with a clock set where a test wants it: what a node restarted at that time would
 * run. Built on the running context's DataSource and Axon configuration (a second application context would cost a
 * second node's start for nothing this pair does not already show); the application's own scheduler tells the real
 * time and leaves later deadlines alone.
 */
public final class SchedulerAfterRestart {

    private SchedulerAfterRestart() {}

    /** Runs what is due at {@code at} until {@code done} holds (or {@code wait} passes), then stops. */
    public static void runDueAt(
            Instant at, ApplicationContext context, String what, Duration wait, BooleanSupplier done) {
        DataSource dataSource = context.getBean(DataSource.class);
        Configuration axon = context.getBean(Configuration.class);
        Serializer serializer = context.getBean("eventSerializer", Serializer.class);
        TransactionManager transactions = context.getBean(TransactionManager.class);
        SettableClock clock = new SettableClock();
        clock.set(at);
        DbSchedulerDeadlineManagerSupplier manager = new DbSchedulerDeadlineManagerSupplier();
        Scheduler restarted = Scheduler.create(dataSource, List.of(DbSchedulerDeadlineManager.binaryTask(manager)))
                .clock(clock)
                .schedulerName(new SchedulerName.Fixed("restarted-node"))
                .pollingInterval(Duration.ofMillis(200))
                .threads(1)
                .build();
        manager.set(DbSchedulerDeadlineManager.builder()
                .scheduler(restarted)
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(axon))
                .serializer(serializer)
                .transactionManager(transactions)
                .startScheduler(false)
                .stopScheduler(false)
                .build());
        restarted.start();
        try {
            IntegrationTest.await(what, wait, done);
        } finally {
            restarted.stop();
        }
    }
}
