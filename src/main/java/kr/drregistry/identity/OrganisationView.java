package kr.drregistry.identity;

import java.math.BigDecimal;

/**
 * An organisation as the API and pages show it (never the entity itself), with the last change of its designation
 * figures (null: unchanged since it was registered).
 */
public record OrganisationView(String slug, String nameKo, String nameEn, OrganisationKind kind, Long dailyUsers,
                               BigDecimal trafficSharePct, BigDecimal floorAreaM2, BigDecimal receivedPowerMw,
                               Long revenueKrw, String contactEmail, long version, DesignationChangeView lastDesignationChange) {
    static OrganisationView of(Organisation o, DesignationChange last) {
        return new OrganisationView(o.slug, o.nameKo, o.nameEn, o.kind, o.dailyUsers, o.trafficSharePct, o.floorAreaM2,
                o.receivedPowerMw, o.revenueKrw, o.contactEmail, o.rowVersion, DesignationChangeView.of(last));
    }
}
