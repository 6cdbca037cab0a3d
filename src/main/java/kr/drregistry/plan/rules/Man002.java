package kr.drregistry.plan.rules;

import java.util.ArrayList;
import java.util.List;

import kr.drregistry.plan.model.Department;
import kr.drregistry.plan.model.PlanContent;
import kr.drregistry.rules.ChainStep;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.rules.Policy;

/**
 * MAN-002 (high by default): the plan names no dedicated department or staff (재난관리 전담 부서·인력): the
 * department is missing, has no name, is not marked dedicated, or has no staff. Subject: section
 * {@code department}.
 */
public final class Man002 implements PlanRule {
    public static final String ID = "MAN-002";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("재난관리 전담 부서·인력 없음", "No dedicated department or staff");
    }

    @Override
    public LocalizedText meaning(Policy policy) {
        return LocalizedText.of("재난관리 전담 부서가 없거나, 부서 이름이 없거나, 전담으로 표시되지 않았거나, 인력이 없습니다.",
                "The plan has no dedicated disaster-management department: it is missing, unnamed, not marked dedicated or has no staff.");
    }

    @Override
    public List<Finding> check(PlanContent plan, Policy policy) {
        Department d = plan.department();
        List<ChainStep> chain = new ArrayList<>();
        if (d == null || PlanFindings.blank(d.name())) {
            chain.add(PlanFindings.field("department/name", PlanFindings.MISSING, "부서명 없음", "no department name"));
        }
        if (d == null || !d.dedicated()) {
            chain.add(PlanFindings.field("department/dedicated", PlanFindings.NOT_SET, "전담 부서로 지정되지 않음",
                    "not marked as dedicated"));
        }
        if (d == null || d.staffCount() == null || d.staffCount() < 1) {
            chain.add(PlanFindings.field("department/staffCount", PlanFindings.MISSING, "전담 인력 수 없음",
                    "no staff"));
        }
        if (chain.isEmpty()) {
            return List.of();
        }
        LocalizedText message = LocalizedText.of("재난관리 전담 부서 또는 전담 인력이 정해져 있지 않습니다.",
                "The plan names no dedicated disaster-management department or staff.");
        LocalizedText remedy = LocalizedText.of(
                "재난관리를 전담하는 부서를 지정하고 부서명과 전담 인력 수를 적으십시오.",
                "Name the department dedicated to disaster management and state how many staff it has.");
        return List.of(PlanFindings.finding(policy, ID, "department", message, chain, remedy));
    }
}
