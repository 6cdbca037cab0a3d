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
 * Read-only views of a plan (the review page) name a field as the plan editor does — the {@code plan} bundle's
 * {@link PlanField} labels ({@code f_<section>_<field>} names the field) — and show coded values in words (alert
 * levels, scenario kinds); anything without a label keeps its path, so a member the editor does not know is still shown. Templates:
 * {@code {inject:planLabels.label(key, lang) ?: path}}, {@code {inject:planLabels.value(key, value, lang)}}.
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

    /** The editor's label of field {@code key} in {@code lang}, or null when it has none. */
    public String label(String key, String lang) {
        PlanField field = key == null || !key.startsWith("f_") ? null : PlanField.ofKey(key.substring(2));
        // the keys PlanMessages#field(PlanField) reads, so both pages show the one label Qute checks at build time
        return field == null ? null : ("en".equals(lang) ? en : ko).getProperty("field_$" + field.name());
    }

    /** A value as people read it: alert levels and scenario kinds in words, anything else as it is. */
    public String value(String key, String value, String lang) {
        if ("f_alertLevels_level".equals(key)) {
            String word = ("en".equals(lang) ? en : ko).getProperty("level_" + (value == null ? "" : value.toUpperCase(java.util.Locale.ROOT)));
            return word == null ? value : word;
        }
        if ("f_scenarios_kind".equals(key) || "f_drills_scenario".equals(key)) {
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
