package org.muejam.infra.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Commands answer as soon as their events are committed, and the response says where in the log the request's last
 * event stands ({@code X-Event-Position}), so the client can ask a read to wait for it ({@code X-Await-Position}).
 * Whoever sends the command (a controller or a use case, through Axon's command gateway), the header is set once the
 * command's unit of work has committed; a command that stored nothing, or failed, adds no header.
 */
@Component
public class EventPositionHeader implements InitializingBean {

    public static final String EVENT_POSITION = "X-Event-Position";

    private static final Logger log = LoggerFactory.getLogger(EventPositionHeader.class);

    /** The identifier of the last event this thread published; commands are handled on the sending thread. */
    private static final ThreadLocal<String> LAST_EVENT = new ThreadLocal<>();

    private final CommandBus commandBus;
    private final EventStore eventStore;
    private final JdbcTemplate jdbc;

    public EventPositionHeader(CommandBus commandBus, EventStore eventStore, JdbcTemplate jdbc) {
        this.commandBus = commandBus;
        this.eventStore = eventStore;
        this.jdbc = jdbc;
    }

    @Override
    public void afterPropertiesSet() {
        MessageDispatchInterceptor<EventMessage<?>> remember = messages -> (index, event) -> {
            LAST_EVENT.set(event.getIdentifier());
            return event;
        };
        eventStore.registerDispatchInterceptor(remember);
        MessageHandlerInterceptor<CommandMessage<?>> announceAfterCommit = (unitOfWork, chain) -> {
            LAST_EVENT.remove();
            unitOfWork.afterCommit(committed -> announce());
            unitOfWork.onCleanup(done -> LAST_EVENT.remove());
            return chain.proceed();
        };
        commandBus.registerHandlerInterceptor(announceAfterCommit);
    }

    private void announce() {
        String lastEvent = LAST_EVENT.get();
        if (lastEvent == null) {
            return;
        }
        try {
            List<Long> position = jdbc.queryForList(
                    "SELECT global_index FROM domain_event_entry WHERE event_identifier = ?", Long.class, lastEvent);
            if (!position.isEmpty()) {
                setHeader(position.get(0));
            }
        } catch (DataAccessException e) {
            // the command is stored; only its position is unknown (events in Axon Server, or the read failed)
            log.debug("no position for event {}: {}", lastEvent, e.getMessage());
        }
    }

    /** Sets X-Event-Position on the current response to the furthest position this request stored. */
    private static void setHeader(long position) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
                || attributes.getResponse() == null) {
            return;
        }
        HttpServletResponse response = attributes.getResponse();
        String earlier = response.getHeader(EVENT_POSITION);
        long furthest = earlier == null ? position : Math.max(position, Long.parseLong(earlier));
        response.setHeader(EVENT_POSITION, Long.toString(furthest));
    }
}
