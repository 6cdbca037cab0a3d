package kr.drregistry.cli;

import java.util.Optional;

import kr.drregistry.topology.parse.SourceIndex;
import kr.drregistry.rules.Subject;

/**
 * Where in the filing a finding points: the list item of its subject ({@code /components/3}), the {@code facility}
 * block of a site for the facility rules, the {@code operator} field for findings about the whole filing.
 */
final class Locations {
    private Locations() {
    }

    /** The JSON Pointer of the element a finding of {@code rule} about {@code subject} is about ("" when none). */
    static String pointer(SourceIndex index, String rule, Subject subject) {
        if (subject == null) {
            return "";
        }
        String list = switch (subject.kind()) {
            case "site", "facility" -> "sites";
            case "service" -> "services";
            case "component" -> "components";
            case "drill" -> "drills";
            default -> null;
        };
        if (list == null) {
            return index.at("/operator").isPresent() ? "/operator" : "";
        }
        Optional<String> item = index.itemPointer(list, subject.id());
        if (item.isEmpty()) {
            return "";
        }
        if (rule != null && rule.startsWith("FAC-") && index.at(item.get() + "/facility").isPresent()) {
            return item.get() + "/facility";
        }
        return item.get();
    }

    /** The line and column of {@code pointer}, or of the document's start. */
    static SourceIndex.Position position(SourceIndex index, String pointer) {
        return index.at(pointer).or(() -> index.at("")).orElse(new SourceIndex.Position(1, 1));
    }
}
