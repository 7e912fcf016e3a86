package org.muejam.infra.identity;

import java.util.Map;
import org.muejam.command.identity.application.SignIn;
import org.muejam.infra.security.SuspendedAccounts;
import org.muejam.infra.security.TokenService;
import org.springframework.stereotype.Component;

/** Opens and refreshes the sessions of sign-ins: tokens whose scope follows what the sign-in use case decided. */
@Component
public class SignInSessions {

    private final TokenService tokens;
    private final SignIn signIn;
    private final SuspendedAccounts suspensions;

    public SignInSessions(TokenService tokens, SignIn signIn, SuspendedAccounts suspensions) {
        this.tokens = tokens;
        this.signIn = signIn;
        this.suspensions = suspensions;
    }

    public TokenService.Session open(SignIn.SignedIn signedIn) {
        return tokens.open(signedIn.userId(), signedIn.roles(), claims(signedIn.limitedToSetup()));
    }

    /**
     * A refresh carries the roles and the scope as they are now, not as they were at sign-in; a suspended account's
     * refresh is refused (403 account-suspended) and its refresh token is not spent.
     */
    public TokenService.Session refresh(String refreshToken) {
        return tokens.refresh(
                refreshToken,
                userId -> {
                    suspensions.requireNotSuspended(userId);
                    return signIn.rolesOf(userId);
                },
                userId -> claims(signIn.limitedToSetup(userId, signIn.rolesOf(userId))));
    }

    private static Map<String, Object> claims(boolean limitedToSetup) {
        return limitedToSetup ? SetupOnlySession.CLAIMS : Map.of();
    }
}
