package org.muejam.infra.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever a client writes into X-Forwarded-For, the address the platform sees is the one the outermost trusted
 * proxy forwarded: spoofed entries, invalid entries and trusted hops never change it.
 */
class ClientAddressProperties {

    private static final TrustedProxies PROXIES = TrustedProxies.of(List.of("10.0.0.0/8"));

    @Property
    void theClientIsTheLastUntrustedHopWhateverItSpoofedBeforeIt(
            @ForAll("untrusted") String client,
            @ForAll("entries") List<String> spoofed,
            @ForAll("invalid") List<String> garbage,
            @ForAll @IntRange(min = 0, max = 4) int trustedHops,
            @ForAll("trusted") String proxy) {
        List<String> chain = new ArrayList<>(spoofed);
        chain.add(client);
        for (int i = 0; i < trustedHops; i++) {
            chain.add("10.0.0." + (i + 1));
        }
        // invalid entries may turn up anywhere: they are skipped
        for (int i = 0; i < garbage.size(); i++) {
            chain.add((i * 7) % (chain.size() + 1), garbage.get(i));
        }
        assertThat(ClientAddress.resolve(proxy, List.of(String.join(", ", chain)), PROXIES))
                .isEqualTo(client);
    }

    @Property
    void anUntrustedConnectionIsTheClientWhateverItForwards(
            @ForAll("untrusted") String peer, @ForAll("entries") List<String> forwarded) {
        assertThat(ClientAddress.resolve(peer, List.of(String.join(",", forwarded)), PROXIES))
                .isEqualTo(peer);
    }

    @Provide
    Arbitrary<String> untrusted() {
        return Arbitraries.integers()
                .between(0, 255)
                .list()
                .ofSize(4)
                .filter(octets -> octets.get(0) != 10 && octets.get(0) != 127)
                .map(octets ->
                        String.join(".", octets.stream().map(String::valueOf).toList()));
    }

    @Provide
    Arbitrary<String> trusted() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(0, 255).map(n -> "10.9.8." + n),
                Arbitraries.of("127.0.0.1", "0:0:0:0:0:0:0:1"));
    }

    @Provide
    Arbitrary<List<String>> entries() {
        return Arbitraries.oneOf(untrusted(), trusted(), Arbitraries.of("2001:db8::1", "[2001:db8::2]:80"))
                .list()
                .ofMaxSize(5);
    }

    @Provide
    Arbitrary<List<String>> invalid() {
        return Arbitraries.oneOf(
                        Arbitraries.of("unknown", "", "300.1.1.1", "_hidden", "10.0.0", "::zz"),
                        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12))
                .list()
                .ofMaxSize(3);
    }
}
