package kr.drregistry.filing.web;

import kr.drregistry.topology.api.ScenarioOutcomes;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kr.drregistry.filing.FilingService;
import kr.drregistry.filing.FilingService.DraftContent;
import kr.drregistry.filing.FilingViews.FilingView;
import kr.drregistry.platform.ProblemException;
import kr.drregistry.topology.api.ReportView;
import kr.drregistry.topology.api.TopologyService;
import kr.drregistry.topology.api.TopologyService.Attempt;
import kr.drregistry.topology.parse.ParseError;
import kr.drregistry.topology.validation.Analysis;

/**
 * The topology workspace: what the editor shows (the draft text, its version, the result of checking it) and
 * the checks themselves — the same parser, rules and policy as the API and submissions.
 */
@ApplicationScoped
public class Workspace {
    @Inject
    FilingService filings;
    @Inject
    TopologyService topologies;
    @Inject
    kr.drregistry.topology.api.TopologyContent savedTopologies;
    /**
     * A saved draft longer than this is not put into the editor (a 100,000-component draft is 63 MB of text, which a
     * browser's text area cannot edit); the page checks the saved draft and offers the upload instead. Presentation.
     */
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "drr.portal.editor-max-chars", defaultValue = "2000000")
    int editorMaxChars;

    /**
     * The result of checking a text: parse errors (with line and JSON Pointer) or the findings. {@code empty} when
     * there is nothing to check yet; {@code services}, {@code components}, {@code sites} and {@code scenarios}
     * size the topology; {@code outcomes} is what a drr/v2 report adds (null for drr/v1).
     */
    public record Check(boolean empty, List<ParseError> errors, boolean tooLarge, FindingsView findings, int sites,
                        int services, int components, int scenarios, kr.drregistry.topology.validation.ScenarioSummary worst,
                        String policy, boolean deferred, ProblemException refusal, ScenarioOutcomes outcomes) {
        public Check(boolean empty, List<ParseError> errors, boolean tooLarge, FindingsView findings, int sites,
                     int services, int components, int scenarios, kr.drregistry.topology.validation.ScenarioSummary worst,
                     String policy, boolean deferred, ProblemException refusal) {
            this(empty, errors, tooLarge, findings, sites, services, components, scenarios, worst,
                    policy, deferred, refusal, null);
        }

        public Check(boolean empty, List<ParseError> errors, boolean tooLarge, FindingsView findings, int sites,
                     int services, int components, int scenarios, kr.drregistry.topology.validation.ScenarioSummary worst,
                     String policy, boolean deferred) {
            this(empty, errors, tooLarge, findings, sites, services, components, scenarios, worst,
                    policy, deferred, null);
        }

        public boolean parsed() {
            return !empty && !deferred && errors.isEmpty() && !tooLarge && refusal == null;
        }

        /**
         * A check not made yet: the page is sent at once and asks for the check itself when it loads (htmx), so
         * opening a 1,000-component draft does not wait for its validation.
         */
        static Check later() {
            return new Check(false, List.of(), false, null, 0, 0, 0, 0, null, null, true);
        }

        /** A check that was not made or not finished: the parse and validation budget refused it (429, 503). */
        public static Check refused(ProblemException refusal) {
            return new Check(false, List.of(), false, null, 0, 0, 0, 0, null, null, false, refusal);
        }
    }

    /**
     * What the editor page shows: the text, the draft version it is based on (sent back with a save), the check of
     * that text, and a message about the last action ({@code saved}, a refusal with field errors, an example
     * {@code loaded} into the editor, or one waiting for the reader to {@code confirm} replacing their text).
     */
    public record Editor(String text, long draftVersion, boolean hasDraft, String savedBy, java.time.Instant savedAt,
                         Check check, boolean saved, Integer revisedFrom, ProblemException refusal, long maxBytes,
                         FilingFormats.Example loaded, FilingFormats.Example confirm, long bigDraftChars) {
        public Editor(String text, long draftVersion, boolean hasDraft, String savedBy, java.time.Instant savedAt,
                      Check check, boolean saved, Integer revisedFrom, ProblemException refusal, long maxBytes,
                      FilingFormats.Example loaded, FilingFormats.Example confirm) {
            this(text, draftVersion, hasDraft, savedBy, savedAt, check, saved, revisedFrom, refusal, maxBytes, loaded,
                    confirm, 0);
        }

        /** The saved draft is too large to edit in a browser ({@code drr.portal.editor-max-chars}): upload replaces it. */
        public boolean bigDraft() {
            return bigDraftChars > 0;
        }
    }

    /** {@code checkNow}: check the text in this request (pages without JavaScript); otherwise the page loads it. */
    public Editor open(FilingView f, boolean saved, Integer revisedFrom, boolean checkNow) {
        FilingService.DraftInfo info = filings.draftInfo(f.id());
        if (info.chars() > editorMaxChars) {
            // the page of a draft too large to edit never reads its text (63 MB at 100,000 components)
            return new Editor("", info.version(), true, info.updatedBy(), info.updatedAt(),
                    checkNow ? checkSaved(f, false) : Check.later(), saved, revisedFrom, null, maxBytes(), null, null,
                    info.chars());
        }
        DraftContent d = filings.draft(f.id());
        String text = d.body() == null ? "" : d.body();
        Check check = text.isBlank() || checkNow ? check(f, text, false) : Check.later();
        return new Editor(text, d.version(), d.body() != null, d.updatedBy(), d.updatedAt(), check, saved,
                revisedFrom, null, maxBytes(), null, null);
    }

    /** The check of the saved draft (the page of a draft too large to edit sends no text back). */
    public Check checkSaved(FilingView f, boolean all) {
        FilingService.DraftInfo info = filings.draftInfo(f.id());
        kr.drregistry.topology.model.Topology known = savedTopologies.remembered(info.sha256(), info.mediaType());
        if (known != null) {
            return checked(f, known, all);
        }
        DraftContent d = filings.draft(f.id());
        return check(f, d.body() == null ? "" : d.body(), all);
    }

    /** The editor after a refused save: the text exactly as sent, the refusal, and the check of that text. */
    public Editor refused(FilingView f, String text, Long draftVersion, ProblemException refusal) {
        return refused(f, text, draftVersion, refusal, check(f, text, false));
    }

    /**
     * The editor after a save the parse and validation budget refused (429, 503): the text exactly as sent and the
     * refusal; the text is not checked again (that would cost what was just refused).
     */
    public Editor refusedByBudget(FilingView f, String text, Long draftVersion, ProblemException refusal) {
        return refused(f, text, draftVersion, refusal, Check.refused(refusal));
    }

    private Editor refused(FilingView f, String text, Long draftVersion, ProblemException refusal, Check check) {
        DraftContent d = filings.draft(f.id());
        long version = refusal.status() == 412 ? (draftVersion == null ? d.version() : draftVersion) : d.version();
        return new Editor(text, version, d.body() != null, d.updatedBy(), d.updatedAt(), check, false,
                null, refusal, maxBytes(), null, null);
    }

    /**
     * The editor after "load an example" without JavaScript: the example's text, checked and not saved — unless the
     * editor held other text, which then stays, checked, with the question whether to replace it. The draft version
     * sent with the form is kept, so a save afterwards is judged against the draft the reader started from.
     */
    public Editor example(FilingView f, String typed, Long draftVersion, FilingFormats.Example example, String exampleText,
                          boolean replace) {
        DraftContent d = filings.draft(f.id());
        long version = draftVersion == null ? d.version() : draftVersion;
        String current = typed == null ? "" : typed;
        boolean ask = !replace && !current.isBlank() && !current.equals(exampleText);
        String text = ask ? current : exampleText;
        return new Editor(text, version, d.body() != null, d.updatedBy(), d.updatedAt(), check(f, text, false), false,
                null, null, maxBytes(), ask ? null : example, ask ? example : null);
    }

    public void save(FilingView f, String text, Long draftVersion) {
        filings.saveDraft(f.id(), text.getBytes(StandardCharsets.UTF_8), mediaType(text), draftVersion);
    }

    /** {@code all}: every finding; otherwise the first {@link FindingsView#PAGE_PER_SEVERITY} per severity. */
    public Check check(FilingView f, String text, boolean all) {
        if (text == null || text.isBlank()) {
            return new Check(true, List.of(), false, null, 0, 0, 0, 0, null, null, false);
        }
        Attempt attempt = topologies.tryParse(text.getBytes(StandardCharsets.UTF_8), mediaType(text));
        if (!attempt.parsed()) {
            return new Check(false, attempt.errors(), attempt.tooLarge(), null, 0, 0, 0, 0, null, null, false);
        }
        return checked(f, attempt.topology(), all);
    }

    /** The check of a document already parsed. */
    private Check checked(FilingView f, kr.drregistry.topology.model.Topology topology, boolean all) {
        Analysis a = topologies.analyze(topology);
        ReportView report = ReportView.of(a.report());
        FindingsView findings = FindingsView.of(report.findings(),
                FindingsView.topologyLinks("/filings/" + f.id() + "/pictures"));
        if (!all) {
            findings = findings.limited(FindingsView.PAGE_PER_SEVERITY);
        }
        kr.drregistry.topology.validation.ScenarioSummary worst = null;
        for (var s : a.report().scenarios()) {
            if (s.usersLost() > (worst == null ? 0 : worst.usersLost())) {
                worst = s;
            }
        }
        return new Check(false, List.of(), false, findings, a.topology().sites().size(), a.topology().services().size(),
                a.topology().components().size(), a.report().scenarios().size(), worst,
                a.report().policyId() + " " + a.report().policyVersion(), false, null,
                ScenarioOutcomes.of(report.scenarios(), report.facilities()));
    }

    public long maxBytes() {
        return topologies.maxBodyBytes();
    }

    /** JSON when the text starts like a JSON object, YAML otherwise (YAML is what people write by hand). */
    static String mediaType(String text) {
        String t = text.stripLeading();
        return t.startsWith("{") ? "application/json" : "application/yaml";
    }
}
