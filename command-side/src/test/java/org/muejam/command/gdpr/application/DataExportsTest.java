package org.muejam.command.gdpr.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.axonframework.commandhandling.CommandExecutionException;
import org.junit.jupiter.api.Test;
import org.muejam.command.gdpr.DataExportPolicy;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.command.testing.RecordingCommandGateway;
import org.muejam.shared.gdpr.GdprIds;
import org.muejam.shared.gdpr.RequestDataExportCommand;
import org.muejam.shared.identity.UserId;

class DataExportsTest {

    private static final UserId PERSON = UserId.of("person-1");
    private static final Instant NEXT = Instant.parse("2026-07-02T08:00:00Z");

    @Test
    void anExportIsAskedForUnderAFreshExportId() {
        RecordingCommandGateway commands = new RecordingCommandGateway();
        String id = new DataExports(commands).request(PERSON);
        assertThat(GdprIds.isExport(id)).isTrue();
        assertThat(commands.sent(RequestDataExportCommand.class))
                .containsExactly(new RequestDataExportCommand(id, PERSON));
    }

    @Test
    void aRateLimitedRequestSaysWhenTheNextMayBeAskedFor() {
        RecordingCommandGateway commands = new RecordingCommandGateway()
                .refuse(RequestDataExportCommand.class, DataExportPolicy.rateLimited(NEXT));
        assertThatThrownBy(() -> new DataExports(commands).request(PERSON))
                .isInstanceOfSatisfying(
                        ExportRateLimited.class,
                        e -> assertThat(e.nextExportAt()).isEqualTo(NEXT));
    }

    @Test
    void aRateLimitWrappedByTheCommandBusIsUnwrapped() {
        RecordingCommandGateway commands = new RecordingCommandGateway()
                .refuse(
                        RequestDataExportCommand.class,
                        new CommandExecutionException("refused", DataExportPolicy.rateLimited(NEXT)));
        assertThatThrownBy(() -> new DataExports(commands).request(PERSON))
                .isInstanceOfSatisfying(
                        ExportRateLimited.class,
                        e -> assertThat(e.nextExportAt()).isEqualTo(NEXT));
    }

    @Test
    void otherRefusalsPassThroughUnchanged() {
        DomainRuleViolation other = DomainRuleViolation.invalid("requester-required", null, "no");
        RecordingCommandGateway commands = new RecordingCommandGateway().refuse(RequestDataExportCommand.class, other);
        assertThatThrownBy(() -> new DataExports(commands).request(PERSON)).isSameAs(other);
        CommandExecutionException wrapped = new CommandExecutionException("refused", other);
        RecordingCommandGateway wrapping =
                new RecordingCommandGateway().refuse(RequestDataExportCommand.class, wrapped);
        assertThatThrownBy(() -> new DataExports(wrapping).request(PERSON)).isSameAs(other);
        CommandExecutionException failure = new CommandExecutionException("down", new IllegalStateException());
        RecordingCommandGateway failing = new RecordingCommandGateway().refuse(RequestDataExportCommand.class, failure);
        assertThatThrownBy(() -> new DataExports(failing).request(PERSON)).isSameAs(failure);
    }
}
