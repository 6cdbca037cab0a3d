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

    @Option(names = "--facilities", paramLabel = "DIR", descriptionKey = "option.facilities")
    Path facilities;

    @Option(names = "--registry", paramLabel = "URL", descriptionKey = "option.registry")
    String registry;

    @Option(names = "--token", paramLabel = "TOKEN", descriptionKey = "option.token", defaultValue = "${env:DRR_TOKEN}")
    String token;

    /**
     * The engine under {@code --policy} (or the shipped default), resolving foreign facility references against the
     * filings in {@code --facilities}, then against the registry of {@code --registry} (neither: every foreign
     * reference is unresolved); null after saying on stderr why it cannot be.
     */
    Engine engine(CommandLine cli, Messages t) {
        try {
            kr.drregistry.topology.facility.FacilityLookup lookup = Facilities.read(facilities, t);
            if (registry != null) {
                kr.drregistry.topology.facility.FacilityLookup folder = lookup;
                kr.drregistry.topology.facility.FacilityLookup remote = RegistryFacilities.of(registry, token, t);
                lookup = (organisation, site) -> folder.find(organisation, site).or(() -> remote.find(organisation, site));
            }
            return Engine.with(policy, t).withFacilities(lookup);
        } catch (Engine.BadPolicy e) {
            cli.getErr().println(e.getMessage());
            return null;
        }
    }

    /** {@code -f text|json} of the commands that write no SARIF or JUnit ({@code scenarios}, {@code diff}). */
    static final class TextOrJson {
        @Option(names = {"-f", "--format"}, paramLabel = "text|json", defaultValue = "text", descriptionKey = "option.format-short")
        Format format;

        /** False, after saying so on stderr, when another format was asked for. */
        boolean valid(CommandLine cli, Messages t) {
            if (format == Format.text || format == Format.json) {
                return true;
            }
            cli.getErr().println(t.get("error.format", format, "text, json"));
            return false;
        }
    }

    /**
     * The documents of {@code files}, all parsed; null after writing why not (a file that cannot be read on stderr, a
     * refused document's errors to the report in {@code format}).
     */
    java.util.List<Documents.Document> readAll(CommandLine cli, Messages t, Format format, Path... files) throws java.io.IOException {
        Documents documents = new Documents();
        java.util.List<Documents.Document> read = new java.util.ArrayList<>();
        try {
            for (Path file : files) {
                read.add(documents.read(file, t));
            }
        } catch (Documents.Unreadable e) {
            cli.getErr().println(e.getMessage());
            return null;
        }
        if (read.stream().allMatch(Documents.Document::parsed)) {
            return read;
        }
        refused(cli, output, format, read, t);
        return null;
    }

    /** Writes the errors of refused documents, as JSON or text. */
    private static void refused(CommandLine cli, Path output, Format format, java.util.List<Documents.Document> documents, Messages t)
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
