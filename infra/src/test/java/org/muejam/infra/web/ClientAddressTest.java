package org.muejam.infra.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;

/** Which address is the client's: the connection's, or the entry the outermost trusted proxy forwarded. */
class ClientAddressTest {

    private static final TrustedProxies PROXIES = TrustedProxies.of(List.of("10.0.0.0/8", "2001:db8:aa::/48"));

    private static String resolve(String remote, String... forwardedFor) {
        return ClientAddress.resolve(remote, List.of(forwardedFor), PROXIES);
    }

    @Test
    void aDirectClientIsTheConnectionsAddressWhateverItForwards() {
        assertThat(resolve("198.51.100.7", "203.0.113.9")).isEqualTo("198.51.100.7");
    }

    @Test
    void behindATrustedProxyTheClientIsTheAddressItForwarded() {
        assertThat(resolve("10.1.2.3", "203.0.113.9")).isEqualTo("203.0.113.9");
    }

    @Test
    void loopbackIsTrustedWithoutConfiguration() {
        assertThat(ClientAddress.resolve("127.0.0.1", List.of("203.0.113.9"), TrustedProxies.LOOPBACK))
                .isEqualTo("203.0.113.9");
        assertThat(ClientAddress.resolve("0:0:0:0:0:0:0:1", List.of("203.0.113.9"), TrustedProxies.LOOPBACK))
                .isEqualTo("203.0.113.9");
    }

    @Test
    void aChainOfTrustedProxiesIsWalkedFromTheRight() {
        assertThat(resolve("10.0.0.1", "192.0.2.66, 203.0.113.9, 10.0.0.7, 10.9.9.9"))
                .isEqualTo("203.0.113.9");
    }

    @Test
    void whatTheClientWroteLeftOfTheFirstUntrustedEntryIsIgnored() {
        // the client sent "X-Forwarded-For: 10.0.0.5" hoping to pass as a proxy; the proxy appended its address
        assertThat(resolve("10.0.0.1", "10.0.0.5, 198.51.100.23")).isEqualTo("198.51.100.23");
    }

    @Test
    void severalHeadersAreOneListInOrder() {
        assertThat(resolve("10.0.0.1", "192.0.2.1", "198.51.100.2, 10.0.0.3")).isEqualTo("198.51.100.2");
    }

    @Test
    void invalidEntriesAreSkipped() {
        assertThat(resolve("10.0.0.1", "198.51.100.2, unknown, 10.0.0.300, evil.example, , 10.0.0.4"))
                .isEqualTo("198.51.100.2");
    }

    @Test
    void whenEveryEntryIsTrustedTheLeftmostIsTheClient() {
        assertThat(resolve("10.0.0.1", "10.0.0.8, 10.0.0.9")).isEqualTo("10.0.0.8");
    }

    @Test
    void withoutAnyValidEntryTheProxyItselfIsTheClient() {
        assertThat(resolve("10.0.0.1")).isEqualTo("10.0.0.1");
        assertThat(resolve("10.0.0.1", "garbage")).isEqualTo("10.0.0.1");
    }

    @Test
    void ipv6ClientsAndProxiesWork() {
        assertThat(resolve("2001:db8:aa::1", "2001:db8:ff::42")).isEqualTo("2001:db8:ff:0:0:0:0:42");
        assertThat(resolve("2001:db8:bb::1", "203.0.113.9")).isEqualTo("2001:db8:bb:0:0:0:0:1");
    }

    @ParameterizedTest
    @CsvSource({
        "'203.0.113.9:4711', 203.0.113.9",
        "'[2001:db8:ff::42]', 2001:db8:ff:0:0:0:0:42",
        "'[2001:db8:ff::42]:443', 2001:db8:ff:0:0:0:0:42",
        "' 203.0.113.9 ', 203.0.113.9"
    })
    void entriesWithPortsOrBracketsAreUnderstood(String entry, String client) {
        assertThat(resolve("10.0.0.1", entry)).isEqualTo(client);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "localhost",
                "10.1",
                "010.0.0.1",
                "1.2.3.4.5",
                "::1%eth0",
                "[::1",
                "1.2.3.4:99999",
                "::g",
                "1:2:3",
                "example.org",
                "256.0.0.1"
            })
    void textThatIsNoAddressLiteralIsNotParsed(String text) {
        assertThat(IpAddresses.parse(text)).isEmpty();
    }

    @Test
    void theFilterResolvesOnceWithTheConfiguredProxiesAndTheRequestKeepsIt() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("10.20.30.40");
        request.addHeader("X-Forwarded-For", "198.51.100.77");
        assertThat(ClientAddress.of(request))
                .as("10/8 is not trusted by default")
                .isEqualTo("10.20.30.40");
        request.setAttribute(ClientAddress.ATTRIBUTE, ClientAddress.resolve(request, PROXIES));
        assertThat(ClientAddress.of(request)).isEqualTo("198.51.100.77");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "10.0.0.0/33",
                "10.0.0.0/",
                "10.0.0/8",
                "proxy.internal",
                "2001:db8::/129",
                "/8",
                "10.0.0.0/8/8",
                "[::1]/128"
            })
    void aTrustedProxyThatIsNoCidrRangeIsRefusedNamingIt(String cidr) {
        assertThatThrownBy(() -> TrustedProxies.of(List.of(cidr)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(cidr);
    }

    @Test
    void aBadScraperAddressStopsTheStartNamingTheVariable() {
        assertThatThrownBy(() -> new org.muejam.infra.security.SecuritySettings(
                        List.of(), java.time.Duration.ofHours(24), List.of("prometheus.internal")))
                .hasMessageContaining("MUEJAM_METRICS_SCRAPERS")
                .hasMessageContaining("'prometheus.internal'");
    }

    @Test
    void aBadTrustedProxySettingStopsTheStartNamingTheVariable() {
        assertThatThrownBy(() -> new org.muejam.infra.security.SecuritySettings(
                        List.of("10.0.0.0/8", "proxy"), java.time.Duration.ofHours(24), List.of()))
                .hasMessageContaining("MUEJAM_TRUSTED_PROXIES")
                .hasMessageContaining("'proxy'");
    }

    @Test
    void singleAddressesAndBlankEntriesAreAcceptedAsTrustedProxies() {
        TrustedProxies proxies = TrustedProxies.of(List.of(" 192.0.2.10 ", "", "fd00::/8"));
        assertThat(ClientAddress.resolve("192.0.2.10", List.of("198.51.100.1"), proxies))
                .isEqualTo("198.51.100.1");
        assertThat(ClientAddress.resolve("192.0.2.11", List.of("198.51.100.1"), proxies))
                .isEqualTo("192.0.2.11");
        assertThat(ClientAddress.resolve("fd12::1", List.of("198.51.100.1"), proxies))
                .isEqualTo("198.51.100.1");
    }
}
