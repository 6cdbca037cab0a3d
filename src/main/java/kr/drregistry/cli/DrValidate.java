package kr.drregistry.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code java -jar dr-validate.jar}: the registry's validators offline, where the topology lives (an operator's CMDB
 * or CI), with the same parser, rules, loss simulation, diff and default policy as the registry and no network, no
 * database and no framework. Subcommands: {@code check}, {@code scenarios}, {@code diff}, {@code schema}.
 *
 * <p>Exit codes: {@value #OK} nothing at or above {@code --fail-on}; {@value #FINDINGS} findings at or above it;
 * {@value #USAGE} wrong command line; {@value #INPUT} a file, document or policy that cannot be used.
 */
@Command(name = "dr-validate", resourceBundle = Messages.BUNDLE, mixinStandardHelpOptions = true,
        versionProvider = DrValidate.Version.class,
        subcommands = {CheckCommand.class, ScenariosCommand.class, DiffCommand.class, SchemaCommand.class,
                CommandLine.HelpCommand.class},
        synopsisSubcommandLabel = "COMMAND")
public final class DrValidate implements Runnable {
    /** Nothing at or above the threshold. */
    public static final int OK = 0;
    /** Findings at or above {@code --fail-on}. */
    public static final int FINDINGS = 1;
    /** The command line is wrong (picocli's own code for usage errors). */
    public static final int USAGE = 2;
    /** A file could not be read, a document is not valid drr, or the policy is not valid. */
    public static final int INPUT = 3;

    @Option(names = "--lang", scope = ScopeType.INHERIT, descriptionKey = "option.lang", paramLabel = "ko|en",
            defaultValue = "ko")
    String lang = "ko";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    Messages texts() {
        return Messages.of(lang);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = execute(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs one command line, writing to {@code out} and {@code err}; returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine(langOf(args));
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    /** The command line with its help in {@code lang} ("ko" or "en"). */
    static CommandLine commandLine(String lang) {
        CommandLine cli = new CommandLine(new DrValidate());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setResourceBundle(Messages.bundle(lang));
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            if (e instanceof RegistryFacilities.Unavailable unavailable) {
                command.getErr().println(unavailable.getMessage());
                return INPUT;
            }
            throw e;
        });
        return cli;
    }

    /** The {@code --lang} of a command line before picocli reads it, so that even the help is in that language. */
    static String langOf(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith("--lang=")) {
                return args[i].substring("--lang=".length());
            }
        }
        return "ko";
    }

    /** The version of the jar, from its manifest (the build's version), or "dev" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = DrValidate.class.getPackage().getImplementationVersion();
            return new String[] {"dr-validate " + (v == null ? "dev" : v)};
        }
    }
}
