package kr.drregistry.platform.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

import kr.drregistry.platform.EmbeddedDatabase;
import kr.drregistry.platform.PostmasterPid;
import kr.drregistry.platform.Settings;
import kr.drregistry.platform.StartupRefusal;

/**
 * {@code java -jar target/quarkus-app/quarkus-run.jar backup FILE} and {@code … restore FILE}: run by the launcher
 * instead of the app. The database is the configured one ({@code QUARKUS_DATASOURCE_JDBC_URL}) or the embedded one of
 * {@code DRR_DATA_DIR}: a backup uses the running server (its port is in {@code postmaster.pid}) or starts it for the
 * command; a restore needs the app stopped and starts the server itself (a new, empty one in a new data directory).
 */
public final class BackupCommand {
    private BackupCommand() {
    }

    public static boolean handles(String... args) {
        return args.length > 0 && ("backup".equals(args[0]) || "restore".equals(args[0]));
    }

    /** Runs the command; returns the exit code (0 done, 2 refused, 1 failed, 64 usage). */
    public static int run(String... args) {
        if (args.length != 2 || args[1].isBlank()) {
            System.err.println("usage: java -jar quarkus-run.jar backup FILE | restore FILE");
            return 64;
        }
        boolean backup = "backup".equals(args[0]);
        Path file = Path.of(args[1]).toAbsolutePath().normalize();
        try {
            return backup ? backup(file) : restore(file);
        } catch (StartupRefusal r) {
            System.err.println((backup ? "Backup" : "Restore") + " refused: " + r.getMessage());
            return 2;
        } catch (SQLException | IOException | RuntimeException e) {
            System.err.println((backup ? "Backup" : "Restore") + " failed: " + oneLine(e));
            return 1;
        }
    }

    private static int backup(Path file) throws SQLException, IOException {
        if (file.getParent() != null && !Files.isDirectory(file.getParent())) {
            throw new StartupRefusal("The folder " + file.getParent() + " does not exist.");
        }
        long start = System.nanoTime();
        try (Target target = Target.forBackup(); Connection c = target.connect()) {
            BackupManifest m = Backup.write(c, file);
            System.out.printf(Locale.ROOT, "Backed up %s: %d tables, %d rows, schema version %s, into %s (%s) in %.1f s%n",
                    target.description, m.tables().size(), m.totalRows(), m.schemaVersion(), file, size(Files.size(file)),
                    (System.nanoTime() - start) / 1e9);
        }
        return 0;
    }

    private static int restore(Path file) throws SQLException, IOException {
        if (!Files.isRegularFile(file)) {
            throw new StartupRefusal("There is no backup file " + file + ".");
        }
        long start = System.nanoTime();
        BackupManifest m = Restore.check(file);
        try (Target target = Target.forRestore()) {
            Restore.into(file, m, target.url, target.user, target.password, () -> {
                try {
                    return target.connect();
                } catch (SQLException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            });
            System.out.printf(Locale.ROOT, "Restored %s (made %s, schema version %s): %d tables, %d rows, into %s in %.1f s%n",
                    file, m.createdAt(), m.schemaVersion(), m.tables().size(), m.totalRows(), target.description,
                    (System.nanoTime() - start) / 1e9);
        }
        return 0;
    }

    /** The database a command works on, and the embedded server it started for that (stopped again on close). */
    private record Target(String url, String user, String password, String description, EmbeddedDatabase started)
            implements AutoCloseable {

        static Target forBackup() throws IOException {
            Optional<Target> configured = configured();
            if (configured.isPresent()) {
                return configured.get();
            }
            Path dir = Settings.dataDirectory().resolve("postgres");
            Optional<Target> running = running(dir);
            if (running.isPresent()) {
                return running.get();
            }
            if (!Files.exists(dir.resolve("PG_VERSION"))) {
                throw new StartupRefusal("There is no embedded database in " + dir + " to back up: run the command in the "
                        + "app's folder or set DRR_DATA_DIR (or QUARKUS_DATASOURCE_JDBC_URL for another server).");
            }
            return started(dir);
        }

        static Target forRestore() throws IOException {
            Optional<Target> configured = configured();
            if (configured.isPresent()) {
                return configured.get();
            }
            Path dir = Settings.dataDirectory().resolve("postgres");
            if (running(dir).isPresent()) {
                throw new StartupRefusal("The embedded database in " + dir + " is running (the app uses it): stop the app "
                        + "first, and restore into a new DRR_DATA_DIR, since a restore only goes into an empty database.");
            }
            return started(dir);
        }

        private static Optional<Target> configured() {
            String url = Settings.get("quarkus.datasource.jdbc.url", "QUARKUS_DATASOURCE_JDBC_URL");
            if (url == null) {
                return Optional.empty();
            }
            return Optional.of(new Target(url, Settings.get("quarkus.datasource.username", "QUARKUS_DATASOURCE_USERNAME"),
                    orEmpty(Settings.get("quarkus.datasource.password", "QUARKUS_DATASOURCE_PASSWORD")),
                    "the configured database " + url, null));
        }

        /** The server of {@code dir} when it runs (the app's), found by its postmaster.pid and checked to serve {@code dir}. */
        private static Optional<Target> running(Path dir) throws IOException {
            Optional<PostmasterPid> pid = PostmasterPid.read(dir);
            if (pid.isEmpty() || !EmbeddedDatabase.isServerOf(pid.get().pid(), dir) || pid.get().port() <= 0) {
                return Optional.empty();
            }
            String url = "jdbc:postgresql://" + EmbeddedDatabase.HOST + ":" + pid.get().port() + "/" + EmbeddedDatabase.DATABASE;
            Target t = new Target(url, "postgres", EmbeddedDatabase.superuserPasswordOf(dir), "the running embedded database in " + dir, null);
            try (Connection c = t.connect(); var rs = c.createStatement().executeQuery("show data_directory")) {
                rs.next();
                if (!Path.of(rs.getString(1)).toRealPath().equals(dir.toRealPath())) {
                    throw new StartupRefusal("The server on port " + pid.get().port() + " does not serve " + dir + ".");
                }
            } catch (SQLException e) {
                throw new StartupRefusal("The running embedded database in " + dir + " does not answer on port "
                        + pid.get().port() + " (" + e.getMessage() + ").");
            }
            return Optional.of(t);
        }

        private static Target started(Path dir) {
            EmbeddedDatabase db = EmbeddedDatabase.open(dir);
            return new Target(db.jdbcUrl(), "postgres", EmbeddedDatabase.superuserPasswordOf(dir), "the embedded database in " + dir, db);
        }

        Connection connect() throws SQLException {
            Properties p = new Properties();
            if (user != null) {
                p.setProperty("user", user);
            }
            p.setProperty("password", password == null ? "" : password);
            p.setProperty("connectTimeout", "10");
            return DriverManager.getConnection(url, p);
        }

        @Override
        public void close() {
            if (started != null) {
                started.close();
            }
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String size(long bytes) {
        return bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%.1f kB", bytes / 1024.0)
                : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    private static String oneLine(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null && sb.length() < 500; t = t.getCause()) {
            if (!sb.isEmpty()) {
                sb.append(": ");
            }
            sb.append(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().replace('\n', ' '));
        }
        return sb.toString();
    }
}
