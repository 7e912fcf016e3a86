package org.muejam.infra.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.springframework.util.FileSystemUtils;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;

/**
 * A real S3-compatible server for tests: Adobe S3Mock, its executable jar (copied from Maven Central by the build to
 * the path in the system property {@code s3mock.jar}) run as a child process on free loopback ports, with its files
 * in a temporary folder. It is a Spring Boot 4 application, so it runs beside the platform's Spring Boot, not in it.
 */
public final class S3StandIn implements AutoCloseable {

    /** S3Mock checks no signature, but the SDK signs every request. */
    public static final String ACCESS_KEY = "test-access-key";

    public static final String SECRET_KEY = "test-secret-key";

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Process process;
    private final Path root;
    private final Path log;
    private final int port;
    private final Thread killer;
    private final Map<String, String> propertiesBefore = new HashMap<>();

    private S3StandIn(Process process, Path root, Path log, int port) {
        this.process = process;
        this.root = root;
        this.log = log;
        this.port = port;
        // should the test JVM end without close(), the child must not outlive it
        this.killer = new Thread(process::destroyForcibly);
        Runtime.getRuntime().addShutdownHook(killer);
    }

    /** Starts the server and returns once it answers S3 requests. */
    public static S3StandIn start() {
        String jar = System.getProperty("s3mock.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("S3Mock's jar is not at " + jar
                    + ": run the tests through Maven, which copies it to infra/target/s3mock/s3mock.jar");
        }
        try {
            Path root = Files.createTempDirectory("s3mock-root");
            Path log = Files.createTempFile("s3mock", ".log");
            int port = freePort();
            String java =
                    Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(List.of(
                            java,
                            "-Xmx256m",
                            "-XX:TieredStopAtLevel=1",
                            "-XX:+UseSerialGC",
                            "-jar",
                            jar,
                            "--http.port=" + port,
                            // its HTTPS connector, unused here, on a free port of its own
                            "--server.port=" + freePort(),
                            "--server.address=127.0.0.1",
                            "--com.adobe.testing.s3mock.store.root=" + root,
                            "--spring.main.banner-mode=off"))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            S3StandIn server = new S3StandIn(process, root, log, port);
            server.awaitReady();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** A client for this server: path-style addressing, fixed test credentials, us-east-1. */
    public S3Client client() {
        return clientBuilder().build();
    }

    /** A bucket as production needs it: created with Object Lock, which on S3 also turns versioning on. */
    public String lockedBucket() {
        String bucket = "locked-" + UUID.randomUUID();
        try (S3Client s3 = client()) {
            s3.createBucket(b -> b.bucket(bucket).objectLockEnabledForBucket(true));
            // S3 does this itself for an Object Lock bucket; S3Mock needs to be told
            s3.putBucketVersioning(
                    b -> b.bucket(bucket).versioningConfiguration(v -> v.status(BucketVersioningStatus.ENABLED)));
        }
        return bucket;
    }

    public S3ClientBuilder clientBuilder() {
        return S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .endpointOverride(endpoint())
                .region(Region.US_EAST_1)
                .forcePathStyle(true)
                .credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)));
    }

    /**
     * Makes this server's test credentials the AWS SDK's default ones (system properties), as production code that
     * builds its own client from settings finds them; {@link #close()} puts the earlier values back.
     */
    public S3StandIn asDefaultCredentials() {
        setProperty("aws.accessKeyId", ACCESS_KEY);
        setProperty("aws.secretAccessKey", SECRET_KEY);
        return this;
    }

    private void setProperty(String name, String value) {
        propertiesBefore.putIfAbsent(name, System.getProperty(name));
        System.setProperty(name, value);
    }

    @Override
    public void close() {
        propertiesBefore.forEach((name, before) -> {
            if (before == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, before);
            }
        });
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(killer);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
        try {
            FileSystemUtils.deleteRecursively(root);
            Files.deleteIfExists(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!answers()) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                String output = output();
                close();
                throw new IllegalStateException("S3Mock did not start on port " + port + ":\n" + output);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IllegalStateException("interrupted while S3Mock was starting", e);
            }
        }
    }

    /** ListBuckets answers 200 once the server is up. */
    private boolean answers() {
        try {
            HttpURLConnection connection =
                    (HttpURLConnection) endpoint().resolve("/").toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(5000);
            try {
                return connection.getResponseCode() == 200;
            } finally {
                connection.disconnect();
            }
        } catch (IOException notYet) {
            return false;
        }
    }

    private String output() {
        try {
            String all = Files.readString(log, StandardCharsets.UTF_8);
            return all.length() > 4000 ? all.substring(all.length() - 4000) : all;
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
