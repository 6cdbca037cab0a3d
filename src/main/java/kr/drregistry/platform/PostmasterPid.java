package kr.drregistry.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What PostgreSQL writes to {@code postmaster.pid} in its data directory while it runs: the postmaster's process
 * id, its data directory, start time, port, socket directory, first listen address and status ({@code starting},
 * {@code ready}, {@code stopping}). Lines that a starting server has not written yet are empty or absent.
 */
public record PostmasterPid(long pid, String dataDirectory, long startedEpochSeconds, int port, String socketDirectory,
                            String listenAddress, String status) {
    public static final String FILE = "postmaster.pid";

    /** Parses the file's lines; empty when the first line is not a process id (a torn or foreign file). */
    public static Optional<PostmasterPid> parse(List<String> lines) {
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (pid <= 0) {
            return Optional.empty();
        }
        return Optional.of(new PostmasterPid(pid, line(lines, 1), number(line(lines, 2)), (int) number(line(lines, 3)),
                line(lines, 4), line(lines, 5), line(lines, 7)));
    }

    /** Reads {@code postmaster.pid} of a data directory; empty when there is none (the server is not running). */
    public static Optional<PostmasterPid> read(Path dataDirectory) throws IOException {
        try {
            return parse(Files.readAllLines(dataDirectory.resolve(FILE), StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    public boolean ready() {
        return "ready".equals(status);
    }

    private static String line(List<String> lines, int i) {
        return i < lines.size() ? lines.get(i).trim() : "";
    }

    private static long number(String s) {
        try {
            return s.isEmpty() ? 0 : Long.parseLong(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
