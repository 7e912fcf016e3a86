package org.muejam.infra.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Strict parsing of IP address literals: never a DNS lookup, never Java's legacy forms such as "10.1". */
public final class IpAddresses {

    private static final String OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    private static final Pattern IPV4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");
    private static final Pattern IPV6_CHARS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
    private static final Pattern PORT = Pattern.compile(":\\d{1,5}");

    private IpAddresses() {}

    /**
     * Parses an IPv4 or IPv6 literal, also as a proxy may write it with a port ("203.0.113.7:4711",
     * "[2001:db8::1]:4711"). Anything else (host names, zone ids, "unknown", garbage) is empty.
     */
    public static Optional<InetAddress> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip();
        if (value.startsWith("[")) {
            int end = value.indexOf(']');
            if (end < 0 || !(end == value.length() - 1 || isPort(value.substring(end + 1)))) {
                return Optional.empty();
            }
            return ipv6(value.substring(1, end));
        }
        int colon = value.indexOf(':');
        if (colon < 0) {
            return ipv4(value);
        }
        if (colon == value.lastIndexOf(':') && isPort(value.substring(colon))) {
            return ipv4(value.substring(0, colon));
        }
        return ipv6(value);
    }

    /** Parses a bare IPv4 or IPv6 literal: no brackets, no port. */
    public static Optional<InetAddress> parseBare(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip();
        return value.indexOf(':') < 0 ? ipv4(value) : ipv6(value);
    }

    /** The canonical text of an address literal, or empty when it is not one. */
    public static Optional<String> normalise(String text) {
        return parse(text).map(InetAddress::getHostAddress);
    }

    /** ":443": a colon and a port number. */
    private static boolean isPort(String text) {
        return PORT.matcher(text).matches() && Integer.parseInt(text.substring(1)) <= 65_535;
    }

    private static Optional<InetAddress> ipv4(String value) {
        if (!IPV4.matcher(value).matches()) {
            return Optional.empty();
        }
        String[] parts = value.split("\\.");
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            bytes[i] = (byte) Integer.parseInt(parts[i]);
        }
        try {
            return Optional.of(InetAddress.getByAddress(bytes));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static Optional<InetAddress> ipv6(String value) {
        if (!IPV6_CHARS.matcher(value).matches() || value.indexOf(':') < 0) {
            return Optional.empty();
        }
        try {
            // in brackets the JDK treats the text as an IPv6 literal only and never falls back to a lookup
            return Optional.of(InetAddress.getByName("[" + value + "]"));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
