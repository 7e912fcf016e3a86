package org.muejam.infra.identity;

import org.axonframework.queryhandling.QueryHandler;
import org.muejam.command.identity.TwoFactorDirectory;
import org.muejam.shared.identity.FindTwoFactorStatusQuery;
import org.muejam.shared.identity.TwoFactorStatusResponse;
import org.muejam.shared.identity.UserId;
import org.springframework.stereotype.Component;

/**
 * Answers from the two-factor directory, the command side's own table written in the transaction of the command
 * that turned the factor on or off, so the answer is current without waiting for a projection.
 */
@Component
public class TwoFactorStatusQueries {

    private final TwoFactorDirectory directory;

    public TwoFactorStatusQueries(TwoFactorDirectory directory) {
        this.directory = directory;
    }

    @QueryHandler
    public TwoFactorStatusResponse status(FindTwoFactorStatusQuery query) {
        return new TwoFactorStatusResponse(directory.isEnabled(UserId.of(query.userId())));
    }
}
