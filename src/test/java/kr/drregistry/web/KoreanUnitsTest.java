package kr.drregistry.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Big counts of people on Korean pages read in Korean units (issue 19: "1억 1,700만 명"). */
class KoreanUnitsTest {
    @Test
    void countsReadInManEokAndJo() {
        assertEquals("1억 1,700만", TemplateHelpers.koreanUnits(117_000_000));
        assertEquals("1억 9,038만 8,577", TemplateHelpers.koreanUnits(190_388_577));
        assertEquals("4,700만", TemplateHelpers.koreanUnits(47_000_000));
        assertEquals("1억 1", TemplateHelpers.koreanUnits(100_000_001));
        assertEquals("1만", TemplateHelpers.koreanUnits(10_000));
        assertEquals("3조 5만", TemplateHelpers.koreanUnits(3_000_000_050_000L));
    }

    @Test
    void smallCountsStayPlainNumbers() {
        assertEquals("0", TemplateHelpers.koreanUnits(0));
        assertEquals("9,999", TemplateHelpers.koreanUnits(9_999));
        assertEquals("-1만 2", TemplateHelpers.koreanUnits(-10_002));
    }
}
