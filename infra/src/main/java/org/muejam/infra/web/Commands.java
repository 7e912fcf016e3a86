package org.muejam.infra.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Sends a command and answers as soon as its events are committed: no waiting for read models. The response says
 * where in the log the command's last event stands ({@code X-Event-Position}), so the client can ask a read to
 * wait for it ({@code X-Await-Position}); a command that stored nothing adds no header.
 */
@Component
public class Commands implements InitializingBean {

    public static final String EVENT_POSITION = "X-Event-Position";

    /** The identifier of the last event this thread published; commands are handled on the sending thread. */
    private static final Logger log = LoggerFactory.getLogger(Commands.class);

    private static final ThreadLocal<String> LAST_EVENT = new ThreadLocal<>();

    private final CommandGateway gateway;
    private final EventStore eventStore;
    private final JdbcTemplate jdbc;

    public Commands(CommandGateway gateway, EventStore eventStore, JdbcTemplate jdbc) {
        this.gateway = gateway;
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
    }

    public <R> R send(Object command) {
        LAST_EVENT.remove();
        R result = gateway.sendAndWait(command);
        String lastEvent = LAST_EVENT.get();
        LAST_EVENT.remove();
        if (lastEvent != null) {
            try {
                List<Long> position = jdbc.queryForList(
                        "SELECT global_index FROM domain_event_entry WHERE event_identifier = ?",
                        Long.class,
                        lastEvent);
                if (!position.isEmpty()) {
                    announce(position.get(0));
                }
            } catch (DataAccessException e) {
                // the command is stored; only its position is unknown (events in Axon Server, or the read failed)
                log.debug("no position for event {}: {}", lastEvent, e.getMessage());
            }
        }
        return result;
    }

    /** Sets X-Event-Position on the current response to the furthest position this request stored. */
    private static void announce(long position) {
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
