package kr.drregistry.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine;

/** Where a report goes: {@code -o FILE} (UTF-8), otherwise the command's standard output. */
final class Output {
    private Output() {
    }

    interface Body {
        void write(PrintWriter out) throws IOException;
    }

    static void write(CommandLine cli, Path file, Body body) throws IOException {
        if (file == null) {
            PrintWriter out = cli.getOut();
            body.write(out);
            out.flush();
            return;
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer w = new java.io.BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
             PrintWriter out = new PrintWriter(w)) {
            body.write(out);
        }
    }
}
