package kr.drregistry.incident;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import kr.drregistry.policy.PolicyDocument;

/** A stored version of an incident reporting policy; one is active. */
@Entity
@Table(name = "incident_policy")
public class IncidentPolicyRow extends PolicyDocument {
}
