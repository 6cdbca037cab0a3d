package kr.drregistry.topology.api;

import java.time.Instant;
import java.util.UUID;

import org.hibernate.annotations.Immutable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import kr.drregistry.platform.UuidEntity;

/**
 * One re-validation of a submitted topology version: its frozen content judged again, at {@code madeAt}, under the
 * policy then active and the facility filings then accepted. Append-only (the database refuses UPDATE and DELETE); the
 * version's own frozen report is never touched.
 */
@Entity
@Immutable
@Table(name = "version_revalidation")
public class Revalidation extends UuidEntity {
    @Column(name = "filing_id")
    public UUID filingId;
    @Column(name = "version_number")
    public int versionNumber;
    @Column(name = "made_at")
    public Instant madeAt;
    @Column(name = "made_by")
    public String madeBy;
    @Column(name = "policy_id")
    public String policyId;
    @Column(name = "policy_version")
    public String policyVersion;
    /** The report, as the validation API writes it. */
    public String report;
}
