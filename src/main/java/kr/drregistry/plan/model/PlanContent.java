package kr.drregistry.plan.model;

import java.util.List;

/**
 * 방송통신재난관리계획 (disaster-management plan, the "manual") of one operator for one plan year: the structured
 * sections the regulator reviews. Immutable; lists are never null (absent lists are empty) and optional sections
 * are null when the plan does not (yet) contain them. Completeness is not enforced here but reported by the
 * plan rules ({@code kr.drregistry.manual.rules}), so that an unfinished draft can still be read and checked.
 * The JSON form is {@code plan/v1} ({@link PlanJson}, {@code schema/plan-v1.json}).
 *
 * @param planYear       계획 연도 (plan year, e.g. 2027)
 * @param officer        재난관리 책임자 (named disaster-management officer), or null
 * @param department     재난관리 전담 부서·인력 (dedicated department or staff), or null
 * @param contacts       24시간 비상 연락망 (24/7 contacts)
 * @param escalation     보고·상황 전파 체계 (escalation path), in the order it is followed
 * @param alertLevels    위기경보 단계 (crisis-alert levels 관심/주의/경계/심각) with criteria and actions
 * @param scenarios      재난 유형별 대응 시나리오 (scenario plans)
 * @param detection      장애 감지 및 재난 선포 (detection and declaration), or null
 * @param procedures     서비스별 장애 전환·복구 절차 (failover and recovery procedures per service)
 * @param notification   이용자 고지 및 정부 보고 (user notice and regulator report), or null
 * @param drills         훈련 계획 (drills scheduled)
 * @param updateValidation 업데이트 사전 검증 (pre-validation of updates in a test environment), or null
 * @param multicloud     멀티 클라우드 (main services on two or more clouds), optional, or null
 */
public record PlanContent(int planYear, Officer officer, Department department, List<Contact> contacts,
                          List<EscalationStep> escalation, List<AlertLevel> alertLevels, List<ScenarioPlan> scenarios,
                          Detection detection, List<ServiceProcedure> procedures, Notification notification,
                          List<DrillPlan> drills, UpdateValidation updateValidation, Multicloud multicloud) {
    /** The value of the top-level {@code format} field of the JSON form. */
    public static final String FORMAT = "plan/v1";

    public PlanContent {
        contacts = Lists.copy(contacts);
        escalation = Lists.copy(escalation);
        alertLevels = Lists.copy(alertLevels);
        scenarios = Lists.copy(scenarios);
        procedures = Lists.copy(procedures);
        drills = Lists.copy(drills);
    }
}
