package kr.drregistry.plan.web;

import io.quarkus.qute.i18n.Localized;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kr.drregistry.plan.form.PlanField;
import kr.drregistry.plan.model.AlertLevelKind;
import kr.drregistry.plan.model.ScenarioKind;

/**
 * Read-only views of a plan (the review page) name a field as the plan editor does, by its {@link PlanField}
 * ({@code {plan:field(f.label)}}; a member the editor does not know keeps its path), and show coded values in words
 * (alert levels by the plan bundle's {@code level(AlertLevelKind)}, scenario kinds by their own names):
 * {@code {inject:planLabels.value(f.label, f.value, lang)}}.
 */
@ApplicationScoped
@Named("planLabels")
public class PlanLabels {
    @Inject
    PlanMessages ko;
    @Inject
    @Localized("en")
    PlanMessages en;

    /** A value of {@code field} as people read it: alert levels and scenario kinds in words, anything else as it is. */
    public String value(PlanField field, String value, String lang) {
        if (field == PlanField.ALERT_LEVELS_LEVEL) {
            AlertLevelKind level = AlertLevelKind.fromWire(value);
            return level == null ? value : ("en".equals(lang) ? en : ko).level(level);
        }
        if (field == PlanField.SCENARIOS_KIND || field == PlanField.DRILLS_SCENARIO) {
            try {
                ScenarioKind k = ScenarioKind.fromWire(value);
                return k == null ? value : "en".equals(lang) ? k.en() : k.ko();
            } catch (RuntimeException e) {
                return value;
            }
        }
        return value;
    }
}
