package org.muejam.infra.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Tests against one S3-compatible server for the class ({@link S3StandIn}), whose credentials are the AWS SDK's
 * default ones while it runs: the stores built from settings take theirs from that chain, as in production.
 */
public abstract class WithS3StandIn {

    protected static S3StandIn server;
    protected static S3Client s3;

    @BeforeAll
    static void startServer() {
        server = S3StandIn.start().asDefaultCredentials();
        s3 = server.client();
    }

    @AfterAll
    static void stopServer() {
        if (s3 != null) {
            s3.close();
        }
        if (server != null) {
            server.close();
        }
    }
}
