package kr.drregistry.plan.web;

import io.quarkus.qute.TemplateExtension;

import kr.drregistry.plan.model.AlertLevelKind;

/**
 * The plan editor's view carries an alert level as its JSON spelling; this turns it into the enum the
 * {@link PlanMessages#level} method takes: {@code {plan:level(level.asAlertLevel)}}.
 */
@TemplateExtension
public final class PlanWords {
    private PlanWords() {
    }

    /** {@code "caution"} → {@link AlertLevelKind#CAUTION}. */
    static AlertLevelKind asAlertLevel(String wire) {
        AlertLevelKind level = AlertLevelKind.fromWire(wire);
        if (level == null) {
            throw new IllegalArgumentException("not an alert level: " + wire);
        }
        return level;
    }
}
