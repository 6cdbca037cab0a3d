package kr.drregistry.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kr.drregistry.topology.parse.ParseError;
import kr.drregistry.topology.parse.SourceIndex;
import kr.drregistry.rules.ChainStep;
import kr.drregistry.rules.Finding;
import kr.drregistry.topology.validation.ScenarioSummary;
import kr.drregistry.rules.Severity;
import kr.drregistry.rules.Subject;
import kr.drregistry.topology.validation.ValidationReport;

/** The report for a person at a terminal: per file, findings grouped by severity and then by rule, each at its line. */
final class TextReport {
    private TextReport() {
    }

    static void check(PrintWriter out, List<Checked> files, Messages t, Threshold threshold, boolean chains) {
        for (Checked c : files) {
            if (c.unreadable() != null) {
                out.println(t.get("text.unreadable", c.name(), c.unreadable()));
            } else if (!c.valid()) {
                errors(out, c.name(), c.document().errors(), t);
            } else {
                report(out, c, t, chains);
            }
            out.println();
        }
        long failing = files.stream().filter(c -> c.fails(threshold)).count();
        long refused = files.stream().filter(c -> !c.valid()).count();
        out.println(t.get("text.total", files.size(), failing, refused, threshold.name()));
    }

    static void errors(PrintWriter out, String name, List<ParseError> errors, Messages t) {
        out.println(t.get("text.refused", name, errors.size()));
        for (ParseError e : errors) {
            String at = e.line() == null ? "" : e.line() + ":" + e.column() + " ";
            String pointer = e.pointer().isEmpty() ? "" : e.pointer() + " ";
            out.println("  " + at + pointer + ("en".equals(t.lang()) ? e.message() : e.messageKo()));
        }
    }

    private static void report(PrintWriter out, Checked c, Messages t, boolean chains) {
        ValidationReport r = c.report();
        Map<Severity, Integer> s = r.summary();
        out.println(t.get("text.header", c.name(), r.policyId(), r.policyVersion(), r.findings().size(),
                s.get(Severity.CRITICAL), s.get(Severity.HIGH), s.get(Severity.MEDIUM), s.get(Severity.LOW), s.get(Severity.INFO)));
        if (r.findings().isEmpty()) {
            out.println("  " + t.get("text.clean"));
            return;
        }
        SourceIndex index = c.document().locations();
        Map<Severity, Map<String, List<Finding>>> grouped = new LinkedHashMap<>();
        for (Severity severity : Severity.values()) {
            grouped.put(severity, new LinkedHashMap<>());
        }
        for (Finding f : r.findings()) {
            grouped.get(f.severity()).computeIfAbsent(f.rule(), k -> new ArrayList<>()).add(f);
        }
        for (Map.Entry<Severity, Map<String, List<Finding>>> bySeverity : grouped.entrySet()) {
            if (bySeverity.getValue().isEmpty()) {
                continue;
            }
            out.println();
            out.println("[" + t.get("severity." + bySeverity.getKey().wire()) + "]");
            for (Map.Entry<String, List<Finding>> byRule : bySeverity.getValue().entrySet()) {
                out.println("  " + t.get("text.rule", byRule.getKey(), byRule.getValue().size()));
                for (Finding f : byRule.getValue()) {
                    SourceIndex.Position at = Locations.position(index, Locations.pointer(index, f.rule(), f.subject()));
                    out.println("    - " + c.name() + ":" + at.line() + ":" + at.column() + "  " + subject(f.subject(), t)
                            + (f.scenario() == null ? "" : "  " + t.get("text.scenario", f.scenario())));
                    out.println("      " + f.message().in(t.lang()));
                    if (chains) {
                        for (ChainStep step : f.chain()) {
                            out.println("      " + "  ".repeat(step.depth() + 1) + "↳ " + step.text().in(t.lang()));
                        }
                        if (f.remedy() != null) {
                            out.println("      " + t.get("text.remedy", f.remedy().in(t.lang())));
                        }
                    }
                }
            }
        }
    }

    static String subject(Subject subject, Messages t) {
        if (subject == null) {
            return "";
        }
        return t.getOr("subject." + subject.kind(), subject.kind()) + " " + (subject.id() == null ? "" : subject.id());
    }

    static void scenarios(PrintWriter out, String name, List<ScenarioSummary> scenarios, Messages t) {
        out.println(t.get("scenarios.header", name, scenarios.size()));
        int width = scenarios.stream().mapToInt(s -> s.id().length()).max().orElse(8);
        width = Math.max(width, t.get("scenarios.col.scenario").length());
        String format = "%-" + width + "s  %14s  %14s  %10s  %s%n";
        out.printf(format, t.get("scenarios.col.scenario"), t.get("scenarios.col.users.least"), t.get("scenarios.col.users"),
                t.get("scenarios.col.components"), t.get("scenarios.col.services"));
        for (ScenarioSummary s : scenarios) {
            out.printf(format, s.id(), s.usersLostLargestService() == null ? "-" : String.format("%,d", s.usersLostLargestService()),
                    String.format("%,d", s.usersLost()), s.downComponents(),
                    s.downServices().isEmpty() ? "-" : String.join(", ", s.downServices()));
        }
        out.println(t.get("scenarios.note"));
    }
}
