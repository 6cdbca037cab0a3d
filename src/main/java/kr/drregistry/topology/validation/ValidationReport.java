package kr.drregistry.topology.validation;

import kr.drregistry.rules.Finding;
import kr.drregistry.rules.Severity;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The result of validating one topology under one policy: the policy it was judged by, the number of findings
 * per severity (every severity present, zeros included), the findings in {@link kr.drregistry.rules.RuleSet#ORDER} and a summary of
 * every loss scenario. A drr/v2 report also lists every {@code facilityRef} met with the filing version it used
 * or {@code unresolved} (FILING-FORMAT-V2.md §7.10); null otherwise.
 */
public record ValidationReport(String policyId, String policyVersion, Map<Severity, Integer> summary,
                               List<Finding> findings, List<ScenarioSummary> scenarios,
                               List<kr.drregistry.topology.facility.FacilityReference> facilityReferences) {
    public ValidationReport {
        summary = Collections.unmodifiableMap(new EnumMap<>(summary));
        findings = List.copyOf(findings);
        scenarios = List.copyOf(scenarios);
        facilityReferences = facilityReferences == null ? null : List.copyOf(facilityReferences);
    }

    /** A report without facility resolution (drr/v1, plans, incidents). */
    public ValidationReport(String policyId, String policyVersion, Map<Severity, Integer> summary,
                            List<Finding> findings, List<ScenarioSummary> scenarios) {
        this(policyId, policyVersion, summary, findings, scenarios, null);
    }

    /** Findings counted per severity, every severity present. */
    public static Map<Severity, Integer> summarize(List<Finding> findings) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        for (Finding f : findings) {
            counts.merge(f.severity(), 1, Integer::sum);
        }
        return counts;
    }
}
