package kr.drregistry.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What the launcher needs to know about other processes: alive or not, and whether one is "our" PostgreSQL. */
final class Processes {
    private static volatile Boolean asRootWithUnshare;

    private Processes() {
    }

    /**
     * The command as PostgreSQL's programs must be run: they refuse to run as root, so as root on Linux they run in a
     * new user namespace ({@code unshare -U}), where they are an unprivileged user that owns its files — as zonky's
     * launcher does. Refused with one sentence when that is not possible.
     */
    static List<String> asPostgresUser(List<String> command) {
        if (!root()) {
            return command;
        }
        if (asRootWithUnshare == null) {
            asRootWithUnshare = unshareWorks();
        }
        if (!asRootWithUnshare) {
            throw new StartupRefusal("PostgreSQL does not run as root and this system does not allow running it in a user "
                    + "namespace (unshare -U): start DR Registry as an ordinary user.");
        }
        List<String> wrapped = new java.util.ArrayList<>(List.of("unshare", "-U"));
        wrapped.addAll(command);
        return wrapped;
    }

    private static boolean root() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean unshareWorks() {
        try {
            Process p = new ProcessBuilder("unshare", "-U", "id", "-u").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            return p.waitFor() == 0 && !"0".equals(out);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Alive and not a zombie (a dead postmaster that nobody has reaped yet is not running). */
    static boolean running(long pid) {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty() || !handle.get().isAlive()) {
            return false;
        }
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        if (Files.isReadable(stat)) {
            try {
                String s = Files.readString(stat, StandardCharsets.US_ASCII);
                int close = s.lastIndexOf(')');
                if (close > 0 && close + 2 < s.length() && (s.charAt(close + 2) == 'Z' || s.charAt(close + 2) == 'X')) {
                    return false;
                }
            } catch (IOException gone) {
                return false;
            }
        }
        return true;
    }

    static Optional<Instant> startInstant(long pid) {
        return ProcessHandle.of(pid).flatMap(h -> h.info().startInstant());
    }

    /** What a process is to a data directory. */
    enum Relation {
        /** A PostgreSQL server working on it. */
        SERVER_OF_IT,
        /** Certainly not: gone, another program, or a server of another directory. */
        UNRELATED,
        /** Running, but this system does not let us tell (no /proc, arguments hidden). */
        UNKNOWN
    }

    /**
     * Whether {@code pid} is a PostgreSQL server working on {@code dataDirectory}: its program is {@code postgres} and
     * its working directory (PostgreSQL changes into its data directory) or its {@code -D} argument is that directory.
     */
    static boolean isPostgresOf(long pid, Path dataDirectory) {
        return relation(pid, dataDirectory) == Relation.SERVER_OF_IT;
    }

    static Relation relation(long pid, Path dataDirectory) {
        if (!running(pid)) {
            return Relation.UNRELATED;
        }
        Path real = real(dataDirectory);
        Path proc = Path.of("/proc", Long.toString(pid));
        if (Files.isDirectory(proc)) {
            try {
                List<String> cmd = Arrays.asList(new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8).split("\0"));
                if (cmd.isEmpty() || !programIsPostgres(cmd.get(0))) {
                    return Relation.UNRELATED;
                }
                Path cwd = Files.readSymbolicLink(proc.resolve("cwd"));
                return real.equals(real(cwd)) || real.equals(argumentD(cmd)) ? Relation.SERVER_OF_IT : Relation.UNRELATED;
            } catch (IOException | SecurityException e) {
                // a process of another user: it cannot be a server on our files (PostgreSQL runs as their owner)
                return Relation.UNKNOWN;
            }
        }
        ProcessHandle.Info info = ProcessHandle.of(pid).map(ProcessHandle::info).orElse(null);
        if (info == null || info.command().isEmpty()) {
            return Relation.UNKNOWN;
        }
        if (!programIsPostgres(info.command().get())) {
            return Relation.UNRELATED;
        }
        List<String> cmd = new java.util.ArrayList<>();
        cmd.add(info.command().get());
        info.arguments().ifPresent(a -> cmd.addAll(Arrays.asList(a)));
        Path d = argumentD(cmd);
        return d == null ? Relation.UNKNOWN : real.equals(d) ? Relation.SERVER_OF_IT : Relation.UNRELATED;
    }

    /** Waits until the process is gone; false when it is still there after {@code limit}. */
    static boolean awaitExit(long pid, Duration limit) {
        long end = System.nanoTime() + limit.toNanos();
        while (running(pid)) {
            if (System.nanoTime() > end) {
                return false;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return !running(pid);
            }
        }
        return true;
    }

    private static boolean programIsPostgres(String program) {
        String name = Path.of(program.isBlank() ? "-" : program.split(" ")[0]).getFileName().toString();
        return name.equals("postgres") || name.equals("postmaster") || program.startsWith("postgres:");
    }

    private static Path argumentD(List<String> cmd) {
        for (int i = 1; i < cmd.size() - 1; i++) {
            if ("-D".equals(cmd.get(i))) {
                return real(Path.of(cmd.get(i + 1)));
            }
        }
        return null;
    }

    static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
