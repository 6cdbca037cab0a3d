package kr.drregistry.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import kr.drregistry.topology.api.ReportView;
import kr.drregistry.topology.api.ReportView.FindingView;
import kr.drregistry.topology.diff.Change;
import kr.drregistry.topology.diff.TopologyDiff;
import kr.drregistry.topology.diff.TopologyDiffReport;
import kr.drregistry.rules.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code diff OLD NEW}: what changed between two versions of a filing (the registry's own diff, the one reviewers
 * see) and which findings appear and disappear, a finding being the same across versions when its rule, subject and
 * scenario are (the key reviewers' dispositions follow). Fails on appearing findings at or above {@code --fail-on}.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false)
final class DiffCommand implements Callable<Integer> {
    @ParentCommand
    DrValidate root;
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", descriptionKey = "param.old")
    Path oldFile;

    @Parameters(index = "1", paramLabel = "NEW", descriptionKey = "param.new")
    Path newFile;

    @Mixin
    CommonOptions.TextOrJson output;

    @Mixin
    CommonOptions common;

    @Option(names = "--fail-on", paramLabel = "critical|high|medium|low|info|none", defaultValue = "high", descriptionKey = "option.fail-on-diff")
    Threshold failOn;

    /** The JSON of a diff: the changes, and the findings that appear and disappear. */
    record DiffView(TopologyDiffReport changes, Findings findings) {
    }

    record Findings(List<FindingView> appeared, List<FindingView> disappeared) {
    }

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
        List<Documents.Document> read = common.readAll(spec.commandLine(), t, format, oldFile, newFile);
        if (read == null) {
            return DrValidate.INPUT;
        }
        Documents.Document before = read.get(0);
        Documents.Document after = read.get(1);
        TopologyDiffReport changes = TopologyDiff.between(before.topology(), after.topology());
        List<FindingView> was = ReportView.of(engine.validate(before.topology())).findings();
        List<FindingView> is = ReportView.of(engine.validate(after.topology())).findings();
        Set<String> wasKeys = was.stream().map(FindingView::key).collect(Collectors.toSet());
        Set<String> isKeys = is.stream().map(FindingView::key).collect(Collectors.toSet());
        Findings findings = new Findings(is.stream().filter(f -> !wasKeys.contains(f.key())).toList(),
                was.stream().filter(f -> !isKeys.contains(f.key())).toList());
        Output.write(spec.commandLine(), common.output, out -> {
            if (format == Format.json) {
                Json.write(out, new DiffView(changes, findings));
            } else {
                text(out, changes, findings, t);
            }
        });
        boolean fails = findings.appeared().stream().anyMatch(f -> failOn.fails(Severity.parse(f.severity())));
        return fails ? DrValidate.FINDINGS : DrValidate.OK;
    }

    private void text(PrintWriter out, TopologyDiffReport changes, Findings findings, Messages t) {
        out.println(t.get("diff.header", oldFile, newFile, changes.summary().added(), changes.summary().removed(),
                changes.summary().changed()));
        Map<String, String> marks = new LinkedHashMap<>();
        marks.put(Change.ADDED, "+");
        marks.put(Change.REMOVED, "-");
        marks.put(Change.CHANGED, "~");
        for (Change c : changes.changes()) {
            out.println("  " + marks.get(c.kind()) + " " + c.description().in(t.lang()));
        }
        out.println();
        out.println(t.get("diff.appeared", findings.appeared().size()));
        findings.appeared().forEach(f -> out.println("  + " + line(f, t)));
        out.println(t.get("diff.disappeared", findings.disappeared().size()));
        findings.disappeared().forEach(f -> out.println("  - " + line(f, t)));
    }

    private static String line(FindingView f, Messages t) {
        return "[" + t.get("severity." + f.severity()) + "] " + f.rule() + " " + TextReport.subject(f.subject(), t)
                + (f.scenario() == null ? "" : " (" + f.scenario() + ")") + ": " + f.message().in(t.lang());
    }
}
