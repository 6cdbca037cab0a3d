package kr.drregistry.identity;

import java.time.Instant;

/** A change of designation figures as the API and pages show it. {@code byRegulator}: a correction by the regulator. */
public record DesignationChangeView(Instant changedAt, String changedBy, boolean byRegulator, String reason, long version,
                                    DesignationFigures before, DesignationFigures after) {
    static DesignationChangeView of(DesignationChange c) {
        return c == null ? null
                : new DesignationChangeView(c.changedAt, c.changedBy, c.byRegulator, c.reason, c.rowVersion, c.before(), c.after());
    }
}
