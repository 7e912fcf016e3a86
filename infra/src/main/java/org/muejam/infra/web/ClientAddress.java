package org.muejam.infra.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address of the client that sent a request: the connection's address, or, when the connection comes from a
 * trusted proxy, the X-Forwarded-For entry that the outermost trusted proxy added.
 */
public final class ClientAddress {

    /** Where {@link ClientAddressFilter} keeps the address it resolved with the configured trusted proxies. */
    public static final String ATTRIBUTE = "muejam.clientAddress";

    public static final String FORWARDED_FOR = "X-Forwarded-For";

    private ClientAddress() {}

    /** The client of the request being handled on this thread, or null outside a request. */
    public static String current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? of(attributes.getRequest())
                : null;
    }

    public static String of(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof String known) {
            return known;
        }
        return resolve(request, TrustedProxies.LOOPBACK);
    }

    static String resolve(HttpServletRequest request, TrustedProxies trusted) {
        return resolve(request.getRemoteAddr(), Collections.list(request.getHeaders(FORWARDED_FOR)), trusted);
    }

    /**
     * Walks X-Forwarded-For from the right, skipping trusted addresses and entries that are no address at all;
     * the first untrusted address is the client. When every entry is trusted the leftmost one is.
     */
    public static String resolve(String remoteAddress, List<String> forwardedFor, TrustedProxies trusted) {
        Optional<InetAddress> peer = IpAddresses.parseBare(remoteAddress);
        if (peer.isEmpty()) {
            return remoteAddress;
        }
        if (!trusted.contains(peer.get())) {
            return peer.get().getHostAddress();
        }
        List<InetAddress> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String entry : header.split(",")) {
                IpAddresses.parse(entry).ifPresent(hops::add);
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trusted.contains(hops.get(i))) {
                return hops.get(i).getHostAddress();
            }
        }
        return (hops.isEmpty() ? peer.get() : hops.get(0)).getHostAddress();
    }
}
