package kr.drregistry.incident.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import kr.drregistry.incident.model.FiledTopology;
import kr.drregistry.incident.model.FiledTopology.DeclaredService;
import kr.drregistry.incident.model.IncidentPolicy;
import kr.drregistry.incident.model.IncidentReport;
import kr.drregistry.incident.model.IncidentReport.AffectedService;
import kr.drregistry.incident.model.InvalidIncidentException.Problem;
import kr.drregistry.rules.ChainStep;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.rules.Policy.RuleSetting;
import kr.drregistry.rules.Subject;
import kr.drregistry.rules.Rule;
import kr.drregistry.rules.RuleSet;

/**
 * The checks of an incident report. Errors refuse a submission (an affected service or site the filed topology does
 * not have, a field the stage requires left empty); findings are recorded with it:
 * <ul>
 * <li>INC-001 — an affected service took longer to recover than the RTO declared in the filed topology (or is still
 * down past it);</li>
 * <li>INC-002 — an affected service lost more data than its declared RPO;</li>
 * <li>INC-003 — the disruption reached the policy's user-notice threshold, but the report shows no complete notice to
 * users (fact, cause, response so far, contact point, and when it was sent).</li>
 * </ul>
 */
public final class IncidentChecks {
    private IncidentChecks() {
    }

    /** Affected services and sites that the filed topology does not have, by JSON Pointer. */
    public static List<Problem> references(IncidentReport report, FiledTopology topology) {
        List<Problem> problems = new ArrayList<>();
        if (topology == null) {
            if (!report.affectedServices().isEmpty() || !report.affectedSites().isEmpty()) {
                problems.add(new Problem(report.affectedServices().isEmpty() ? "/affectedSites" : "/affectedServices", "no-topology",
                        "the organisation has no submitted DR topology to name affected services and sites from",
                        "영향받은 서비스·사이트를 고를 제출된 DR 구성이 없습니다"));
            }
            return problems;
        }
        for (int i = 0; i < report.affectedServices().size(); i++) {
            String id = report.affectedServices().get(i).id();
            if (!topology.services().containsKey(id)) {
                problems.add(new Problem("/affectedServices/" + i + "/id", "unknown-service",
                        "service '" + id + "' is not in the filed topology (version " + topology.version() + ")",
                        "서비스 '" + id + "'는 제출된 DR 구성(버전 " + topology.version() + ")에 없습니다"));
            }
        }
        for (int i = 0; i < report.affectedSites().size(); i++) {
            String id = report.affectedSites().get(i);
            if (!topology.sites().containsKey(id)) {
                problems.add(new Problem("/affectedSites/" + i, "unknown-site",
                        "site '" + id + "' is not in the filed topology (version " + topology.version() + ")",
                        "사이트 '" + id + "'는 제출된 DR 구성(버전 " + topology.version() + ")에 없습니다"));
            }
        }
        return problems;
    }

    /** The fields {@code stage} requires that the report leaves empty. */
    public static List<Problem> required(IncidentReport report, IncidentPolicy.Stage stage) {
        List<Problem> problems = new ArrayList<>();
        for (String pointer : stage.required()) {
            if (!report.present(pointer)) {
                problems.add(new Problem(pointer, "required",
                        "the " + stage.name().en() + " needs " + pointer.substring(1) + ("/userNotice".equals(pointer)
                                ? " (fact, cause, response, contact and when it was sent)" : ""),
                        stage.name().ko() + "에는 이 항목이 필요합니다" + ("/userNotice".equals(pointer)
                                ? "(사실, 원인, 대응, 연락처, 발송 시각)" : "")));
            }
        }
        return problems;
    }

    /**
     * What the INC rules judge: the report, the filed topology it names (or null), the policy and the time of judging;
     * {@code affected} pairs each affected service with what the topology declares for it, matched once for every rule.
     */
    public record Input(IncidentReport report, FiledTopology topology, IncidentPolicy policy, Instant now, List<Affected> affected) {
        public Input(IncidentReport report, FiledTopology topology, IncidentPolicy policy, Instant now) {
            this(report, topology, policy, now, declaredAffected(report, topology));
        }
    }

    private static final RuleSet<Input, Rule<Input>> RULES = new RuleSet<>(List.of(
            Rule.of("INC-001", IncidentChecks::recoveredLaterThanDeclared),
            Rule.of("INC-002", IncidentChecks::lostMoreDataThanDeclared),
            Rule.of("INC-003", IncidentChecks::usersNotToldInTime)));

    /** INC findings of the report under the policy, at {@code now} (an ongoing disruption counts until now). */
    public static List<Finding> findings(IncidentReport report, FiledTopology topology, IncidentPolicy policy, Instant now) {
        return RULES.run(new Input(report, topology, policy, now), policy::enabled);
    }

    /** INC-001: an affected service recovered later than its declared RTO, or is still down past it. */
    private static List<Finding> recoveredLaterThanDeclared(Input in) {
        List<Finding> findings = new ArrayList<>();
        for (Affected a : in.affected()) {
            AffectedService s = a.reported();
            DeclaredService declared = a.declared();
            if (declared.rtoMinutes() != null) {
                Instant end = s.recoveredAt() != null ? s.recoveredAt() : in.report().recoveredAt();
                boolean ongoing = end == null;
                long actual = Duration.between(in.report().occurredAt(), ongoing ? in.now() : end).toMinutes();
                if (actual > declared.rtoMinutes()) {
                    findings.add(rto(in.policy().rule("INC-001"), declared, in.topology(), actual, ongoing));
                }
            }
        }
        return findings;
    }

    /** INC-002: an affected service lost more data than its declared RPO. */
    private static List<Finding> lostMoreDataThanDeclared(Input in) {
        List<Finding> findings = new ArrayList<>();
        for (Affected a : in.affected()) {
            AffectedService s = a.reported();
            DeclaredService declared = a.declared();
            if (declared.rpoMinutes() != null && s.dataLossMinutes() != null && s.dataLossMinutes() > declared.rpoMinutes()) {
                findings.add(rpo(in.policy().rule("INC-002"), declared, in.topology(), s.dataLossMinutes()));
            }
        }
        return findings;
    }

    /** An affected service as reported, and as the filed topology declares it. */
    public record Affected(AffectedService reported, DeclaredService declared) {
    }

    /** The affected services the filed topology declares, in the report's order; none without a topology or a start. */
    private static List<Affected> declaredAffected(IncidentReport report, FiledTopology topology) {
        if (topology == null || report.occurredAt() == null) {
            return List.of();
        }
        List<Affected> affected = new ArrayList<>();
        for (AffectedService s : report.affectedServices()) {
            DeclaredService d = topology.services().get(s.id());
            if (d != null) {
                affected.add(new Affected(s, d));
            }
        }
        return affected;
    }

    /** INC-003: the disruption reached the user-notice threshold without a complete notice to users. */
    private static List<Finding> usersNotToldInTime(Input in) {
        IncidentReport report = in.report();
        IncidentPolicy policy = in.policy();
        Duration disruption = report.disruption(in.now());
        if (disruption == null || disruption.toMinutes() < policy.userNoticeMinutes()
                || (report.userNotice() != null && report.userNotice().complete())) {
            return List.of();
        }
        RuleSetting rule = policy.rule("INC-003");
        String lasted = Minutes.ko(disruption.toMinutes());
        return List.of(new Finding("INC-003", rule.severity(), new Subject("incident", "userNotice"), null,
                LocalizedText.of("장애가 " + lasted + " 이어졌지만(기준 " + Minutes.ko(policy.userNoticeMinutes())
                                + ") 이용자 고지(사실, 원인, 대응 현황, 연락처, 고지 시각)가 완전하지 않습니다",
                        "the disruption lasted " + Minutes.en(disruption.toMinutes()) + " (threshold "
                                + Minutes.en(policy.userNoticeMinutes()) + ") but the report shows no complete notice to users "
                                + "(fact, cause, response so far, contact point, when it was sent)"),
                List.of(), rule.basis(),
                LocalizedText.of("이용자에게 고지한 내용과 고지 시각·방법을 보고서에 기록하세요",
                        "record what users were told, when and through which channel"), null));
    }

    private static Finding rto(RuleSetting rule, DeclaredService s, FiledTopology t, long actual, boolean ongoing) {
        String name = s.name() == null ? s.id() : s.name();
        LocalizedText message = ongoing
                ? LocalizedText.of("서비스 " + s.id() + "(" + name + ")는 " + Minutes.ko(actual) + "이 지나도록 복구되지 않아 제출된 DR 구성(버전 "
                                + t.version() + ")의 목표 복구 시간(RTO) " + Minutes.ko(s.rtoMinutes()) + "을 넘었습니다",
                        "service " + s.id() + " (" + name + ") is still down after " + Minutes.en(actual) + ", beyond the RTO of "
                                + Minutes.en(s.rtoMinutes()) + " declared in the filed topology (version " + t.version() + ")")
                : LocalizedText.of("서비스 " + s.id() + "(" + name + ")의 실제 복구 시간 " + Minutes.ko(actual) + "이 제출된 DR 구성(버전 "
                                + t.version() + ")의 목표 복구 시간(RTO) " + Minutes.ko(s.rtoMinutes()) + "을 넘었습니다",
                        "service " + s.id() + " (" + name + ") took " + Minutes.en(actual) + " to recover, beyond the RTO of "
                                + Minutes.en(s.rtoMinutes()) + " declared in the filed topology (version " + t.version() + ")");
        List<ChainStep> chain = List.of(
                new ChainStep(0, "service", s.id(), "declared", List.of(), LocalizedText.of("제출된 RTO " + Minutes.ko(s.rtoMinutes()),
                        "declared RTO " + Minutes.en(s.rtoMinutes()))),
                new ChainStep(1, "incident", "recovery", "actual", List.of(), LocalizedText.of(
                        (ongoing ? "현재까지 " : "실제 ") + Minutes.ko(actual), (ongoing ? "so far " : "actual ") + Minutes.en(actual))));
        return new Finding("INC-001", rule.severity(), Subject.service(s.id()), null, message, chain, rule.basis(),
                LocalizedText.of("DR 구성의 RTO를 실제로 달성할 수 있게 구성을 고치거나, 달성 가능한 목표로 다시 제출하세요",
                        "fix the set-up so that the declared RTO is achievable, or file a target you can meet"), null);
    }

    private static Finding rpo(RuleSetting rule, DeclaredService s, FiledTopology t, long loss) {
        String name = s.name() == null ? s.id() : s.name();
        List<ChainStep> chain = List.of(
                new ChainStep(0, "service", s.id(), "declared", List.of(), LocalizedText.of("제출된 RPO " + Minutes.ko(s.rpoMinutes()),
                        "declared RPO " + Minutes.en(s.rpoMinutes()))),
                new ChainStep(1, "incident", "data-loss", "actual", List.of(), LocalizedText.of("실제 데이터 손실 " + Minutes.ko(loss),
                        "actual data loss " + Minutes.en(loss))));
        return new Finding("INC-002", rule.severity(), Subject.service(s.id()), null,
                LocalizedText.of("서비스 " + s.id() + "(" + name + ")의 데이터 손실 " + Minutes.ko(loss) + "이 제출된 DR 구성(버전 " + t.version()
                                + ")의 목표 복구 시점(RPO) " + Minutes.ko(s.rpoMinutes()) + "을 넘었습니다",
                        "service " + s.id() + " (" + name + ") lost " + Minutes.en(loss) + " of data, beyond the RPO of "
                                + Minutes.en(s.rpoMinutes()) + " declared in the filed topology (version " + t.version() + ")"),
                chain, rule.basis(), LocalizedText.of("복제·백업 주기를 RPO에 맞추거나 달성 가능한 RPO로 다시 제출하세요",
                        "align replication and backups with the RPO, or file an RPO you can meet"), null);
    }
}
