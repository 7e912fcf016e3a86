package org.muejam.infra.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.muejam.infra.web.ProblemWriter;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * The 401 for a bearer token that is refused. A check of ours ({@link ExternalSignIn.Explained}) names what is wrong
 * in its own words; anything else gets a general answer, since the decoder's own words name its internals and can
 * quote the token.
 */
final class TokenRefusal {

    static final String PROBLEMS = "/problems/";

    private TokenRefusal() {}

    static void write(
            ProblemWriter problems, HttpServletRequest request, HttpServletResponse response, Throwable failure)
            throws IOException {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JwtValidationException invalid) {
                for (OAuth2Error error : invalid.getErrors()) {
                    if (error.getUri() != null && error.getUri().startsWith(PROBLEMS)) {
                        problems.write(
                                request,
                                response,
                                401,
                                error.getUri().substring(PROBLEMS.length()),
                                "Unauthorized",
                                error.getDescription(),
                                null);
                        return;
                    }
                }
            }
        }
        problems.write(
                request,
                response,
                401,
                "unauthorized",
                "Unauthorized",
                "the bearer token is not valid: malformed, expired, revoked or not issued for this platform; sign in "
                        + "again",
                null);
    }
}
