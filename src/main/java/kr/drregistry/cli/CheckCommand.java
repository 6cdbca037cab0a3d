package kr.drregistry.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code check FILE…}: every rule of the policy on each filing, as text, the API's JSON, SARIF or JUnit XML. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false)
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    DrValidate root;
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "param.files")
    List<Path> files;

    @Option(names = {"-f", "--format"}, paramLabel = "text|json|sarif|junit", defaultValue = "text", descriptionKey = "option.format")
    Format format;

    @Mixin
    CommonOptions common;

    @Option(names = "--fail-on", paramLabel = "critical|high|medium|low|info|none", defaultValue = "high", descriptionKey = "option.fail-on")
    Threshold failOn;

    @Option(names = {"-v", "--verbose"}, descriptionKey = "option.verbose")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        Messages t = root.texts();
        Engine engine = common.engine(spec.commandLine(), t);
        if (engine == null) {
            return DrValidate.INPUT;
        }
        Documents documents = new Documents();
        List<Checked> checked = new ArrayList<>();
        for (Path file : files) {
            try {
                Documents.Document d = documents.read(file, t);
                checked.add(new Checked(file.toString(), d, d.parsed() ? engine.validate(d.topology()) : null, null));
            } catch (Documents.Unreadable e) {
                checked.add(new Checked(file.toString(), null, null, e.getMessage()));
            }
        }
        Output.write(spec.commandLine(), common.output, out -> {
            switch (format) {
                case text -> TextReport.check(out, checked, t, failOn, verbose);
                case json -> Json.check(out, checked);
                case sarif -> Sarif.write(out, checked, engine, t);
                case junit -> JUnitReport.write(out, checked, engine, t, failOn);
            }
        });
        if (checked.stream().anyMatch(c -> !c.valid())) {
            return DrValidate.INPUT;
        }
        return checked.stream().anyMatch(c -> c.fails(failOn)) ? DrValidate.FINDINGS : DrValidate.OK;
    }
}
