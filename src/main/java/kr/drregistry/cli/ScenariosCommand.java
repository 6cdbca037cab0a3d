package kr.drregistry.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code scenarios FILE}: the loss table — for every site and shared risk group, which services go down, how many
 * components and how many daily users (the {@code scenarios} of the API's report; JSON is that list).
 */
@Command(name = "scenarios", mixinStandardHelpOptions = true, sortOptions = false)
final class ScenariosCommand implements Callable<Integer> {
    @ParentCommand
    DrValidate root;
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1", paramLabel = "FILE", descriptionKey = "param.file")
    Path file;

    @Mixin
    CommonOptions.TextOrJson output;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        Messages t = root.texts();
        Format format = output.format;
        if (!output.valid(spec.commandLine(), t)) {
            return DrValidate.USAGE;
        }
        Engine engine = common.engine(spec.commandLine(), t);
        if (engine == null) {
            return DrValidate.INPUT;
        }
        List<Documents.Document> read = common.readAll(spec.commandLine(), t, format, file);
        if (read == null) {
            return DrValidate.INPUT;
        }
        Documents.Document d = read.get(0);
        var scenarios = engine.validate(d.topology()).scenarios();
        Output.write(spec.commandLine(), common.output, out -> {
            if (format == Format.json) {
                Json.write(out, scenarios);
            } else {
                TextReport.scenarios(out, d.name(), scenarios, t);
            }
        });
        return DrValidate.OK;
    }
}
