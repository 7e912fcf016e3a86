package org.muejam.infra.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.muejam.infra.web.ProblemWriter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A token of the external issuer whose identity has no local account yet signs in to nothing: the request goes on
 * as anonymous (public endpoints answer as to anyone), with the identity kept aside for the one endpoint that
 * registers it, {@value #REGISTER}. Where a sign-in is needed the answer is 403 /problems/external-account-not-linked
 * naming that endpoint, so a client knows the next step.
 */
public final class ExternalAccountGate extends OncePerRequestFilter {

    public static final String REGISTER = "/api/auth/oidc/register";

    private static final String ATTRIBUTE = ExternalAccountGate.class.getName() + ".UNLINKED";

    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    /** The verified external identity with no account behind it that this request presents, if it does. */
    public static Optional<UnlinkedExternalIdentity> unlinked(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof UnlinkedExternalIdentity identity
                ? Optional.of(identity)
                : Optional.empty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = contexts.getContext().getAuthentication();
        if (authentication instanceof UnlinkedExternalIdentity identity) {
            request.setAttribute(ATTRIBUTE, identity);
            contexts.setContext(contexts.createEmptyContext());
        }
        chain.doFilter(request, response);
    }

    /** The answer where a sign-in is needed and the request presents an identity with no account. */
    static void refuse(ProblemWriter problems, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        problems.write(
                request,
                response,
                403,
                "external-account-not-linked",
                "Account setup required",
                "your sign-in at the external issuer has no account here yet: POST " + REGISTER + " with the same "
                        + "bearer token and {\"displayName\",\"birthDate\",\"acceptedDocuments\"} (and \"email\" when "
                        + "the issuer does not vouch for one), then use the token as before",
                Map.of("register", REGISTER));
    }
}
