package kr.drregistry.sector.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import kr.drregistry.sector.coverage.Assessment.Outcome;
import kr.drregistry.sector.coverage.Designation.OperatorKind;
import kr.drregistry.rules.Policies;
import kr.drregistry.rules.Policy;
import kr.drregistry.topology.validation.RuleFixture;

/** The designation thresholds of REGULATION.md, as the shipped policy sets them. */
class CoverageRulesTest {
    private static final CoverageRules RULES = CoverageRules.of(Policies.defaultPolicy());
    private static final long TEN_BN = 10_000_000_000L;

    private static Designation va(Long users, String share) {
        return new Designation(OperatorKind.VALUE_ADDED, users, share == null ? null : new BigDecimal(share), null, null, null);
    }

    private static Designation idc(String floor, String power, Long revenue) {
        return new Designation(OperatorKind.IDC, null, null, floor == null ? null : new BigDecimal(floor),
                power == null ? null : new BigDecimal(power), revenue);
    }

    @Test
    void valueAddedIsCoveredAtExactlyTenMillionUsersOrTwoPercent() {
        assertEquals(Outcome.COVERED, RULES.assess(va(10_000_000L, "0")).outcome());
        assertEquals(Outcome.NOT_COVERED, RULES.assess(va(9_999_999L, "1.9999")).outcome());
        assertEquals(Outcome.COVERED, RULES.assess(va(0L, "2.0000")).outcome());
        assertEquals(Outcome.COVERED, RULES.assess(va(0L, "2")).outcome());
        assertEquals(List.of("trafficSharePct"), RULES.assess(va(5L, "2")).met().stream().map(Assessment.Criterion::field).toList());
    }

    @Test
    void unknownValueAddedDataIsNotNotCovered() {
        assertEquals(Outcome.DATA_MISSING, RULES.assess(va(null, null)).outcome());
        assertEquals(Outcome.DATA_MISSING, RULES.assess(va(9_999_999L, null)).outcome(), "the share could still cover it");
        assertEquals(List.of("trafficSharePct"), RULES.assess(va(9_999_999L, null)).missing());
        assertEquals(Outcome.COVERED, RULES.assess(va(47_000_000L, null)).outcome(), "one met criterion decides");
    }

    @Test
    void idcNeedsSizeAndRevenue() {
        assertEquals(Outcome.COVERED, RULES.assess(idc("22500", "0", TEN_BN)).outcome());
        assertEquals(Outcome.COVERED, RULES.assess(idc("0", "40", TEN_BN)).outcome());
        assertEquals(Outcome.NOT_COVERED, RULES.assess(idc("22499.99", "39.999", TEN_BN)).outcome());
        assertEquals(Outcome.NOT_COVERED, RULES.assess(idc("90000", "200", TEN_BN - 1)).outcome(), "revenue is an AND");
        assertEquals(Outcome.COVERED, RULES.assess(idc("90000", "200", 50_000_000_000L)).outcome());
    }

    @Test
    void unknownIdcDataIsShownAsMissingUnlessTheKnownValuesDecide() {
        assertEquals(Outcome.DATA_MISSING, RULES.assess(idc("90000", null, null)).outcome());
        assertEquals(List.of("revenueKrw"), RULES.assess(idc("90000", null, null)).missing().stream()
                .filter(f -> f.equals("revenueKrw")).toList());
        assertEquals(Outcome.NOT_COVERED, RULES.assess(idc(null, null, TEN_BN - 1)).outcome(), "too little revenue decides");
        assertEquals(Outcome.DATA_MISSING, RULES.assess(idc(null, "39", TEN_BN)).outcome(), "the floor area could still cover it");
        assertEquals(Outcome.NOT_COVERED, RULES.assess(idc("100", "1", null)).outcome(), "too small whatever the revenue");
    }

    @Test
    void theAndOrStructureIsPolicyData() {
        Policy both = RuleFixture.withParam(Policies.defaultPolicy(), Policy.COVERAGE_VA_CRITERIA_REQUIRED, 2);
        assertEquals(Outcome.NOT_COVERED, CoverageRules.of(both).assess(va(47_000_000L, "1.5")).outcome());
        assertEquals(Outcome.COVERED, CoverageRules.of(both).assess(va(47_000_000L, "2.5")).outcome());

        Policy noRevenue = RuleFixture.withParam(Policies.defaultPolicy(), Policy.COVERAGE_IDC_REVENUE_REQUIRED, 0);
        assertEquals(Outcome.COVERED, CoverageRules.of(noRevenue).assess(idc("30000", null, null)).outcome());

        Policy higher = RuleFixture.withParam(Policies.defaultPolicy(), Policy.COVERAGE_VA_MIN_DAILY_USERS, 50_000_000);
        assertEquals(Outcome.NOT_COVERED, CoverageRules.of(higher).assess(va(47_000_000L, "1")).outcome());
    }
}
