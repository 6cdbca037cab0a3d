package kr.drregistry.filing.web;

import java.util.List;
import java.util.stream.Collectors;

import kr.drregistry.export.Csv;
import kr.drregistry.topology.api.CompactReport;
import kr.drregistry.topology.api.ReportView.FindingView;
import kr.drregistry.topology.validation.RootCauses;
import kr.drregistry.topology.validation.RootCauses.RootCause;
import kr.drregistry.rules.ChainStep;
import kr.drregistry.rules.LocalizedText;

/**
 * The findings of a version as CSV for spreadsheets: UTF-8 with a byte-order mark (so that Excel reads Korean
 * correctly), RFC 4180 quoting and CRLF line ends, one row per finding, formula cells defused: see {@link Csv}.
 * Grouped by root cause: the rows of the cause that takes down the most users come first ({@code root cause rank} 1),
 * each row naming every root cause it follows from and the text of the highest-ranked one; report order within a
 * cause.
 */
public final class FindingsCsv {
    public static final String BOM = Csv.BOM;
    public static final List<String> HEADER = List.of("organisation", "filing", "version", "version review status",
            "rule", "severity", "subject kind", "subject id", "scenario", "users lost", "message_ko", "message_en",
            "chain", "basis_ko", "remedy_ko", "root cause rank", "root causes", "root cause_ko", "root cause_en");

    /** What every row repeats about the version. */
    public record Version(String organisation, String filing, int number, String reviewStatus) {
    }

    private FindingsCsv() {
    }

    public static String write(Version version, List<FindingView> findings) {
        List<RootCause> causes = RootCauses.of(CompactReport.findingsOf(findings));
        int[] rank = new int[findings.size()];
        java.util.Arrays.fill(rank, Integer.MAX_VALUE);
        List<List<RootCause>> rootsOf = new java.util.ArrayList<>(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            rootsOf.add(new java.util.ArrayList<>(1));
        }
        for (int r = 0; r < causes.size(); r++) {
            for (int i : causes.get(r).findings()) {
                rank[i] = Math.min(rank[i], r + 1);
                rootsOf.get(i).add(causes.get(r));
            }
        }
        List<Integer> order = new java.util.ArrayList<>(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            order.add(i);
        }
        order.sort(java.util.Comparator.comparingInt(i -> rank[i]));
        StringBuilder out = new StringBuilder(BOM);
        row(out, HEADER);
        for (int i : order) {
            FindingView f = findings.get(i);
            List<RootCause> roots = rootsOf.get(i);
            RootCause first = roots.isEmpty() ? null : roots.get(0);
            row(out, List.of(version.organisation(), version.filing(), String.valueOf(version.number()), version.reviewStatus(),
                    f.rule(), f.severity(), f.subject() == null ? "" : f.subject().kind(), f.subject() == null ? "" : f.subject().id(),
                    nullToEmpty(f.scenario()), f.usersLost() == null ? "" : String.valueOf(f.usersLost()),
                    ko(f.message()), en(f.message()), chain(f.chain()), ko(f.basis()), ko(f.remedy()),
                    first == null ? "" : String.valueOf(rank[i]),
                    roots.stream().map(RootCause::id).collect(Collectors.joining("; ")),
                    first == null ? "" : ko(first.text()), first == null ? "" : en(first.text())));
        }
        return out.toString();
    }

    /** The evidence chain in one cell: its steps' Korean texts joined with " → ". */
    static String chain(List<ChainStep> chain) {
        if (chain == null) {
            return "";
        }
        return chain.stream().map(s -> s.text() != null && s.text().ko() != null ? s.text().ko() : s.kind() + " " + s.id())
                .collect(Collectors.joining(" → "));
    }

    private static void row(StringBuilder out, List<String> cells) {
        Csv.row(out, cells);
    }

    /** One cell, defused and quoted ({@link Csv#cell}). */
    static String cell(String value) {
        return Csv.cell(value);
    }

    private static String ko(LocalizedText t) {
        return t == null ? "" : nullToEmpty(t.ko());
    }

    private static String en(LocalizedText t) {
        return t == null ? "" : nullToEmpty(t.en());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
