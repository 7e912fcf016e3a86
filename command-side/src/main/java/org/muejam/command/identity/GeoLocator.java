package org.muejam.command.identity;

/** Where an address is, as far as can be told offline: its network (address prefix) and country, if known. */
public interface GeoLocator {

    record Location(String network, String country) {
        public static final Location UNKNOWN = new Location(null, null);
    }

    Location locate(String ipAddress);
}
