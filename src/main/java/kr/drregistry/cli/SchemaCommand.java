package kr.drregistry.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code schema [FORMAT]}: the JSON Schema the registry serves ({@code GET /api/v1/schema/drr-v1.json}), byte for byte
 * from the same classpath resource. A later format version is printed as soon as its schema resource
 * ({@code /schema/drr-v2.json}) is in the build.
 */
@Command(name = "schema", mixinStandardHelpOptions = true, sortOptions = false)
final class SchemaCommand implements Callable<Integer> {
    @ParentCommand
    DrValidate root;
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FORMAT", defaultValue = "drr/v1", descriptionKey = "param.schema-format")
    String formatVersion;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "option.output")
    java.nio.file.Path output;

    @Override
    public Integer call() throws IOException {
        String name = formatVersion.trim().toLowerCase(java.util.Locale.ROOT).replace('/', '-');
        if (!name.matches("[a-z0-9-]{1,32}")) {
            name = "";
        }
        byte[] schema;
        try (InputStream in = SchemaCommand.class.getResourceAsStream("/schema/" + name + ".json")) {
            if (in == null || name.isEmpty() || !name.startsWith("drr-")) {
                spec.commandLine().getErr().println(root.texts().get("error.schema", formatVersion));
                return DrValidate.USAGE;
            }
            schema = in.readAllBytes();
        }
        String text = new String(schema, StandardCharsets.UTF_8);
        Output.write(spec.commandLine(), output, out -> out.print(text.endsWith("\n") ? text : text + "\n"));
        return DrValidate.OK;
    }
}
