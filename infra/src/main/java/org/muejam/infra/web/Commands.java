package org.muejam.infra.web;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.muejam.infra.projections.ProjectionBarrier;
import org.springframework.stereotype.Component;

/** Sends a command, waits until it is stored, then until the read models have caught up with it. */
@Component
public class Commands {

    private final CommandGateway gateway;
    private final ProjectionBarrier barrier;

    public Commands(CommandGateway gateway, ProjectionBarrier barrier) {
        this.gateway = gateway;
        this.barrier = barrier;
    }

    public <R> R send(Object command, String aggregateId) {
        R result = gateway.sendAndWait(command);
        barrier.awaitAggregate(aggregateId);
        return result;
    }
}
