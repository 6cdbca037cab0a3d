package kr.drregistry.plan.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import kr.drregistry.plan.form.PlanField;
import kr.drregistry.plan.model.ScenarioKind;

/**
 * Read-only views of a plan (the review page) name a field as the plan editor does, by its {@link PlanField}
 * ({@code {plan:field(f.label)}}; a member the editor does not know keeps its path), and show coded values in words
 * (alert levels, scenario kinds): {@code {inject:planLabels.value(f.label, f.value, lang)}}.
 */
@ApplicationScoped
@Named("planLabels")
public class PlanLabels {
    private final Properties ko = load("ko");
    private final Properties en = load("en");

    private static Properties load(String lang) {
        Properties p = new Properties();
        try (InputStream in = PlanLabels.class.getClassLoader().getResourceAsStream("messages/plan_" + lang + ".properties")) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the plan labels cannot be read", e);
        }
        return p;
    }

    /** A value of {@code field} as people read it: alert levels and scenario kinds in words, anything else as it is. */
    public String value(PlanField field, String value, String lang) {
        if (field == PlanField.ALERT_LEVELS_LEVEL) {
            String word = ("en".equals(lang) ? en : ko).getProperty("level_" + (value == null ? "" : value.toUpperCase(java.util.Locale.ROOT)));
            return word == null ? value : word;
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
