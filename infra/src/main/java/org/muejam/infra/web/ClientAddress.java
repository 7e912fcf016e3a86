package org.muejam.infra.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The address of the client that sent a request. */
public final class ClientAddress {

    private ClientAddress() {
    }

    /** The client of the request being handled on this thread, or null outside a request. */
    public static String current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? of(attributes.getRequest()) : null;
    }

    public static String of(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
