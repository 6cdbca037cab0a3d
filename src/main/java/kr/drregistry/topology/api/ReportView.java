package kr.drregistry.topology.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kr.drregistry.topology.validation.ChainStep;
import kr.drregistry.topology.validation.Finding;
import kr.drregistry.topology.validation.LocalizedText;
import kr.drregistry.topology.validation.ScenarioSummary;
import kr.drregistry.topology.validation.Severity;
import kr.drregistry.topology.validation.Subject;
import kr.drregistry.topology.validation.ValidationReport;

/**
 * The JSON shape of a validation report (the published API contract): the policy used, counts by severity,
 * every finding with its evidence chain, and what each scenario takes down.
 */
public record ReportView(PolicyRef policy, Map<String, Integer> summary, List<FindingView> findings,
                         List<ScenarioSummary> scenarios) {

    public record PolicyRef(String id, String version) {
    }

    public record FindingView(String rule, String severity, Subject subject, String scenario, LocalizedText message,
                              List<ChainStep> chain, LocalizedText basis, LocalizedText remedy, Long usersLost) {
        /**
         * The finding's identity across versions: {@code rule|subject kind|subject id|scenario} (empty parts for
         * nulls). Reviewers' dispositions are recorded against it, so a disposition can follow a finding into the
         * next version.
         */
        public static String key(String rule, Subject subject, String scenario) {
            return rule + "|" + (subject == null ? "" : subject.kind()) + "|" + (subject == null || subject.id() == null ? "" : subject.id())
                    + "|" + (scenario == null ? "" : scenario);
        }

        @com.fasterxml.jackson.annotation.JsonIgnore
        public String key() {
            return key(rule, subject, scenario);
        }

        static FindingView of(Finding f) {
            return new FindingView(f.rule(), f.severity().wire(), f.subject(), f.scenario(), f.message(), f.chain(),
                    f.basis(), f.remedy(), f.usersLost());
        }
    }

    public static ReportView of(ValidationReport report) {
        Map<String, Integer> summary = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            summary.put(s.wire(), report.summary().getOrDefault(s, 0));
        }
        return new ReportView(new PolicyRef(report.policyId(), report.policyVersion()), summary,
                report.findings().stream().map(FindingView::of).toList(), report.scenarios());
    }
}
