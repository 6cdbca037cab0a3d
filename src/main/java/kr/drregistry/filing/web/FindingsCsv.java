package kr.drregistry.filing.web;

import java.util.List;
import java.util.stream.Collectors;

import kr.drregistry.export.Csv;
import kr.drregistry.topology.api.ReportView.FindingView;
import kr.drregistry.rules.ChainStep;
import kr.drregistry.rules.LocalizedText;

/**
 * The findings of a version as CSV for spreadsheets: UTF-8 with a byte-order mark (so that Excel reads Korean
 * correctly), RFC 4180 quoting and CRLF line ends, one row per finding, formula cells defused: see {@link Csv}.
 */
public final class FindingsCsv {
    public static final String BOM = Csv.BOM;
    public static final List<String> HEADER = List.of("organisation", "filing", "version", "version review status",
            "rule", "severity", "subject kind", "subject id", "scenario", "users lost", "message_ko", "message_en",
            "chain", "basis_ko", "remedy_ko");

    /** What every row repeats about the version. */
    public record Version(String organisation, String filing, int number, String reviewStatus) {
    }

    private FindingsCsv() {
    }

    public static String write(Version version, List<FindingView> findings) {
        StringBuilder out = new StringBuilder(BOM);
        row(out, HEADER);
        for (FindingView f : findings) {
            row(out, List.of(version.organisation(), version.filing(), String.valueOf(version.number()), version.reviewStatus(),
                    f.rule(), f.severity(), f.subject() == null ? "" : f.subject().kind(), f.subject() == null ? "" : f.subject().id(),
                    nullToEmpty(f.scenario()), f.usersLost() == null ? "" : String.valueOf(f.usersLost()),
                    ko(f.message()), en(f.message()), chain(f.chain()), ko(f.basis()), ko(f.remedy())));
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
