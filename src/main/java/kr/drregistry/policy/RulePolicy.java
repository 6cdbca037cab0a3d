package kr.drregistry.policy;


import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One stored version of a validation policy (the JSON document {@code PolicyJson} reads). */
@Entity
@Table(name = "rule_policy")
public class RulePolicy extends PolicyDocument {
    /** Why this version was published (null for the shipped default and versions stored before V11). */
    @Column(name = "change_note")
    public String changeNote;

    @Override
    public String note() {
        return changeNote;
    }
}
