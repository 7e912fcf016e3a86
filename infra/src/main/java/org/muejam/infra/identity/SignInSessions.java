package org.muejam.infra.identity;

import java.util.Map;
import org.muejam.command.identity.application.SignIn;
import org.muejam.infra.security.TokenService;
import org.springframework.stereotype.Component;

/** Opens and refreshes the sessions of sign-ins: tokens whose scope follows what the sign-in use case decided. */
@Component
public class SignInSessions {

    private final TokenService tokens;
    private final SignIn signIn;

    public SignInSessions(TokenService tokens, SignIn signIn) {
        this.tokens = tokens;
        this.signIn = signIn;
    }

    public TokenService.Session open(SignIn.SignedIn signedIn) {
        return tokens.open(signedIn.userId(), signedIn.roles(), claims(signedIn.limitedToSetup()));
    }

    /** A refresh carries the roles and the scope as they are now, not as they were at sign-in. */
    public TokenService.Session refresh(String refreshToken) {
        return tokens.refresh(
                refreshToken, signIn::rolesOf, userId -> claims(signIn.limitedToSetup(userId, signIn.rolesOf(userId))));
    }

    private static Map<String, Object> claims(boolean limitedToSetup) {
        return limitedToSetup ? SetupOnlySession.CLAIMS : Map.of();
    }
}
