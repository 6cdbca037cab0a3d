package kr.drregistry.topology.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import jakarta.ws.rs.QueryParam;

/** The query parameters every report endpoint takes (see {@link ReportQuery}). */
public class ReportParams {
    @QueryParam("view")
    @Parameter(description = "compact (default): root causes, one page of findings with shared chain steps, one language; "
            + "summary: no findings; full: every finding, chain and per-service outcome in both languages")
    String view;
    @QueryParam("lang")
    @Parameter(description = "ko or en (default: from Accept-Language, else ko); both gives {ko, en} for every text")
    String lang;
    @QueryParam("rule")
    @Parameter(description = "only these rules (repeat or comma-separate), e.g. SPOF-002")
    List<String> rule;
    @QueryParam("severity")
    @Parameter(description = "only these severities (critical, high, medium, low, info)")
    List<String> severity;
    @QueryParam("root")
    @Parameter(description = "only the findings of this root cause (an id from rootCauses, e.g. component:deploy-tool)")
    String root;
    @QueryParam("page")
    @Parameter(description = "page of findings, from 1")
    Integer page;
    @QueryParam("size")
    @Parameter(description = "findings per page, 1 to 1000 (default 100)")
    Integer size;

    @QueryParam("rootPage")
    @Parameter(description = "page of the ranked root causes, from 1")
    Integer rootPage;
    @QueryParam("rootSize")
    @Parameter(description = "root causes per page, 1 to 1000 (default 100)")
    Integer rootSize;

    public ReportQuery query(String acceptLanguage) {
        return ReportQuery.of(view, lang, acceptLanguage, rule, severity, root, page, size, rootPage, rootSize);
    }

    /** The full report as it is, or its compact or summary view. */
    public static Object answer(ReportView full, ReportQuery query) {
        return query.view() == ReportQuery.View.FULL ? full : CompactReport.of(full, query);
    }
}
