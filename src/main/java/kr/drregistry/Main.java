package kr.drregistry;

import java.util.concurrent.atomic.AtomicBoolean;

import io.quarkus.runtime.Application;
import io.quarkus.runtime.ApplicationLifecycleManager;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import kr.drregistry.platform.EmbeddedDatabase;
import kr.drregistry.platform.StartupRefusal;
import kr.drregistry.platform.backup.BackupCommand;
import sun.misc.Signal;

/**
 * Launcher.
 * <ul>
 * <li>{@code backup FILE} / {@code restore FILE}: the backup commands, without starting the app.</li>
 * <li>Otherwise the checks that need no framework (session key, data directory, database port) and, when no
 * datasource URL is configured, the embedded PostgreSQL, before Quarkus boots; a refusal is one line on stderr and
 * exit code 2.</li>
 * <li>Ctrl-C (SIGINT) and SIGTERM stop the app as a requested stop (exit code 0): Quarkus drains the requests in
 * flight ({@code quarkus.shutdown.timeout}), and only after Quarkus has stopped is the embedded PostgreSQL stopped.</li>
 * </ul>
 */
@QuarkusMain
public final class Main {
    /** How long the embedded database waits for Quarkus to finish stopping before it stops anyway. */
    private static final long APP_STOP_WAIT_MILLIS = 60_000;
    private static final AtomicBoolean STOPPING = new AtomicBoolean();

    Main() {
    }

    public static void main(String... args) {
        if (BackupCommand.handles(args)) {
            System.exit(BackupCommand.run(args));
            return;
        }
        EmbeddedDatabase embedded;
        try {
            embedded = EmbeddedDatabase.startIfNoUrlConfigured();
        } catch (StartupRefusal r) {
            System.err.println("DR Registry did not start: " + r.getMessage());
            System.exit(2);
            return;
        } catch (RuntimeException e) {
            StringBuilder why = new StringBuilder();
            for (Throwable t = e; t != null; t = t.getCause()) {
                why.append(why.isEmpty() ? "" : ": ").append(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
            }
            System.err.println("DR Registry did not start: the embedded database failed (" + why.toString().replace('\n', ' ') + ").");
            System.exit(1);
            return;
        }
        if (embedded != null) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAfterQuarkus(embedded), "embedded-postgres-stop"));
        }
        stopOnSignal("INT");
        stopOnSignal("TERM");
        try {
            Quarkus.run(args);
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    /** A requested stop ends with exit code 0, so that {@code mvn … quarkus:run} does not report a failed build. */
    private static void stopOnSignal(String name) {
        try {
            Signal.handle(new Signal(name), signal -> {
                if (STOPPING.compareAndSet(false, true)) {
                    // System.exit blocks until the shutdown hooks ran: not on the signal dispatcher's thread
                    new Thread(() -> System.exit(0), "drr-stop").start();
                }
            });
        } catch (IllegalArgumentException unsupported) {
            // the platform has no such signal
        }
    }

    private static void stopAfterQuarkus(EmbeddedDatabase embedded) {
        Application app = ApplicationLifecycleManager.getCurrentApplication();
        if (app != null) {
            Thread waiter = new Thread(app::awaitShutdown, "drr-await-app-stop");
            waiter.setDaemon(true);
            waiter.start();
            try {
                waiter.join(APP_STOP_WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        embedded.close();
    }
}
