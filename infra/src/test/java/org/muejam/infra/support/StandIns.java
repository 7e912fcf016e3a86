package org.muejam.infra.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/** Stand-ins for the HTTP services outside the platform: WireMock on a free loopback port, set up here once. */
public final class StandIns {

    private StandIns() {}

    /**
     * For one test class, registered with {@code @RegisterExtension} on a static field: started before its first
     * test, emptied of stubs and recorded requests before each test, stopped after the last.
     */
    public static WireMockExtension perTestClass() {
        return WireMockExtension.newInstance().options(options()).build();
    }

    /** For the whole test JVM (shared by every application context): started now, stopped when the JVM exits. */
    public static WireMockServer perJvm() {
        WireMockServer server = new WireMockServer(options());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    private static WireMockConfiguration options() {
        return WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1");
    }
}
