package org.muejam.command.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.junit.jupiter.api.Test;

/** A query's answer, or the refusal its handler threw, as thrown. */
class QueriesTest {

    record Ask(String what) {}

    static final class Handler {
        @QueryHandler
        String answer(Ask ask) {
            return switch (ask.what()) {
                case "missing" -> throw DomainRuleViolation.notFound("no-such-thing", "id", "not found");
                case "broken" -> throw new IllegalStateException("broken");
                default -> "answer to " + ask.what();
            };
        }
    }

    private final DefaultQueryGateway gateway;

    QueriesTest() {
        SimpleQueryBus bus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(new Handler()).subscribe(bus);
        gateway = DefaultQueryGateway.builder().queryBus(bus).build();
    }

    @Test
    void theAnswerIsReturned() {
        assertThat(Queries.ask(gateway, new Ask("life"), ResponseTypes.instanceOf(String.class)))
                .isEqualTo("answer to life");
    }

    @Test
    void aRefusalReachesTheCallerUnwrapped() {
        assertThatThrownBy(() -> Queries.ask(gateway, new Ask("missing"), ResponseTypes.instanceOf(String.class)))
                .isInstanceOfSatisfying(DomainRuleViolation.class, v -> {
                    assertThat(v.kind()).isEqualTo(DomainRuleViolation.Kind.NOT_FOUND);
                    assertThat(v.problemType()).isEqualTo("no-such-thing");
                });
        assertThatThrownBy(() -> Queries.ask(gateway, new Ask("broken"), ResponseTypes.instanceOf(String.class)))
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("broken");
    }
}
