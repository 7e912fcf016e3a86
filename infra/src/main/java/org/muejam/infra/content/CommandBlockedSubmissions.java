package org.muejam.infra.content;

import jakarta.annotation.PreDestroy;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.muejam.command.content.screening.BlockedSubmissions;
import org.muejam.command.content.screening.FilterOutcome;
import org.muejam.shared.content.ContentType;
import org.muejam.shared.content.filters.RecordContentBlockedCommand;
import org.muejam.shared.identity.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Records refused submissions as {@code ContentBlockedEvent}s. The refusal is thrown inside (or right before) the
 * submitting command's unit of work, which rolls back; a command sent from that thread would join it and roll back
 * too. So the record is sent from a thread of its own, in a unit of work and transaction of its own. The queue is
 * bounded: under a flood of refusals the overflow is logged, not queued without end.
 */
@Component
public class CommandBlockedSubmissions implements BlockedSubmissions {

    private static final Logger log = LoggerFactory.getLogger(CommandBlockedSubmissions.class);

    private final CommandGateway commands;
    private final ThreadPoolExecutor executor;

    public CommandBlockedSubmissions(CommandGateway commands) {
        this.commands = commands;
        this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1000), runnable -> {
            Thread thread = new Thread(runnable, "content-blocked-records");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void record(ContentType type, UserId author, String field, FilterOutcome.Block block) {
        RecordContentBlockedCommand command = new RecordContentBlockedCommand(
                UUID.randomUUID().toString(),
                type,
                author == null ? null : author.value(),
                block.rule(),
                block.category(),
                field,
                block.urlHost());
        try {
            executor.execute(() -> {
                try {
                    commands.sendAndWait(command);
                } catch (RuntimeException e) {
                    log.warn("could not record a refused {} ({}): {}", type, block.rule(), e.toString());
                }
            });
        } catch (RejectedExecutionException e) {
            log.warn("too many refused submissions to record; one by {} not recorded", block.rule());
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }
}
