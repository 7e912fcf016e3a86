package org.muejam.infra.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Resolves the client's address once per request, trusting the configured proxies' X-Forwarded-For. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class ClientAddressFilter extends OncePerRequestFilter {

    private final TrustedProxies trusted;

    public ClientAddressFilter(TrustedProxies trusted) {
        this.trusted = trusted;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.setAttribute(ClientAddress.ATTRIBUTE, ClientAddress.resolve(request, trusted));
        chain.doFilter(request, response);
    }
}
