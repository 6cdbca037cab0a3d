package kr.drregistry.filing.web;

import kr.drregistry.filing.FilingService;
import kr.drregistry.filing.FilingStatus;
import kr.drregistry.plan.PlanDocumentContent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kr.drregistry.audit.AuditTrail;
import kr.drregistry.filing.FilingService.DraftContent;
import kr.drregistry.filing.FilingStatus.Move;
import kr.drregistry.filing.FilingViews.DecisionView;
import kr.drregistry.filing.FilingViews.FilingView;
import kr.drregistry.identity.Actor;
import kr.drregistry.identity.AppUser;
import kr.drregistry.identity.Organisation;
import kr.drregistry.identity.Roles;
import kr.drregistry.identity.TenantScope;
import kr.drregistry.plan.model.PlanContent;
import kr.drregistry.plan.model.PlanJson;
import kr.drregistry.plan.model.PlanParseException;
import kr.drregistry.plan.model.PlanSections;
import kr.drregistry.platform.ProblemException;
import kr.drregistry.policy.PolicyService;
import kr.drregistry.topology.api.ReportView;
import kr.drregistry.topology.api.TopologyService;
import kr.drregistry.topology.diff.TopologyDiff;
import kr.drregistry.topology.diff.TopologyDiffReport;
import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.parse.ParseError;
import kr.drregistry.rules.Policy;
import kr.drregistry.topology.validation.ValidationReport;

/**
 * The officer's sign-off before a submission: the current draft validated now (the same engine and policy a
 * submission uses), what changed since the version the regulator last accepted, the policy it will be judged by;
 * and the password check that stands for the officer's signature. Tenancy comes from {@link FilingService}.
 */
@ApplicationScoped
public class SignOff {
    @Inject
    FilingService filings;
    @Inject
    TopologyService topologies;
    @Inject
    kr.drregistry.topology.api.TopologyContent savedTopologies;
    @Inject
    PlanDocumentContent plans;
    @Inject
    PolicyService policies;
    @Inject
    TenantScope scope;
    @Inject
    AuditTrail audit;

    /** What the draft is: absent, not readable (with its errors), or ready to be signed off. */
    public enum DraftState {
        NONE, UNREADABLE, READY
    }

    /** The version the draft is compared with: the last accepted one, else the latest submitted one, else none. */
    public enum BaselineKind {
        ACCEPTED, SUBMITTED, FIRST
    }

    public record Baseline(BaselineKind kind, int number) {
    }

    /**
     * Everything the sign-off page shows. {@code report} (the findings now, in the shape versions keep them) is
     * null unless the draft is ready; {@code topologyChanges}
     * is set for topology filings and {@code planChanges} for plans, both only when there is a baseline.
     */
    public record Summary(FilingView filing, String organisationKo, String organisationEn, DraftState state,
                          long draftVersion, java.time.Instant draftUpdatedAt, String draftUpdatedBy,
                          List<ParseError> errors, ReportView report, Baseline baseline,
                          TopologyDiffReport topologyChanges, List<PlanSections.SectionChange> planChanges,
                          Policy policy, boolean submittable, boolean maySubmit, List<String> officers) {
        /** What the reviewer asked for when the filing awaits a revision (null otherwise). */
        public DecisionView requestedChanges() {
            if (filing.status() != FilingStatus.CHANGES_REQUESTED) {
                return null;
            }
            return filing.decisions().stream().filter(d -> d.version() == filing.latestVersion()
                    && Move.REQUEST_CHANGES.name().equals(d.decision())).reduce((a, b) -> b).orElse(null);
        }

        /** The organisation's name in {@code language} ("ko" or "en"). */
        public String organisation(String language) {
            return "en".equals(language) ? organisationEn : organisationKo;
        }

        /** The officers' names for a sentence: "이담당, 박담당". */
        public String officerNames() {
            return String.join(", ", officers);
        }

        public boolean ready() {
            return state == DraftState.READY;
        }

        /** The officer sees the confirmation form: the draft is readable and the lifecycle allows a submission. */
        public boolean showForm() {
            return ready() && submittable && maySubmit;
        }

        /** Topology changes listed one by one on the page; the rest are counted ({@link #hiddenChanges()}). */
        public List<kr.drregistry.topology.diff.Change> shownChanges() {
            if (topologyChanges == null) {
                return List.of();
            }
            List<kr.drregistry.topology.diff.Change> all = topologyChanges.changes();
            return all.size() > SHOWN_CHANGES ? all.subList(0, SHOWN_CHANGES) : all;
        }

        public int hiddenChanges() {
            return topologyChanges == null ? 0 : Math.max(0, topologyChanges.changes().size() - SHOWN_CHANGES);
        }

        /** Whether the draft was compared with its baseline (topologies and plans are; incident reports are not). */
        public boolean compared() {
            return topologyChanges != null || planChanges != null;
        }

        public boolean hasChanges() {
            return topologyChanges != null ? !topologyChanges.isEmpty() : planChanges != null && !planChanges.isEmpty();
        }
    }

    /** Most topology changes listed one by one. */
    public static final int SHOWN_CHANGES = 50;
    /** Most parse errors listed on the page; the editor shows all of them. */
    private static final int MAX_ERRORS = 20;

    @Transactional
    public Summary summary(UUID id) {
        FilingView filing = filings.get(id);
        // a topology parsed when this draft was saved on this instance is not read and parsed again (~60 MB at
        // 100,000 components)
        FilingService.DraftInfo info = filings.draftInfo(id);
        kr.drregistry.topology.model.Topology known = filing.type() == kr.drregistry.filing.FilingType.TOPOLOGY
                ? savedTopologies.remembered(info.sha256(), info.mediaType()) : null;
        DraftContent draft = known != null
                ? new DraftContent("", info.mediaType(), info.version(), info.updatedAt(), info.updatedBy())
                : filings.draft(id);
        Organisation org = Organisation.findBySlug(filing.organisation());
        Actor actor = scope.actor();
        boolean submittable = submittable(filing.status());
        Baseline baseline = baseline(filing);
        Policy policy = policies.current();
        List<String> officers = officers(org);
        if (draft.body() == null) {
            return new Summary(filing, org.nameKo, org.nameEn, DraftState.NONE, draft.version(), draft.updatedAt(),
                    draft.updatedBy(), List.of(), null, baseline, null, null, policy, submittable, actor.maySubmit(), officers);
        }
        byte[] body = draft.body().getBytes(StandardCharsets.UTF_8);
        ValidationReport report = null;
        TopologyDiffReport topologyChanges = null;
        List<PlanSections.SectionChange> planChanges = null;
        List<ParseError> errors = List.of();
        switch (filing.type()) {
            case TOPOLOGY -> {
                TopologyService.Attempt attempt = known != null ? new TopologyService.Attempt(known, List.of(), false)
                        : topologies.tryParse(body, draft.mediaType());
                if (attempt.parsed()) {
                    report = topologies.analyze(attempt.topology()).report();
                    if (baseline.kind() != BaselineKind.FIRST) {
                        topologyChanges = TopologyDiff.between(baseTopology(id, baseline.number()), attempt.topology());
                    }
                } else {
                    errors = attempt.errors();
                }
            }
            case PLAN -> {
                try {
                    PlanContent plan = PlanJson.read(body);
                    report = plans.validate(plan);
                    if (baseline.kind() != BaselineKind.FIRST) {
                        planChanges = PlanSections.changed(basePlan(id, baseline.number()), plan);
                    }
                } catch (PlanParseException e) {
                    errors = e.errors();
                }
            }
            case INCIDENT -> report = new ValidationReport(policy.id(), policy.version(),
                    ValidationReport.summarize(List.of()), List.of(), List.of());
        }
        DraftState state = report != null ? DraftState.READY : DraftState.UNREADABLE;
        if (state == DraftState.UNREADABLE && errors.isEmpty()) {
            errors = List.of(new ParseError("", ParseError.SYNTAX, "the draft could not be read", "초안을 읽을 수 없습니다", null, null));
        }
        return new Summary(filing, org.nameKo, org.nameEn, state, draft.version(), draft.updatedAt(), draft.updatedBy(),
                errors.size() > MAX_ERRORS ? errors.subList(0, MAX_ERRORS) : errors, report == null ? null : ReportView.of(report), baseline, topologyChanges,
                planChanges, policy, submittable, actor.maySubmit(), officers);
    }

    /**
     * Checks the officer's signature: the signed-in person may submit and {@code password} is theirs. A wrong
     * password is recorded in the audit trail ({@code signoff.failed}) and returns false; nothing is submitted. Wrong
     * passwords count towards the sign-in throttle of this address and account ({@link kr.drregistry.identity.login.PasswordSignIn}).
     * Editors (and anyone else who may not submit) are refused with 403 before the password is looked at.
     */
    @Inject
    kr.drregistry.identity.login.PasswordSignIn signIn;
    @Inject
    io.vertx.ext.web.RoutingContext request;

    @Transactional
    public boolean verify(UUID id, String password) {
        filings.get(id);
        Actor actor = scope.actor();
        if (!actor.isOperator() || !actor.maySubmit() || actor.isToken()) {
            throw ProblemException.forbidden(m -> m.forbidden_sign_off());
        }
        AppUser user = AppUser.findByUsername(actor.username());
        // the same check, and the same throttle, as signing in: guessing here counts as guessing there
        boolean ok = user != null && user.active && password != null && !password.isEmpty()
                && signIn.check(actor.username(), password, kr.drregistry.platform.ClientAddress.of(request), "sign-off").ok();
        if (!ok) {
            audit.record(actor, "signoff.failed", "filing", id.toString(), "password did not match; nothing was submitted");
        }
        return ok;
    }

    /** The version to compare the draft with (see {@link BaselineKind}). */
    static Baseline baseline(FilingView filing) {
        int accepted = filing.decisions().stream().filter(d -> Move.ACCEPT.name().equals(d.decision()))
                .mapToInt(DecisionView::version).max().orElse(0);
        if (accepted > 0) {
            return new Baseline(BaselineKind.ACCEPTED, accepted);
        }
        if (filing.latestVersion() > 0) {
            return new Baseline(BaselineKind.SUBMITTED, filing.latestVersion());
        }
        return new Baseline(BaselineKind.FIRST, 0);
    }

    static boolean submittable(FilingStatus status) {
        try {
            status.after(Move.SUBMIT);
            return true;
        } catch (FilingStatus.IllegalTransition e) {
            return false;
        }
    }

    /** Display names of the organisation's disaster-management officers (whom an editor asks to submit). */
    static List<String> officers(Organisation org) {
        return AppUser.<AppUser>list("organisation.id = ?1 and active = true order by username", org.id).stream()
                .filter(u -> u.roleSet().contains(Roles.OPERATOR_OFFICER)).map(u -> u.displayName).toList();
    }

    private Topology baseTopology(UUID id, int number) {
        String canonical = filings.content(id, number, false).body();
        return topologies.parse(canonical.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    private PlanContent basePlan(UUID id, int number) {
        return PlanJson.read(filings.content(id, number, false).body().getBytes(StandardCharsets.UTF_8));
    }
}
