package kr.drregistry.cli;

import java.nio.file.Path;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options {@code check}, {@code scenarios} and {@code diff} share: where the report goes and which policy judges. */
final class CommonOptions {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "option.output")
    Path output;

    @Option(names = "--policy", paramLabel = "FILE", descriptionKey = "option.policy")
    Path policy;

    /** The engine under {@code --policy} (or the shipped default); null after saying on stderr why it cannot be. */
    Engine engine(CommandLine cli, Messages t) {
        try {
            return Engine.with(policy, t);
        } catch (Engine.BadPolicy e) {
            cli.getErr().println(e.getMessage());
            return null;
        }
    }

    /** False, after saying so on stderr, when a command that writes only text or JSON is asked for another format. */
    static boolean textOrJson(CommandLine cli, Messages t, Format format) {
        if (format == Format.text || format == Format.json) {
            return true;
        }
        cli.getErr().println(t.get("error.format", format, "text, json"));
        return false;
    }

    /** Writes the errors of refused documents, as JSON or text. */
    static void refused(CommandLine cli, Path output, Format format, java.util.List<Documents.Document> documents, Messages t)
            throws java.io.IOException {
        java.util.List<Checked> refused = documents.stream().filter(d -> !d.parsed())
                .map(d -> new Checked(d.name(), d, null, null)).toList();
        Output.write(cli, output, out -> {
            if (format == Format.json) {
                Json.check(out, refused);
            } else {
                refused.forEach(c -> TextReport.errors(out, c.name(), c.document().errors(), t));
            }
        });
    }
}
