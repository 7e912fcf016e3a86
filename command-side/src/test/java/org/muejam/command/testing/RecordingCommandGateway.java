package org.muejam.command.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.Registration;
import org.axonframework.messaging.MessageDispatchInterceptor;

/** A command gateway that keeps what was sent, and refuses the commands a fixture says the aggregate refuses. */
public final class RecordingCommandGateway implements CommandGateway {

    private final List<Object> sent = new ArrayList<>();
    private final Map<Class<?>, RuntimeException> refusals = new HashMap<>();
    private final Map<Class<?>, Object> answers = new HashMap<>();

    /** Commands of this type are refused with the failure (after being recorded as sent). */
    public RecordingCommandGateway refuse(Class<?> commandType, RuntimeException failure) {
        refusals.put(commandType, failure);
        return this;
    }

    /** Commands of this type return {@code result}, as a handler that answers rather than throws does. */
    public RecordingCommandGateway answer(Class<?> commandType, Object result) {
        answers.put(commandType, result);
        return this;
    }

    public List<Object> sent() {
        return List.copyOf(sent);
    }

    public <C> List<C> sent(Class<C> type) {
        return sent.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> R sendAndWait(Object command) {
        sent.add(command);
        RuntimeException refusal = refusals.get(command.getClass());
        if (refusal != null) {
            throw refusal;
        }
        return (R) answers.get(command.getClass());
    }

    @Override
    public <R> R sendAndWait(Object command, long timeout, TimeUnit unit) {
        return sendAndWait(command);
    }

    @Override
    public <R> CompletableFuture<R> send(Object command) {
        try {
            return CompletableFuture.completedFuture(sendAndWait(command));
        } catch (RuntimeException refusal) {
            return CompletableFuture.failedFuture(refusal);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <C, R> void send(C command, CommandCallback<? super C, ? super R> callback) {
        CommandMessage<C> message = org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage(command);
        try {
            sendAndWait(command);
            callback.onResult(message, GenericCommandResultMessage.asCommandResultMessage((R) null));
        } catch (RuntimeException refusal) {
            callback.onResult(message, GenericCommandResultMessage.asCommandResultMessage(refusal));
        }
    }

    @Override
    public Registration registerDispatchInterceptor(
            MessageDispatchInterceptor<? super CommandMessage<?>> dispatchInterceptor) {
        return () -> true;
    }
}
