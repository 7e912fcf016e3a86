package org.muejam.infra.identity;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.muejam.command.identity.GeoLocator;
import org.springframework.stereotype.Component;

/**
 * The offline default: the network is the address's /24 (IPv4) or /48 (IPv6) prefix; the country stays unknown
 * until a geolocation database adapter replaces this one.
 */
@Component
public class PrefixGeoLocator implements GeoLocator {

    @Override
    public Location locate(String ipAddress) {
        if (ipAddress == null || ipAddress.isBlank() || !ipAddress.matches("[0-9a-fA-F:.]+")) {
            return Location.UNKNOWN;
        }
        try {
            byte[] address = InetAddress.getByName(ipAddress).getAddress();
            int keep = address.length == 4 ? 3 : 6;
            StringBuilder network = new StringBuilder(address.length == 4 ? "v4:" : "v6:");
            for (int i = 0; i < keep; i++) {
                network.append(i == 0 ? "" : ".").append(address[i] & 0xff);
            }
            return new Location(network.toString(), null);
        } catch (UnknownHostException e) {
            return Location.UNKNOWN;
        }
    }
}
