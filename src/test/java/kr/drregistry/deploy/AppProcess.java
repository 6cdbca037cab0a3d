package kr.drregistry.deploy;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The packaged application ({@code target/quarkus-app/quarkus-run.jar}, built by {@code mvn package} before the
 * integration tests run) started as its own process, as a replica in production would be: its configuration from
 * environment variables, its console output in a file under {@code target/it-logs}.
 */
final class AppProcess implements AutoCloseable {
    static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    final int port;
    /** The management interface (health, metrics). */
    final int managementPort;
    final Path log;
    private final Process process;

    private AppProcess(int port, int managementPort, Path log, Process process) {
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
        this.process = process;
    }

    /** Starts an instance on {@code jdbcUrl} (user postgres, no password) and waits until it is ready. */
    static AppProcess start(String name, String jdbcUrl, String sessionKey, Map<String, String> extraEnv) throws Exception {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: integration tests run after mvn package");
        }
        int port = freePort();
        int managementPort = freePort();
        Path log = Path.of("target/it-logs/" + name + ".log");
        Files.createDirectories(log.getParent());
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", JAR.toString());
        Map<String, String> env = pb.environment();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("DRR_MANAGEMENT_PORT", Integer.toString(managementPort));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "");
        env.put("DRR_SESSION_KEY", sessionKey);
        env.put("DRR_DEMO_ENABLED", "true");
        // the demo accounts, not the demo filings: the tests make their own (DemoSeedIT turns them on)
        env.put("DRR_DEMO_FILINGS", "false");
        env.put("DRR_MAIL_ENABLED", "false");
        env.putAll(new HashMap<>(extraEnv));
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        AppProcess app = new AppProcess(port, managementPort, log, pb.start());
        app.awaitReady(Duration.ofSeconds(120));
        return app;
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** The management interface: health and metrics. */
    String management() {
        return "http://127.0.0.1:" + managementPort;
    }

    private void awaitReady(Duration limit) throws Exception {
        Instant end = Instant.now().plus(limit);
        while (Instant.now().isBefore(end)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app exited with " + process.exitValue() + ":\n" + Files.readString(log));
            }
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create(management() + "/q/health/ready").toURL().openConnection();
                c.setConnectTimeout(1000);
                if (c.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the app was not ready within " + limit + ":\n" + Files.readString(log));
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    static int freePort() throws IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
