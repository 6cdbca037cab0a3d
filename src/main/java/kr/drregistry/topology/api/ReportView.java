package kr.drregistry.topology.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kr.drregistry.rules.ChainStep;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.topology.validation.ScenarioSummary;
import kr.drregistry.rules.Severity;
import kr.drregistry.rules.Subject;
import kr.drregistry.topology.validation.ValidationReport;

/**
 * The JSON shape of a validation report (the published API contract): the policy used, counts by severity,
 * every finding with its evidence chain, and what each scenario takes down.
 */
public record ReportView(PolicyRef policy, Map<String, Integer> summary, List<FindingView> findings,
                         List<ScenarioSummary> scenarios,
                         @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                         List<FacilityView> facilities) {

    /** A report without facility references (drr/v1). */
    public ReportView(PolicyRef policy, Map<String, Integer> summary, List<FindingView> findings,
                      List<ScenarioSummary> scenarios) {
        this(policy, summary, findings, scenarios, null);
    }

    /**
     * A {@code facilityRef} met while resolving the sites (FILING-FORMAT-V2.md §7.10): {@code filingVersion} is the
     * version of the filing it used, {@code same-document} for a site of the filing itself, or {@code unresolved}.
     */
    public record FacilityView(String reference, String group, String filingVersion) {
        static FacilityView of(kr.drregistry.topology.facility.FacilityReference r) {
            String version = switch (r.resolution()) {
                case RESOLVED -> r.filingVersion();
                case SAME_DOCUMENT -> "same-document";
                case UNRESOLVED -> "unresolved";
            };
            return new FacilityView(r.reference(), r.group(), version);
        }
    }

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
                report.findings().stream().map(FindingView::of).toList(), report.scenarios(),
                report.facilityReferences() == null ? null
                        : report.facilityReferences().stream().map(FacilityView::of).toList());
    }
}
