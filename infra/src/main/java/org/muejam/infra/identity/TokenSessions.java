package org.muejam.infra.identity;

import org.muejam.command.identity.Sessions;
import org.muejam.infra.security.TokenService;
import org.muejam.shared.identity.UserId;
import org.springframework.stereotype.Component;

/** Ends sessions by revoking their refresh tokens; access tokens run out on their own within minutes. */
@Component
public class TokenSessions implements Sessions {

    private final TokenService tokens;

    public TokenSessions(TokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    public void endAll(UserId userId) {
        tokens.revokeAll(userId.value());
    }
}
