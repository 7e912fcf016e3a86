package org.muejam.command.gdpr.application;

import java.time.Instant;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.muejam.command.gdpr.DataExportPolicy;
import org.muejam.command.shared.DomainRuleViolation;
import org.muejam.shared.gdpr.GdprIds;
import org.muejam.shared.gdpr.RequestDataExportCommand;
import org.muejam.shared.identity.UserId;
import org.springframework.stereotype.Service;

/**
 * A signed-in person asks for an export of their data: the request is an event of its own export aggregate, refused
 * when the person's previous export was asked for within 24 hours.
 */
@Service
public class DataExports {

    private final CommandGateway commands;

    public DataExports(CommandGateway commands) {
        this.commands = commands;
    }

    /** Returns the new export's id; {@link ExportRateLimited} within 24 hours of the person's previous export. */
    public String request(UserId person) {
        String exportId = GdprIds.randomExport();
        try {
            commands.sendAndWait(new RequestDataExportCommand(exportId, person));
        } catch (DomainRuleViolation violation) {
            throw translated(violation);
        } catch (CommandExecutionException failure) {
            if (failure.getCause() instanceof DomainRuleViolation violation) {
                throw translated(violation);
            }
            throw failure;
        }
        return exportId;
    }

    private static RuntimeException translated(DomainRuleViolation violation) {
        if (DataExportPolicy.RATE_LIMITED.equals(violation.problemType())) {
            return new ExportRateLimited(
                    Instant.parse(String.valueOf(violation.properties().get("nextExportAt"))), violation.getMessage());
        }
        return violation;
    }
}
