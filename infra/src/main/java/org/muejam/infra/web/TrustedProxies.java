package org.muejam.infra.web;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/** The proxies whose X-Forwarded-For entries are believed: loopback always, plus configured CIDR ranges. */
public final class TrustedProxies {

    private static final List<String> LOOPBACK_RANGES = List.of("127.0.0.0/8", "::1/128");

    /** Loopback only: what is trusted when nothing else is configured. */
    public static final TrustedProxies LOOPBACK = of(List.of());

    private final List<IpAddressMatcher> ranges;

    private TrustedProxies(List<IpAddressMatcher> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /**
     * Loopback plus the given ranges ("10.0.0.0/8", "2001:db8::/32", or a single address).
     *
     * @throws IllegalArgumentException naming the first entry that is not a CIDR range
     */
    public static TrustedProxies of(List<String> cidrs) {
        List<IpAddressMatcher> ranges = new ArrayList<>();
        for (String cidr : LOOPBACK_RANGES) {
            ranges.add(range(cidr).orElseThrow());
        }
        for (String cidr : cidrs) {
            if (cidr == null || cidr.isBlank()) {
                continue;
            }
            ranges.add(range(cidr.strip())
                    .orElseThrow(() -> new IllegalArgumentException("'" + cidr.strip()
                            + "' is not an IPv4 or IPv6 CIDR range (such as 10.0.0.0/8 or fd00::/8)")));
        }
        return new TrustedProxies(ranges);
    }

    public boolean contains(InetAddress address) {
        String text = address.getHostAddress();
        return ranges.stream().anyMatch(range -> range.matches(text));
    }

    /** Validated here first, so the matcher only ever sees a literal (it would otherwise resolve host names). */
    private static Optional<IpAddressMatcher> range(String cidr) {
        int slash = cidr.indexOf('/');
        Optional<InetAddress> address = IpAddresses.parseBare(slash < 0 ? cidr : cidr.substring(0, slash));
        if (address.isEmpty()) {
            return Optional.empty();
        }
        int bits = address.get().getAddress().length * 8;
        int prefix = bits;
        if (slash >= 0) {
            String given = cidr.substring(slash + 1);
            if (!given.matches("\\d{1,3}") || Integer.parseInt(given) > bits) {
                return Optional.empty();
            }
            prefix = Integer.parseInt(given);
        }
        return Optional.of(new IpAddressMatcher(address.get().getHostAddress() + "/" + prefix));
    }
}
