package kr.drregistry.identity;

import java.math.BigDecimal;
import java.time.Instant;

import kr.drregistry.platform.UuidEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An organisation with its designation fields (REGULATION.md: who must file). */
@Entity
@Table(name = "organisation")
public class Organisation extends UuidEntity {
    public String slug;
    @Column(name = "name_ko")
    public String nameKo;
    @Column(name = "name_en")
    public String nameEn;
    @Enumerated(EnumType.STRING)
    public OrganisationKind kind;
    @Column(name = "daily_users")
    public Long dailyUsers;
    @Column(name = "traffic_share_pct")
    public BigDecimal trafficSharePct;
    @Column(name = "floor_area_m2")
    public BigDecimal floorAreaM2;
    @Column(name = "received_power_mw")
    public BigDecimal receivedPowerMw;
    @Column(name = "revenue_krw")
    public Long revenueKrw;
    @Column(name = "contact_email")
    public String contactEmail;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    @Column(name = "row_version")
    public long rowVersion;

    public static Organisation findBySlug(String slug) {
        return find("slug", slug).firstResult();
    }

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameKo;
    }
}
