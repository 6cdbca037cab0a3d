package kr.drregistry.identity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** An organisation's designation figures at one moment (null: not declared), as kept in the designation history. */
public record DesignationFigures(Long dailyUsers, BigDecimal trafficSharePct, BigDecimal floorAreaM2, BigDecimal receivedPowerMw,
                                 Long revenueKrw, String contactEmail) {

    static DesignationFigures of(Organisation o) {
        return new DesignationFigures(o.dailyUsers, o.trafficSharePct, o.floorAreaM2, o.receivedPowerMw, o.revenueKrw, o.contactEmail);
    }

    /** What differs from {@code after}, one "field old → new" per field (numbers compared by value: 3.5 = 3.5000). */
    List<String> changesTo(DesignationFigures after) {
        List<String> changes = new ArrayList<>();
        add(changes, "dailyUsers", dailyUsers, after.dailyUsers);
        add(changes, "trafficSharePct", trafficSharePct, after.trafficSharePct);
        add(changes, "floorAreaM2", floorAreaM2, after.floorAreaM2);
        add(changes, "receivedPowerMw", receivedPowerMw, after.receivedPowerMw);
        add(changes, "revenueKrw", revenueKrw, after.revenueKrw);
        add(changes, "contactEmail", contactEmail, after.contactEmail);
        return changes;
    }

    private static void add(List<String> changes, String field, Object before, Object after) {
        boolean same = before instanceof BigDecimal b && after instanceof BigDecimal a ? b.compareTo(a) == 0 : Objects.equals(before, after);
        if (!same) {
            changes.add(field + " " + text(before) + " → " + text(after));
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return "—";
        }
        return value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : value.toString();
    }
}
