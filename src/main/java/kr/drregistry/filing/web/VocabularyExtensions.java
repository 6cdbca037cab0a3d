package kr.drregistry.filing.web;

import io.quarkus.qute.TemplateExtension;

import kr.drregistry.filing.FilingStatus;
import kr.drregistry.filing.FilingType;
import kr.drregistry.identity.OrganisationKind;
import kr.drregistry.rules.Severity;

/**
 * The views carry some vocabulary as the strings stored or sent on the wire (a finding's {@code "critical"}, a
 * decision's {@code "ACCEPT"}, a disposition's {@code "FALSE_POSITIVE"}); these turn such a string into the enum the
 * {@link Vocabulary} takes, so a template names the word by a typed method, never by a key it builds:
 * {@code {vocab:severity(f.severity.asSeverity)}}, {@code {vocab:decision(d.decision.asMove)}},
 * {@code {vocab:disposition(d.disposition.asDisposition)}}.
 */
@TemplateExtension
public final class VocabularyExtensions {
    private VocabularyExtensions() {
    }

    /** {@code "critical"} → {@link Severity#CRITICAL}. */
    static Severity asSeverity(String wire) {
        return Severity.parse(wire);
    }

    /** {@code "UNDER_REVIEW"} → {@link FilingStatus#UNDER_REVIEW}. */
    static FilingStatus asFilingStatus(String status) {
        return FilingStatus.valueOf(status);
    }

    /** {@code "PLAN"} → {@link FilingType#PLAN}. */
    static FilingType asFilingType(String type) {
        return FilingType.valueOf(type);
    }

    /** {@code "IDC"} → {@link OrganisationKind#IDC}. */
    static OrganisationKind asOrganisationKind(String kind) {
        return OrganisationKind.valueOf(kind);
    }

    /** {@code "REQUEST_CHANGES"} → {@link FilingStatus.Move#REQUEST_CHANGES}. */
    static FilingStatus.Move asMove(String decision) {
        return FilingStatus.Move.valueOf(decision);
    }

    /** {@code "added"} → {@link Vocabulary.Change#ADDED}. */
    static Vocabulary.Change asChange(String kind) {
        return Vocabulary.Change.valueOf(kind.toUpperCase(java.util.Locale.ROOT));
    }

    /** {@code "ACCEPTED_RISK"} → {@link Vocabulary.Disposition#ACCEPTED_RISK}. */
    static Vocabulary.Disposition asDisposition(String disposition) {
        return Vocabulary.Disposition.valueOf(disposition);
    }

    /**
     * {@code "alertLevels"} → {@link Vocabulary.FilingSection#alertLevels}; null for a name this version does not know (a
     * comment anchored to a section of old data), which the template shows as it is.
     */
    static Vocabulary.FilingSection asSection(String name) {
        return Vocabulary.FilingSection.of(name);
    }
}
