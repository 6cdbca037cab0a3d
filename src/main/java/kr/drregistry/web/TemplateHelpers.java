package kr.drregistry.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/** Small helpers for templates. */
@TemplateExtension
public final class TemplateHelpers {
    private TemplateHelpers() {
    }

    /** {@code <a href="/lang/en?back={path.urlencode}">} — percent-encodes for a query parameter. */
    static String urlencode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static final java.time.format.DateTimeFormatter SEOUL = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm:ss 'KST'").withZone(java.time.ZoneId.of("Asia/Seoul"));

    /** {@code {entry.at.seoul}} → 2026-11-26 21:39:25 KST (instants are stored in UTC, shown in Korean time). */
    static String seoul(java.time.Instant instant) {
        return SEOUL.format(instant);
    }

    /** {@code {service.dailyUsers.grouped}} → 47,000,000 */
    static String grouped(Number value) {
        return NumberFormat.getIntegerInstance(Locale.ROOT).format(value);
    }

    /**
     * {@code {scenario.usersLost.people}}: a count of people as the page's language reads it: on a Korean page in
     * Korean units, 117000000 → "1억 1,700만", 190388577 → "1억 9,038만 8,577"; on an English page grouped,
     * "117,000,000".
     */
    static String people(Number value, @TemplateExtension.TemplateAttribute(io.quarkus.qute.TemplateInstance.LOCALE) Object locale,
            @TemplateExtension.TemplateAttribute(io.quarkus.qute.TemplateInstance.SELECTED_VARIANT) Object variant) {
        if (value == null) {
            return "";
        }
        return "en".equals(LanguageExtensions.pageLanguage(locale, variant)) ? grouped(value) : koreanUnits(value.longValue());
    }

    private static final String[] UNITS = {"", "만", "억", "조", "경"};

    /** 117000000 → "1억 1,700만": groups of four digits under 만, 억, 조, 경, each grouped by thousands, zeros left out. */
    public static String koreanUnits(long value) {
        if (value < 10_000 && value > -10_000) {
            return grouped(value);
        }
        StringBuilder out = new StringBuilder();
        long rest = Math.abs(value);
        int unit = 0;
        while (rest > 0) {
            long group = rest % 10_000;
            if (group > 0) {
                String part = grouped(group) + UNITS[unit];
                out.insert(0, out.length() == 0 ? part : part + " ");
            }
            rest /= 10_000;
            unit++;
        }
        return value < 0 ? "-" + out : out.toString();
    }

    /**
     * {@code {scenario.usersLost.groupedStack}} → 117,&lt;wbr&gt;000,&lt;wbr&gt;000: the grouped figure with a line-break
     * chance after each comma, so a narrow column (the loss matrix's footer) shows it as short horizontal lines
     * instead of rotated text; it reads as one number.
     */
    static io.quarkus.qute.RawString groupedStack(Number value) {
        return new io.quarkus.qute.RawString(grouped(value).replace(",", ",<wbr>")); // digits and commas only
    }

    /**
     * {@code {org.floorAreaM2.decimal}}: a declared figure as people write it, 32000.00 → "32,000", 3.1000 → "3.1",
     * 100.000 → "100" (the database keeps the column's scale).
     */
    public static String decimal(java.math.BigDecimal value) {
        return new java.text.DecimalFormat("#,##0.####", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }

    /**
     * {@code {s.usersLost.peopleStack}}: {@link #people} for a narrow column (the loss matrix's footer) as short
     * horizontal lines: Korean units break at their spaces ("1억 / 1,700만"), grouped English figures after each comma.
     */
    static io.quarkus.qute.RawString peopleStack(Number value,
            @TemplateExtension.TemplateAttribute(io.quarkus.qute.TemplateInstance.LOCALE) Object locale,
            @TemplateExtension.TemplateAttribute(io.quarkus.qute.TemplateInstance.SELECTED_VARIANT) Object variant) {
        return "en".equals(LanguageExtensions.pageLanguage(locale, variant)) ? groupedStack(value)
                : new io.quarkus.qute.RawString(koreanUnits(value.longValue())); // digits, commas, 만억조경 and spaces only
    }

    /** {@code {step.depth.atMost(6)}}: caps an indentation level for CSS classes. */
    static int atMost(Integer value, int max) {
        return value == null ? 0 : Math.min(value, max);
    }
}
