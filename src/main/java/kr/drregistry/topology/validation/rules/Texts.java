package kr.drregistry.topology.validation.rules;

import java.util.List;
import java.util.Locale;

import kr.drregistry.rules.ChainStep;
import kr.drregistry.rules.LocalizedText;

/** Small formatting helpers shared by the rules (lists of ids, numbers, chain steps). */
final class Texts {
    /** How many ids a message names before it says "and N more". */
    static final int SHOWN = 5;

    private Texts() {
    }

    /** {@code a, b, c 외 2개}. */
    static String ko(List<String> ids) {
        String shown = String.join(", ", ids.subList(0, Math.min(SHOWN, ids.size())));
        return ids.size() > SHOWN ? shown + " 외 " + (ids.size() - SHOWN) + "개" : shown;
    }

    /** {@code a, b, c and 2 more}. */
    static String en(List<String> ids) {
        String shown = String.join(", ", ids.subList(0, Math.min(SHOWN, ids.size())));
        return ids.size() > SHOWN ? shown + " and " + (ids.size() - SHOWN) + " more" : shown;
    }

    /** A number without a needless fraction: {@code 30}, {@code 6.2}. */
    static String num(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static ChainStep step(int depth, String kind, String id, String relation, List<String> sites, String ko, String en) {
        return new ChainStep(depth, kind, id, relation, sites, LocalizedText.of(ko, en));
    }

    /** Appends why each of {@code ids} is down in scenario {@code s}, one level below the step before them. */
    static void explainBelow(kr.drregistry.topology.loss.LossAnalysis loss, int s, List<String> ids, List<ChainStep> chain) {
        for (String id : ids) {
            for (ChainStep step : loss.explainComponent(s, id)) {
                chain.add(new ChainStep(step.depth() + 1, step.kind(), step.id(), step.relation(), step.sites(),
                        step.text()));
            }
        }
    }
}
