package kr.drregistry.topology.guide;

import java.util.ArrayList;
import java.util.List;

import kr.drregistry.topology.sector.SectorConcentration;
import kr.drregistry.rules.Policy;
import kr.drregistry.topology.validation.Rule;
import kr.drregistry.rules.RuleText;
import kr.drregistry.topology.validation.rules.AllRules;

/** What the guide of drr/v2 is made of: its JSON Schema and every rule (drr/v1's, then those drr/v2 adds, CONC-001 last). */
public final class DrrV2 {
    /** Class-path location of the drr/v2 JSON Schema (also published at {@code /api/v1/schema/drr-v2.json}). */
    public static final String SCHEMA = "/schema/drr-v2.json";

    private DrrV2() {
    }

    /** Every rule a drr/v2 filing is checked by, with {@code policy}'s thresholds in their texts. */
    public static List<RuleText> rules(Policy policy) {
        List<RuleText> texts = new ArrayList<>();
        for (Rule rule : AllRules.list()) {
            texts.add(rule.text(policy));
        }
        texts.add(SectorConcentration.text(policy));
        return texts;
    }
}
