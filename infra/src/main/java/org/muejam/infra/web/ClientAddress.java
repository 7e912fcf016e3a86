package org.muejam.infra.web;

import jakarta.servlet.http.HttpServletRequest;

/** The address of the client that sent a request. */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
