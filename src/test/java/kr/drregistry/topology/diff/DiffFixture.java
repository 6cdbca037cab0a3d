package kr.drregistry.topology.diff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.parse.DrrParser;

/** Example filings and edited copies of them, parsed with the real parser so every edit is a valid filing. */
final class DiffFixture {
    static final String KAKAO = "kakao-like-2022.yaml";
    static final String IDC = "idc-facility.yaml";

    private static final DrrParser PARSER = new DrrParser();

    private DiffFixture() {
    }

    static String text(String example) {
        try {
            return Files.readString(Path.of("examples", example), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Topology parse(String yaml) {
        return PARSER.parseYaml(yaml.getBytes(StandardCharsets.UTF_8));
    }

    static Topology example(String example) {
        return parse(text(example));
    }

    /**
     * The example after text edits given as pairs (search, replacement); each search text must occur exactly
     * once, so a fixture cannot silently stop editing what it claims to edit.
     */
    static Topology edited(String example, String... searchReplace) {
        return parse(edit(text(example), searchReplace));
    }

    static String edit(String yaml, String... searchReplace) {
        if (searchReplace.length % 2 != 0) {
            throw new IllegalArgumentException("search and replacement come in pairs");
        }
        String out = yaml;
        for (int i = 0; i < searchReplace.length; i += 2) {
            String search = searchReplace[i];
            int at = out.indexOf(search);
            if (at < 0 || out.indexOf(search, at + 1) >= 0) {
                throw new IllegalArgumentException("not exactly one occurrence of: " + search);
            }
            out = out.replace(search, searchReplace[i + 1]);
        }
        return out;
    }

    /** The one change of {@code report} in {@code section} with {@code key}. */
    static Change change(TopologyDiffReport report, String section, String key) {
        List<Change> found = report.changes().stream()
                .filter(c -> c.section().equals(section) && c.key().equals(key)).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one change " + section + "/" + key + " in " + report.changes());
        }
        return found.get(0);
    }

    /** The changes of {@code report} as "section kind key" lines, in report order. */
    static List<String> lines(TopologyDiffReport report) {
        return report.changes().stream().map(c -> c.section() + " " + c.kind() + " " + c.key()).toList();
    }
}
