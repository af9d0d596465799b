package io.simadmin.security.keycloak;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Keycloak's own distribution (unpacked by the build from Maven Central) started as a child process in dev mode on
 * free ports, with an in-memory database and the simadmin realm imported. When it cannot run here (not unpacked,
 * no JDK it accepts, too slow to start) the calling test is <em>skipped</em> with the reason, never passed.
 */
final class KeycloakProcess implements AutoCloseable {

    /** The first start of a fresh unpack also builds Keycloak (about 1.5-3 min on 2 cores); later starts ~40 s. */
    static final Duration START_TIMEOUT = Duration.ofSeconds(Long.getLong("keycloak.start-timeout-seconds", 170));

    private final Process process;
    private final Path log;
    private final int port;

    private KeycloakProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts Keycloak with {@code realmFile} imported, or aborts the test (skipped) saying why. */
    static KeycloakProcess startOrSkip(Path home, Path realmFile) {
        Assumptions.assumeFalse(Boolean.getBoolean("keycloak.skip"),
                "Keycloak test skipped: -Dkeycloak.skip=true (the distribution was not downloaded).");
        Path launcher = home.resolve("bin/kc.sh");
        Assumptions.assumeTrue(Files.isRegularFile(launcher), "Keycloak test skipped: no Keycloak distribution at "
                + home + " (the build unpacks org.keycloak:keycloak-quarkus-dist from Maven Central; was it refused?).");
        int port = freePort();
        int managementPort = freePort();
        Path log;
        Process process;
        try {
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.copy(realmFile, imports.resolve("simadmin-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            log = Files.createTempFile("keycloak-", ".log");
            ProcessBuilder builder = new ProcessBuilder(List.of("bash", launcher.toString(), "start-dev",
                    "--db=dev-mem", "--import-realm", "--http-port=" + port, "--http-management-port=" + managementPort,
                    "--hostname-strict=false", "--log-level=WARN,org.keycloak.services:INFO"))
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            // The JDK running the tests runs Keycloak too (kc.sh takes JAVA_HOME, else java on the PATH).
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().remove("JAVA_OPTS");
            process = builder.start();
        } catch (IOException e) {
            Assumptions.abort("Keycloak test skipped: cannot start " + launcher + ": " + e);
            throw new UncheckedIOException(e);
        }
        KeycloakProcess keycloak = new KeycloakProcess(process, log, port);
        // A test JVM that is killed or crashes must not leave Keycloak running.
        Runtime.getRuntime().addShutdownHook(new Thread(keycloak::close, "keycloak-stop"));
        keycloak.awaitRealmOrSkip();
        return keycloak;
    }

    String issuer() {
        return "http://localhost:" + port + "/realms/simadmin";
    }

    String jwkSetUri() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    String tokenUri() {
        return issuer() + "/protocol/openid-connect/token";
    }

    private void awaitRealmOrSkip() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                String tail = tail();
                close();
                Assumptions.abort("Keycloak test skipped: Keycloak exited with " + process.exitValue()
                        + " before it served the realm. Its log ends:\n" + tail);
            }
            try {
                if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            sleep(1_000);
        }
        String tail = tail();
        close();
        Assumptions.abort("Keycloak test skipped: Keycloak did not serve the simadmin realm within " + START_TIMEOUT
                .toSeconds() + " s (-Dkeycloak.start-timeout-seconds raises it). Its log ends:\n" + tail);
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** Stops Keycloak and everything kc.sh started (the JVM is a child of the script). */
    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
