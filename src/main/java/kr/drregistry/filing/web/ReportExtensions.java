package kr.drregistry.filing.web;

import kr.drregistry.topology.api.ScenarioOutcomes;
import io.quarkus.qute.TemplateExtension;
import kr.drregistry.topology.api.ReportView;

/** Template views of a stored report: {@code {r.report.outcomes}} is what a drr/v2 report adds (null for drr/v1). */
@TemplateExtension
public class ReportExtensions {
    private ReportExtensions() {
    }

    static ScenarioOutcomes outcomes(ReportView report) {
        return ScenarioOutcomes.of(report.scenarios(), report.facilities());
    }
}
