package kr.drregistry.identity;

import java.math.BigDecimal;

/** An organisation as the API and pages show it (never the entity itself). */
public record OrganisationView(String slug, String nameKo, String nameEn, OrganisationKind kind, Long dailyUsers,
                               BigDecimal trafficSharePct, BigDecimal floorAreaM2, BigDecimal receivedPowerMw,
                               Long revenueKrw, String contactEmail, long version) {
    static OrganisationView of(Organisation o) {
        return new OrganisationView(o.slug, o.nameKo, o.nameEn, o.kind, o.dailyUsers, o.trafficSharePct, o.floorAreaM2,
                o.receivedPowerMw, o.revenueKrw, o.contactEmail, o.rowVersion);
    }
}
