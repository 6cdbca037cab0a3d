package kr.drregistry.deploy;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application ({@code target/quarkus-app/quarkus-run.jar}, built by {@code mvn package} before the
 * integration tests run) started as its own process, as a replica in production would be: its configuration from
 * environment variables, its console output in a file under {@code target/it-logs}. Either on a given PostgreSQL
 * ({@link #start}) or with its embedded default in a data directory of its own ({@link #startEmbedded}), as the
 * README's run command starts it.
 */
final class AppProcess implements AutoCloseable {
    static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    /** Settings of the environment running the tests that would change what the app does. */
    private static final List<String> NOT_INHERITED = List.of("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME",
            "QUARKUS_DATASOURCE_PASSWORD", "DRR_SESSION_KEY", "DRR_DATA_DIR", "DRR_EMBEDDED_DB_PORT", "QUARKUS_HTTP_HOST",
            "DRR_HTTP_HOST", "QUARKUS_HTTP_PORT", "DRR_MANAGEMENT_PORT", "DRR_MANAGEMENT_HOST");
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
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "");
        env.put("DRR_SESSION_KEY", sessionKey);
        env.put("DRR_AUDIT_KEY", "it-audit-key-shared-by-the-replicas-0123456789");
        env.putAll(extraEnv);
        AppProcess app = launch(name, env);
        app.awaitReady(Duration.ofSeconds(180));
        return app;
    }

    /** Starts an instance with its embedded PostgreSQL in {@code dataDir} (the default run) and waits until it is ready. */
    static AppProcess startEmbedded(String name, Path dataDir, Map<String, String> extraEnv) throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("DRR_DATA_DIR", dataDir.toString());
        env.putAll(extraEnv);
        AppProcess app = launch(name, env);
        app.awaitReady(Duration.ofSeconds(180));
        return app;
    }

    /** Starts the app with this environment (on top of demo data on, mail off, a free port) without waiting. */
    static AppProcess launch(String name, Map<String, String> extraEnv) throws IOException {
        int port = freePort();
        int managementPort = freePort();
        ProcessBuilder pb = command(name, port, extraEnv);
        pb.environment().put("DRR_MANAGEMENT_PORT", Integer.toString(managementPort));
        Path log = logFile(name);
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        return new AppProcess(port, managementPort, log, pb.start());
    }

    /** Runs {@code java -jar quarkus-run.jar args…} (a command such as backup) to its end. */
    static Finished run(String name, Map<String, String> env, String... args) throws Exception {
        ProcessBuilder pb = command(name, freePort(), env);
        pb.environment().put("DRR_MANAGEMENT_PORT", Integer.toString(freePort()));
        pb.command().addAll(List.of(args));
        Path log = logFile(name);
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        Process p = pb.start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly().waitFor();
            throw new IllegalStateException(String.join(" ", args) + " did not finish:\n" + Files.readString(log));
        }
        return new Finished(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /** What a finished process said: its exit code and its console output. */
    record Finished(int exit, String output) {
        List<String> lines() {
            return output.lines().filter(l -> !l.isBlank()).toList();
        }
    }

    private static ProcessBuilder command(String name, int port, Map<String, String> extraEnv) {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: integration tests run after mvn package");
        }
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", JAR.toString());
        Map<String, String> env = pb.environment();
        NOT_INHERITED.forEach(env::remove);
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("DRR_DEMO_ENABLED", "true");
        // the demo accounts, not the demo filings: the tests make their own (DemoSeedIT turns them on)
        env.put("DRR_DEMO_FILINGS", "false");
        env.put("DRR_MAIL_ENABLED", "false");
        // no JIT warm-up: readiness would wait for it (10-30 s of CPU per start, beside the other tests); its readiness
        // is WarmUpReadinessTest's, and .ci/run starts the README's command with it
        env.put("DRR_TOPOLOGY_WARM_UP_COMPONENTS", "0");
        env.putAll(new HashMap<>(extraEnv));
        return pb;
    }

    private static Path logFile(String name) throws IOException {
        Path log = Path.of("target/it-logs/" + name + ".log");
        Files.createDirectories(log.getParent());
        return log;
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** The management interface: health and metrics. */
    String management() {
        return "http://127.0.0.1:" + managementPort;
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    String output() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    /** SIGKILL: the app gets no chance to stop anything (its embedded PostgreSQL outlives it). */
    void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, as a service manager or Kubernetes stops the app. */
    void terminate() {
        process.destroy();
    }

    /** Waits for the process to end; its exit code. */
    int awaitExit(Duration limit) throws Exception {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the app did not stop within " + limit + ":\n" + output());
        }
        return process.exitValue();
    }

    /** HTTP status of a GET (no authentication), or -1 when nothing answers; health is on the management interface. */
    int status(String path) {
        try {
            String root = path.startsWith("/q/health") || path.startsWith("/q/metrics") ? management() : base();
            HttpURLConnection c = (HttpURLConnection) URI.create(root + path).toURL().openConnection();
            c.setConnectTimeout(1000);
            c.setReadTimeout(10_000);
            return c.getResponseCode();
        } catch (IOException e) {
            return -1;
        }
    }

    void awaitReady(Duration limit) throws Exception {
        Instant end = Instant.now().plus(limit);
        while (Instant.now().isBefore(end)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app exited with " + process.exitValue() + ":\n" + output());
            }
            if (status("/q/health/ready") == 200) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the app was not ready within " + limit + ":\n" + output());
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** Removes a test's folder (data directories, archives) once it is done with it. */
    static void deleteTree(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    static int freePort() throws IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
