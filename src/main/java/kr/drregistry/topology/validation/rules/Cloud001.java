package kr.drregistry.topology.validation.rules;

import kr.drregistry.rules.Josa;
import java.util.List;

import kr.drregistry.topology.model.Site;
import kr.drregistry.rules.ChainStep;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.rules.Policy;
import kr.drregistry.topology.validation.Rule;
import kr.drregistry.rules.RuleText;
import kr.drregistry.rules.Subject;
import kr.drregistry.topology.validation.ValidationContext;

/**
 * CLOUD-001 (low by default): every site of the filing names the same {@code provider}. A site without a
 * provider is taken to be run by the operator itself, so a filing with any such site (or with no sites) is not
 * "run by one provider"; a filing with a single site that names a provider is. Subject: the filing (operator).
 */
public final class Cloud001 implements Rule {
    public static final String ID = "CLOUD-001";

    private static final LocalizedText REMEDY = LocalizedText.of(
            "주요 서비스를 둘 이상의 클라우드·IDC 사업자에 나누어 운영하거나, 사업자 전면 장애 시의 대체·이전 계획을 제출하십시오.",
            "Run main services on two or more cloud or IDC providers, or file a substitution and exit plan for a "
                    + "provider-wide outage.");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleText text(Policy policy) {
        return new RuleText(ID,
                LocalizedText.of("모든 사이트를 한 제공자가 운영", "Every site run by one provider"),
                LocalizedText.of(
                        "신고서의 모든 사이트를 한 사업자(provider)가 운영합니다. provider가 없는 사이트는 사업자 자신이 운영하는 것으로 봅니다.",
                        "Every site of the filing is run by one provider; a site without a provider counts as run by "
                                + "the operator itself."),
                REMEDY);
    }

    @Override
    public List<Finding> check(ValidationContext ctx) {
        List<Site> sites = ctx.topology().sites();
        if (sites.isEmpty() || sites.stream().anyMatch(s -> s.provider() == null)
                || sites.stream().map(Site::provider).distinct().count() != 1) {
            return List.of();
        }
        String provider = sites.get(0).provider();
        List<String> ids = sites.stream().map(Site::id).toList();
        LocalizedText message = LocalizedText.of(
                "모든 사이트 " + sites.size() + "개(" + Texts.ko(ids) + ")를 한 사업자 " + Josa.attach(provider, "이/가") + " 운영합니다.",
                "All " + sites.size() + " site(s) (" + Texts.en(ids) + ") are run by one provider, " + provider + ".");
        List<ChainStep> chain = sites.stream().map(s -> Texts.step(0, "site", s.id(), "provider", List.of(s.id()),
                s.id() + " 운영: " + provider, s.id() + " run by " + provider)).toList();
        String operator = ctx.topology().operator();
        return List.of(ctx.finding(ID, Subject.filing(operator), null, message, chain, REMEDY, null));
    }
}
