package kr.drregistry.topology.guide;

import java.util.ArrayList;
import java.util.List;

import kr.drregistry.topology.sector.SectorConcentration;
import kr.drregistry.rules.Policy;
import kr.drregistry.topology.validation.Rule;
import kr.drregistry.rules.RuleText;
import kr.drregistry.topology.validation.rules.AllRules;

/** What the guide of drr/v1 is made of: its JSON Schema and its rules (the contract's table, CONC-001 last). */
public final class DrrV1 {
    /** Class-path location of the drr/v1 JSON Schema (also published at {@code /api/v1/schema/drr-v1.json}). */
    public static final String SCHEMA = "/schema/drr-v1.json";

    private DrrV1() {
    }

    /** Every rule a drr/v1 filing is checked by, with {@code policy}'s thresholds in their texts. */
    public static List<RuleText> rules(Policy policy) {
        List<RuleText> texts = new ArrayList<>();
        for (Rule rule : AllRules.list()) {
            if (AllRules.V2_ONLY.contains(rule.id())) {
                continue;
            }
            texts.add(rule.text(policy));
        }
        texts.add(SectorConcentration.text(policy));
        return texts;
    }
}
