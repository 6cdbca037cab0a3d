package kr.drregistry.plan.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Which sections of a plan differ between two versions, for the officer's sign-off ("what changed since the
 * accepted version"). Section names are the plan/v1 member names, which are also the subject ids of plan findings.
 */
public final class PlanSections {
    /** How a section changed: present only in the later plan, only in the earlier one, or in both and different. */
    public enum How {
        ADDED, REMOVED, CHANGED
    }

    /** One section that differs. */
    public record SectionChange(String section, How how) {
    }

    private record Section(String name, Function<PlanContent, Object> value) {
    }

    private static final List<Section> SECTIONS = List.of(
            new Section("planYear", PlanContent::planYear),
            new Section("officer", PlanContent::officer),
            new Section("department", PlanContent::department),
            new Section("contacts", PlanContent::contacts),
            new Section("escalation", PlanContent::escalation),
            new Section("alertLevels", PlanContent::alertLevels),
            new Section("scenarios", PlanContent::scenarios),
            new Section("detection", PlanContent::detection),
            new Section("procedures", PlanContent::procedures),
            new Section("notification", PlanContent::notification),
            new Section("drills", PlanContent::drills),
            new Section("updateValidation", PlanContent::updateValidation),
            new Section("multicloud", PlanContent::multicloud));

    /** Every section name in plan/v1 order. */
    public static List<String> names() {
        return SECTIONS.stream().map(Section::name).toList();
    }

    private PlanSections() {
    }

    /** The sections of {@code after} that differ from {@code before}, in plan/v1 order (empty when none). */
    public static List<SectionChange> changed(PlanContent before, PlanContent after) {
        List<SectionChange> out = new ArrayList<>();
        for (Section s : SECTIONS) {
            Object a = present(s.value().apply(before));
            Object b = present(s.value().apply(after));
            if (Objects.equals(a, b)) {
                continue;
            }
            out.add(new SectionChange(s.name(), a == null ? How.ADDED : b == null ? How.REMOVED : How.CHANGED));
        }
        return out;
    }

    /** An absent section and an empty list read the same. */
    private static Object present(Object value) {
        return value instanceof List<?> list && list.isEmpty() ? null : value;
    }
}
