package kr.drregistry.sector.web;

import io.quarkus.qute.TemplateExtension;

/**
 * The designation figures a coverage criterion tests, named as {@code Assessment.Criterion#field} spells them, so the
 * coverage page names each figure and its unit by a typed message method: {@code {sector:field(c.field.asFigure)}},
 * {@code {sector:unit(c.field.asFigure)}}.
 */
public enum CoverageWords {
    dailyUsers, trafficSharePct, floorAreaM2, receivedPowerMw, revenueKrw;

    /** Template extension: {@code "floorAreaM2"} → {@link #floorAreaM2}. */
    @TemplateExtension
    static CoverageWords asFigure(String field) {
        return valueOf(field);
    }
}
