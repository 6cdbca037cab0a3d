package kr.drregistry.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

/**
 * The embedded PostgreSQL 17 that the default run uses, owned by this app: its files under
 * {@code <data-dir>/postgres}, its own log under {@code <data-dir>/postgres-log} (one file per weekday, emptied when
 * the weekday comes round again), fsync and synchronous commit on.
 *
 * <ul>
 * <li>One owner at a time: {@code <data-dir>/postgres.lock} is held while the server is ours, so a second app or a
 * restore on the same directory is refused, and a server found running without an owner is a leftover of a crashed
 * run: it is stopped before the new start (an owner that was killed with -9 cannot stop it).</li>
 * <li>It listens on 127.0.0.1 only, on a port checked to be free before the start; after the start the server that
 * answers there must report our data directory and the token this start passed to it, otherwise the app refuses to
 * go on — it never works on another instance's data.</li>
 * <li>A watchdog restarts the server when it dies (with back-off, e.g. until a full disk has room again) and tells
 * its listeners; after {@code DRR_EMBEDDED_DB_GIVE_UP_AFTER} (default one hour) of failed restarts it gives up.</li>
 * </ul>
 * Settings (system property or environment variable): {@code drr.data-dir} / {@code DRR_DATA_DIR} (default
 * {@code data}), {@code drr.embedded-db.port} / {@code DRR_EMBEDDED_DB_PORT} (default: any free port).
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    public static final String DATABASE = "drregistry";
    /** The role the app connects as: owner of the database and its schema, no superuser, a password. */
    public static final String APP_ROLE = "drregistry";
    /** The role that owns the append-only tables (audit trail, versions, history); nobody logs in as it. */
    public static final String PROTECTED_OWNER_ROLE = "drregistry_audit";
    static final String SUPERUSER_PASSWORD_FILE = "postgres-superuser.password";
    static final String APP_PASSWORD_FILE = "database.password";
    public static final String HOST = "127.0.0.1";
    static final String LOG_DIRECTORY = "postgres-log";

    private static volatile EmbeddedDatabase appDatabase;

    /** Where the server is. */
    public enum State {
        UP, RESTARTING, GAVE_UP, STOPPED
    }

    /** Told when the server goes away, comes back, or the watchdog gives up. */
    public interface Listener {
        void stateChanged(State state);
    }

    private final Path directory;
    private final Path logDirectory;
    private final int port;
    private final boolean durable;
    private final Duration giveUpAfter;
    private final Path lockFile;
    private final String superuserPassword;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final Object lifecycle = new Object();
    private volatile long postmasterPid;
    private volatile Instant postmasterStarted;
    private volatile State state = State.STOPPED;
    private volatile boolean closing;
    private Thread watchdog;

    private EmbeddedDatabase(Path directory, int port, boolean durable, Duration giveUpAfter, Path lockFile,
                             FileChannel lockChannel, FileLock lock) {
        this.directory = directory;
        this.lockFile = lockFile;
        this.superuserPassword = durable ? KeyFile.keptIn(directory.resolveSibling(SUPERUSER_PASSWORD_FILE), "database superuser password") : "";
        this.logDirectory = directory.resolveSibling(LOG_DIRECTORY);
        this.port = port;
        this.durable = durable;
        this.giveUpAfter = giveUpAfter;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** The embedded server the app itself started (empty with a configured database, and in tests). */
    public static Optional<EmbeddedDatabase> appDatabase() {
        return Optional.ofNullable(appDatabase);
    }

    /**
     * The launcher's part before Quarkus boots: with a configured database ({@code QUARKUS_DATASOURCE_JDBC_URL})
     * only the session and audit keys are checked and null returned; otherwise the data directory, the keys and the port
     * are checked, the embedded server is started and the datasource system properties point at it. Every reason not
     * to start is a {@link StartupRefusal} with one sentence.
     */
    public static EmbeddedDatabase startIfNoUrlConfigured() {
        if (Settings.get("quarkus.datasource.jdbc.url", "QUARKUS_DATASOURCE_JDBC_URL") != null) {
            // a shared database means replicas or a real install: sessions must not be encrypted with the built-in
            // test key (anyone could forge them), and every replica needs the same key
            String key = Settings.get("quarkus.http.auth.session.encryption-key", "DRR_SESSION_KEY");
            if (key == null) {
                throw new StartupRefusal("DRR_SESSION_KEY is not set: with a configured database "
                        + "(QUARKUS_DATASOURCE_JDBC_URL) the session key must be given, the same on every replica "
                        + "(for example: head -c 32 /dev/urandom | base64).");
            }
            SessionKey.check(key, "DRR_SESSION_KEY");
            String auditKey = Settings.get("drr.audit.key", "DRR_AUDIT_KEY");
            if (auditKey == null) {
                throw new StartupRefusal("DRR_AUDIT_KEY is not set: with a configured database (QUARKUS_DATASOURCE_JDBC_URL) "
                        + "the key of the audit chain must be given, kept outside the database and the same on every replica "
                        + "(for example: head -c 32 /dev/urandom | base64).");
            }
            AuditKey.check(auditKey, "DRR_AUDIT_KEY");
            LOG.info("Using the configured PostgreSQL (QUARKUS_DATASOURCE_JDBC_URL); no embedded database started");
            return null;
        }
        Path dataDir = Settings.dataDirectory();
        String configuredKey = Settings.get("quarkus.http.auth.session.encryption-key", "DRR_SESSION_KEY");
        if (configuredKey != null) {
            SessionKey.check(configuredKey, "DRR_SESSION_KEY");
        }
        checkDataDirectory(dataDir);
        if (configuredKey == null) {
            System.setProperty("drr.generated-session-key", SessionKey.keptIn(dataDir));
        }
        String configuredAuditKey = Settings.get("drr.audit.key", "DRR_AUDIT_KEY");
        if (configuredAuditKey != null) {
            AuditKey.check(configuredAuditKey, "DRR_AUDIT_KEY");
        } else {
            System.setProperty("drr.generated-audit-key", AuditKey.keptIn(dataDir));
        }
        System.setProperty("drr.generated-audit-checkpoint", dataDir.toAbsolutePath().resolve(AuditKey.CHECKPOINT_FILE).toString());
        EmbeddedDatabase db = launch(dataDir.resolve("postgres"), Settings.embeddedPort(), true, Settings.giveUpAfter());
        System.setProperty("quarkus.datasource.jdbc.url", db.jdbcUrl());
        System.setProperty("quarkus.datasource.username", APP_ROLE);
        System.setProperty("quarkus.datasource.password", db.appPassword());
        appDatabase = db;
        LOG.infof("Embedded PostgreSQL 17 started on port %d with its files in %s (its log in %s)", db.port(), db.directory,
                db.logDirectory);
        return db;
    }

    /**
     * Starts an embedded server with its files in {@code directory} and stops it when the JVM exits (tests, tools).
     * {@code durable} turns fsync and synchronous commit on and keeps the files; tests pass false for speed and a
     * fresh directory that is deleted on close.
     */
    public static EmbeddedDatabase start(Path directory, int port, boolean durable) {
        EmbeddedDatabase db = launch(directory, port, durable, Duration.ofMinutes(5));
        Runtime.getRuntime().addShutdownHook(new Thread(db::close, "embedded-postgres-stop"));
        return db;
    }

    /**
     * The durable embedded server of {@code directory} for a command (backup, restore): started and locked like the
     * app's, closed by the caller.
     */
    public static EmbeddedDatabase open(Path directory) {
        return launch(directory, 0, true, Duration.ofMinutes(5));
    }

    /** Whether {@code pid} is a PostgreSQL server running on {@code directory}. */
    public static boolean isServerOf(long pid, Path directory) {
        return Processes.isPostgresOf(pid, directory);
    }

    /** Starts the server without a shutdown hook: the caller closes it (the launcher does, after Quarkus stopped). */
    static EmbeddedDatabase launch(Path directory, int port, boolean durable, Duration giveUpAfter) {
        directory = directory.toAbsolutePath().normalize();
        Path parent = directory.getParent();
        checkDataDirectory(parent);
        Path lockFile = parent.resolve(directory.getFileName() + ".lock");
        FileChannel channel;
        FileLock lock;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StartupRefusal("The data directory " + parent + " is not writable by user " + user() + " ("
                    + reason(e) + "): give that user write access or set DRR_DATA_DIR to another directory.");
        }
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException | IOException e) {
            lock = null;
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new StartupRefusal("Another DR Registry process (the app, a backup or a restore) is using the database in "
                    + directory + ": stop it first, or set DRR_DATA_DIR to another directory.");
        }
        EmbeddedDatabase db = new EmbeddedDatabase(directory, port == 0 ? freePort() : port, durable, giveUpAfter, lockFile, channel, lock);
        try {
            db.checkOwnership(lockFile);
            if (!durable) {
                PostgresBinaries.deleteRecursively(directory);
                PostgresBinaries.deleteRecursively(db.logDirectory);
            }
            if (port != 0 && portInUse(port)) {
                throw new StartupRefusal("Port " + port + " (DRR_EMBEDDED_DB_PORT) is already in use by another program, "
                        + "perhaps another PostgreSQL, so the embedded database of " + directory + " cannot listen there: "
                        + "choose a free port or leave DRR_EMBEDDED_DB_PORT unset.");
            }
            db.initIfNeeded();
            synchronized (db.lifecycle) {
                db.startServer();
            }
            db.state = State.UP;
            db.createDatabase();
            if (durable) {
                db.secure();
            }
            db.startWatchdog();
            return db;
        } catch (IOException e) {
            db.release();
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + directory, e);
        } catch (RuntimeException e) {
            db.stopServerQuietly();
            db.release();
            throw e;
        }
    }

    /** The data directory exists (or is created) and this user may write it; otherwise a one-sentence refusal. */
    static void checkDataDirectory(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StartupRefusal("The data directory " + dataDir + " cannot be created (" + reason(e) + "): set "
                    + "DRR_DATA_DIR to a directory that user " + user() + " may write.");
        }
        if (!Files.isWritable(dataDir)) {
            throw new StartupRefusal("The data directory " + dataDir + " is not writable by user " + user()
                    + ": give that user write access or set DRR_DATA_DIR to another directory.");
        }
    }

    public int port() {
        return port;
    }

    public Path directory() {
        return directory;
    }

    public Path logDirectory() {
        return logDirectory;
    }

    public State state() {
        return state;
    }

    /** The postmaster's process id while the server runs. */
    public long postmasterPid() {
        return postmasterPid;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + HOST + ":" + port + "/" + DATABASE;
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    // ------------------------------------------------------------------------------------------------ start

    private void checkOwnership(Path ours) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        Object mine = uid(ours);
        Object theirs = uid(directory);
        if (mine != null && theirs != null && !mine.equals(theirs)) {
            String owner = Files.getOwner(directory).getName();
            throw new StartupRefusal("The database directory " + directory + " belongs to user " + owner + " but DR Registry "
                    + "runs as user " + user() + ", and PostgreSQL only runs as the owner of its files: start DR Registry as "
                    + owner + ", or give the directory to " + user() + " (chown -R), or set DRR_DATA_DIR to another directory.");
        }
        if (!Files.isWritable(directory)) {
            throw new StartupRefusal("The database directory " + directory + " is not writable by user " + user()
                    + ": give that user write access or set DRR_DATA_DIR to another directory.");
        }
    }

    private void initIfNeeded() throws IOException {
        if (Files.exists(directory.resolve("PG_VERSION"))) {
            return;
        }
        if (Files.isDirectory(directory)) {
            try (var children = Files.list(directory)) {
                if (children.findAny().isPresent()) {
                    throw new StartupRefusal("The database directory " + directory + " is not empty but holds no PostgreSQL "
                            + "database: move its contents away or set DRR_DATA_DIR to another directory.");
                }
            }
        }
        Files.createDirectories(directory);
        List<String> initdb = new ArrayList<>(List.of(PostgresBinaries.bin("initdb").toString(), "-U", "postgres", "-D",
                directory.toString(), "-E", "UTF8", "--no-locale"));
        if (durable) {
            // a password from the first start on; throw-away test servers keep trusting 127.0.0.1
            initdb.addAll(List.of("-A", "scram-sha-256", "--pwfile=" + directory.resolveSibling(SUPERUSER_PASSWORD_FILE)));
        } else {
            initdb.addAll(List.of("-A", "trust"));
        }
        Result r = run(initdb, Duration.ofMinutes(5));
        LOG.debugf("initdb of %s:%n%s", directory, r.output);
        if (r.exit != 0) {
            throw new StartupRefusal("Creating the embedded database in " + directory + " failed: "
                    + lastLine(r.output, "initdb exited with " + r.exit) + ".");
        }
    }

    /** The server's settings; every value single-quoted for the shell through which pg_ctl starts the postmaster. */
    private Map<String, String> settings(String instance) {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("listen_addresses", HOST);
        c.put("unix_socket_directories", "");
        c.put("drr.instance", instance);
        c.put("timezone", "UTC");
        c.put("max_connections", "200");
        c.put("lc_messages", "C");
        c.put("fsync", durable ? "on" : "off");
        c.put("synchronous_commit", durable ? "on" : "off");
        c.put("full_page_writes", durable ? "on" : "off");
        c.put("logging_collector", "on");
        c.put("log_directory", logDirectory.toString());
        c.put("log_filename", "postgresql-%a.log");
        c.put("log_truncate_on_rotation", "on");
        c.put("log_rotation_age", "1d");
        c.put("log_rotation_size", "0");
        c.put("log_file_mode", "0600");
        return c;
    }

    private void startServer() {
        takeOverLeftover();
        String instance = UUID.randomUUID().toString();
        StringBuilder options = new StringBuilder("-p ").append(port);
        settings(instance).forEach((k, v) -> options.append(" -c ").append(shellQuote(k + "=" + v)));
        Path startupLog = logDirectory.resolve("startup.log");
        try {
            Files.createDirectories(logDirectory);
            Files.writeString(startupLog, "");
        } catch (IOException e) {
            throw new StartupRefusal("The log directory " + logDirectory + " cannot be written (" + reason(e) + ").");
        }
        for (int attempt = 1; ; attempt++) {
            Map<Path, Long> logSizes = logSizes();
            Result r = run(List.of(PostgresBinaries.bin("pg_ctl").toString(), "start", "-D", directory.toString(), "-w",
                    "-t", "120", "-s", "-l", startupLog.toString(), "-o", options.toString()), Duration.ofMinutes(3));
            if (r.exit == 0) {
                break;
            }
            // what the server said during this attempt: before its log collector ran, and in the collector's file after
            String log = readQuietly(startupLog) + "\n" + logWrittenSince(logSizes);
            // backends of a killed postmaster may hold its shared memory for a moment after it died
            if (attempt < 20 && log.contains("pre-existing shared memory block")) {
                sleep(500);
                continue;
            }
            throw new StartupRefusal("The embedded PostgreSQL in " + directory + " did not start: "
                    + firstProblem(log + "\n" + r.output, "pg_ctl exited with " + r.exit) + " (see " + startupLog + ").");
        }
        PostmasterPid pid;
        try {
            pid = PostmasterPid.read(directory).orElseThrow(() -> new StartupRefusal(
                    "The embedded PostgreSQL in " + directory + " started but wrote no postmaster.pid."));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        postmasterPid = pid.pid();
        postmasterStarted = Processes.startInstant(pid.pid()).orElse(null);
        verifyIdentity(pid, instance);
    }

    /**
     * A server found running on our directory while we hold the lock was left by a run that could not stop it (killed
     * with -9): stop it. A postmaster.pid whose process is gone (or is something else now) is stale: remove it.
     */
    private void takeOverLeftover() {
        Optional<PostmasterPid> found;
        try {
            found = PostmasterPid.read(directory);
        } catch (IOException e) {
            return;
        }
        if (found.isEmpty()) {
            return;
        }
        long pid = found.get().pid();
        switch (Processes.relation(pid, directory)) {
            case SERVER_OF_IT -> {
                LOG.warnf("A PostgreSQL (pid %d) left running on %s by an earlier run of DR Registry is stopped before this start",
                        pid, directory);
                Result r = run(List.of(PostgresBinaries.bin("pg_ctl").toString(), "stop", "-D", directory.toString(), "-m", "fast",
                        "-w", "-t", "60", "-s"), Duration.ofSeconds(90));
                if (r.exit != 0 || !Processes.awaitExit(pid, Duration.ofSeconds(10))) {
                    ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
                    if (!Processes.awaitExit(pid, Duration.ofSeconds(30))) {
                        throw new StartupRefusal("A PostgreSQL (pid " + pid + ") left running on " + directory + " by an earlier "
                                + "run could not be stopped: stop it (kill " + pid + ") and start again.");
                    }
                }
            }
            case UNRELATED -> LOG.debugf("removing the stale postmaster.pid of %s (process %d is not its server)", directory, pid);
            case UNKNOWN -> {
                // cannot tell here: PostgreSQL's own lock-file and shared-memory checks decide, and say why
                return;
            }
        }
        try {
            Files.deleteIfExists(directory.resolve(PostmasterPid.FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server that answers on our port must be the one just started: our data directory and this start's token. */
    private void verifyIdentity(PostmasterPid pid, String instance) {
        String problem = null;
        if (pid.port() != port) {
            problem = "its postmaster.pid names port " + pid.port();
        } else if (!Processes.isPostgresOf(pid.pid(), directory)) {
            problem = "its postmaster (pid " + pid.pid() + ") is not running";
        } else {
            try (Connection c = connect("postgres"); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select current_setting('data_directory'), current_setting('drr.instance', true)")) {
                rs.next();
                Path served = Processes.real(Path.of(rs.getString(1)));
                if (!served.equals(Processes.real(directory))) {
                    problem = "the server answering on " + HOST + ":" + port + " serves " + served;
                } else if (!instance.equals(rs.getString(2))) {
                    problem = "the server answering on " + HOST + ":" + port + " is not the one this start launched";
                }
            } catch (SQLException e) {
                problem = "it does not answer on " + HOST + ":" + port + " (" + e.getMessage() + ")";
            }
        }
        if (problem != null) {
            stopServerQuietly();
            throw new StartupRefusal("The embedded PostgreSQL of " + directory + " could not be verified after its start ("
                    + problem + "), so DR Registry will not use it: make sure no other server uses port " + port + ".");
        }
    }

    private void createDatabase() {
        try (Connection c = connect("postgres"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
            if (!rs.next()) {
                s.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + DATABASE, e);
        }
    }

    /**
     * Least privilege for a durable server, at every start (it also upgrades data directories made before): the
     * superuser {@code postgres} gets the password kept in {@code <data-dir>/postgres-superuser.password}, every
     * connection needs a password ({@code pg_hba.conf}: scram-sha-256 only, no trust), and the app's role
     * {@value #APP_ROLE} (no superuser, password in {@code <data-dir>/database.password}, both files owner-only) owns
     * the database, its schema and everything in it, so that Flyway, running as that role, can migrate. The
     * append-only tables are then handed to {@value #PROTECTED_OWNER_ROLE} after the migrations ({@code
     * ProtectedTables}), so the app's role can only read and append to them.
     */
    private void secure() {
        String appPassword = appPassword();
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("alter role postgres password " + literal(superuserPassword));
            s.execute("do $$ begin if not exists (select 1 from pg_roles where rolname = '" + APP_ROLE + "') then create role "
                    + APP_ROLE + " login nosuperuser nocreatedb nocreaterole; end if; if not exists (select 1 from pg_roles "
                    + "where rolname = '" + PROTECTED_OWNER_ROLE + "') then create role " + PROTECTED_OWNER_ROLE
                    + " nologin nosuperuser; end if; end $$");
            s.execute("alter role " + APP_ROLE + " login nosuperuser nocreatedb nocreaterole password " + literal(appPassword));
            s.execute("alter database " + DATABASE + " owner to " + APP_ROLE);
        } catch (SQLException e) {
            throw new IllegalStateException("could not set up the database roles of " + directory, e);
        }
        try (Connection c = connect(DATABASE); Statement s = c.createStatement()) {
            s.execute("alter schema public owner to " + APP_ROLE);
            // what an earlier run (as superuser) or a restore created, and the protected tables until Flyway has run
            s.execute("""
                    do $$ declare r record; begin
                      for r in select c.oid::regclass as name, c.relkind from pg_class c join pg_namespace n on n.oid = c.relnamespace
                               where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm') and pg_get_userbyid(c.relowner) <> '%1$s' loop
                        execute format('alter %%s %%s owner to %1$s', case r.relkind when 'v' then 'view' when 'm' then 'materialized view' else 'table' end, r.name);
                      end loop;
                      for r in select c.oid::regclass as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
                               where n.nspname = 'public' and c.relkind = 'S' and pg_get_userbyid(c.relowner) <> '%1$s' loop
                        execute format('alter sequence %%s owner to %1$s', r.name);
                      end loop;
                      for r in select p.oid::regprocedure as sig from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                               where n.nspname = 'public' and pg_get_userbyid(p.proowner) <> '%1$s'
                                 and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e') loop
                        execute format('alter routine %%s owner to %1$s', r.sig);
                      end loop;
                    end $$""".formatted(APP_ROLE));
        } catch (SQLException e) {
            throw new IllegalStateException("could not give the database of " + directory + " to role " + APP_ROLE, e);
        }
        try {
            Path hba = directory.resolve("pg_hba.conf");
            String wanted = """
                    # Written by DR Registry at every start: a password for every connection, from this machine only.
                    local all all scram-sha-256
                    host all all 127.0.0.1/32 scram-sha-256
                    host all all ::1/128 scram-sha-256
                    """;
            if (!wanted.equals(readQuietly(hba))) {
                Files.writeString(hba, wanted, StandardCharsets.UTF_8);
                try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
                    s.execute("select pg_reload_conf()");
                }
            }
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("could not require passwords in " + directory.resolve("pg_hba.conf"), e);
        }
    }

    /** The password of the app's role {@value #APP_ROLE}, generated once into {@code <data-dir>/database.password}. */
    public String appPassword() {
        return durable ? KeyFile.keptIn(directory.resolveSibling(APP_PASSWORD_FILE), "database password") : "";
    }

    /** The superuser's password of the durable server in {@code directory} ("" for a server that trusts 127.0.0.1). */
    public static String superuserPasswordOf(Path directory) {
        Path file = directory.toAbsolutePath().normalize().resolveSibling(SUPERUSER_PASSWORD_FILE);
        return Files.exists(file) ? KeyFile.keptIn(file, "database superuser password") : "";
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** A superuser connection to a database of this server. */
    public Connection connect(String database) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        p.setProperty("password", superuserPassword);
        p.setProperty("connectTimeout", "10");
        p.setProperty("socketTimeout", "0");
        return DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + port + "/" + database, p);
    }

    // ------------------------------------------------------------------------------------------------ watchdog

    private void startWatchdog() {
        watchdog = new Thread(this::watch, "embedded-postgres-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    private boolean serverRunning() {
        long pid = postmasterPid;
        if (pid <= 0 || !Processes.running(pid)) {
            return false;
        }
        Instant started = postmasterStarted;
        return started == null || Processes.startInstant(pid).map(started::equals).orElse(true);
    }

    private void watch() {
        while (!closing) {
            sleep(1000);
            if (closing || state != State.UP || serverRunning()) {
                continue;
            }
            LOG.errorf("The embedded PostgreSQL (pid %d) of %s stopped unexpectedly; restarting it (its log: %s)",
                    postmasterPid, directory, logDirectory);
            setState(State.RESTARTING);
            restartUntilBackOrGivenUp();
        }
    }

    private void restartUntilBackOrGivenUp() {
        long since = System.nanoTime();
        long delay = 1000;
        String lastProblem = null;
        while (!closing) {
            try {
                synchronized (lifecycle) {
                    if (closing) {
                        return;
                    }
                    startServer();
                }
                LOG.infof("The embedded PostgreSQL is running again (pid %d) after %d s", postmasterPid,
                        TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - since));
                setState(State.UP);
                return;
            } catch (RuntimeException e) {
                String problem = e.getMessage();
                if (!problem.equals(lastProblem)) {
                    LOG.warnf("Restarting the embedded PostgreSQL failed, trying again with back-off: %s", problem);
                    lastProblem = problem;
                }
            }
            if (System.nanoTime() - since > giveUpAfter.toNanos()) {
                LOG.errorf("Gave up restarting the embedded PostgreSQL of %s after %s: the app needs a restart once the cause "
                        + "(see %s) is fixed", directory, giveUpAfter, logDirectory);
                setState(State.GAVE_UP);
                return;
            }
            sleep(delay);
            delay = Math.min(delay * 2, 30_000);
        }
    }

    private void setState(State s) {
        state = s;
        for (Listener l : listeners) {
            try {
                l.stateChanged(s);
            } catch (RuntimeException e) {
                LOG.warn("a database state listener failed", e);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ stop

    @Override
    public void close() {
        synchronized (lifecycle) {
            if (closing && state == State.STOPPED) {
                return;
            }
            closing = true;
            if (watchdog != null) {
                watchdog.interrupt();
            }
            stopServerQuietly();
            state = State.STOPPED;
            release();
            if (appDatabase == this) {
                appDatabase = null;
            }
            if (!durable) {
                try {
                    PostgresBinaries.deleteRecursively(directory);
                    PostgresBinaries.deleteRecursively(logDirectory);
                    Files.deleteIfExists(lockFile);
                } catch (IOException e) {
                    LOG.debugf("could not delete %s: %s", directory, e.getMessage());
                }
            }
        }
    }

    private void stopServerQuietly() {
        long pid = postmasterPid;
        if (pid <= 0 || !Processes.running(pid)) {
            return;
        }
        Result r = run(List.of(PostgresBinaries.bin("pg_ctl").toString(), "stop", "-D", directory.toString(), "-m", "fast",
                "-w", "-t", "60", "-s"), Duration.ofSeconds(90));
        if (r.exit != 0 && Processes.running(pid)) {
            LOG.warnf("pg_ctl stop of %s failed (%s); sending SIGTERM to %d", directory, lastLine(r.output, "exit " + r.exit), pid);
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
        }
        Processes.awaitExit(pid, Duration.ofSeconds(30));
        if (durable) {
            LOG.infof("Embedded PostgreSQL of %s stopped", directory);
        }
    }

    private void release() {
        try {
            lock.release();
        } catch (IOException | RuntimeException ignored) {
            // closing the channel releases it too
        }
        closeQuietly(lockChannel);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** Whether something listens on (or holds) the port on 127.0.0.1. */
    static boolean portInUse(int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
        } catch (IOException e) {
            return true;
        }
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getByName(HOST), port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Result(int exit, String output) {
    }

    private static Result run(List<String> command, Duration limit) {
        try {
            Path out = Files.createTempFile("drr-pg", ".out");
            try {
                Process p = new ProcessBuilder(Processes.asPostgresUser(command)).redirectErrorStream(true).redirectOutput(out.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
                if (!p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                    p.destroyForcibly();
                    return new Result(-1, command.get(0) + " did not finish within " + limit);
                }
                return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            return new Result(-1, reason(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        }
    }

    static String shellQuote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /** The first FATAL/PANIC/ERROR line of PostgreSQL's output, without its time stamp. */
    static String firstProblem(String output, String fallback) {
        for (String line : output.split("\n")) {
            int at = indexOfAny(line, "FATAL:", "PANIC:", "ERROR:");
            if (at >= 0) {
                return line.substring(at).trim();
            }
        }
        return lastLine(output, fallback);
    }

    private static int indexOfAny(String line, String... marks) {
        for (String m : marks) {
            int i = line.indexOf(m);
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static String lastLine(String output, String fallback) {
        List<String> lines = new ArrayList<>();
        for (String l : output.split("\n")) {
            if (!l.isBlank()) {
                lines.add(l.trim());
            }
        }
        return lines.isEmpty() ? fallback : lines.get(lines.size() - 1);
    }

    private Map<Path, Long> logSizes() {
        Map<Path, Long> sizes = new LinkedHashMap<>();
        try (var files = Files.list(logDirectory)) {
            files.filter(f -> f.getFileName().toString().startsWith("postgresql-")).forEach(f -> {
                try {
                    sizes.put(f, Files.size(f));
                } catch (IOException gone) {
                    // rotated away meanwhile
                }
            });
        } catch (IOException e) {
            // no log yet
        }
        return sizes;
    }

    private String logWrittenSince(Map<Path, Long> before) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<Path, Long> now : logSizes().entrySet()) {
            long from = before.getOrDefault(now.getKey(), 0L);
            if (now.getValue() > from) {
                try (var channel = java.nio.channels.FileChannel.open(now.getKey())) {
                    java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate((int) Math.min(now.getValue() - from, 1 << 20));
                    channel.read(buffer, from);
                    text.append(new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8)).append('\n');
                } catch (IOException e) {
                    // unreadable: the startup log and pg_ctl's output remain
                }
            }
        }
        return text.toString();
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static Object uid(Path p) {
        try {
            return Files.getAttribute(p, "unix:uid");
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String user() {
        return System.getProperty("user.name");
    }

    private static String reason(IOException e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName().replace("Exception", "") + (m == null ? "" : ": " + m);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // nothing to do
        }
    }
}
