package kr.drregistry.filing.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import kr.drregistry.filing.FilingStatus;
import kr.drregistry.filing.FilingType;
import kr.drregistry.identity.OrganisationKind;
import kr.drregistry.rules.Severity;

/**
 * The product's vocabulary (docs/glossary.md): the one word for every status, severity, filing type, decision and
 * disposition, Korean by default ({@code messages/vocab_ko.properties}) and English ({@code vocab_en.properties}).
 * Each method takes the enum itself, so Qute checks at build time that every constant has its word in both languages
 * (keys {@code method_CONSTANT}, or {@code method_$CONSTANT} when a constant has an underscore). In templates:
 * {@code {vocab:filingStatus(filing.status)}}; a value the views carry as a string is turned into its enum by
 * {@link VocabularyExtensions}: {@code {vocab:severity(g.severity.asSeverity)}}.
 */
@MessageBundle(value = "vocab", locale = "ko")
public interface Vocabulary {
    /** Topology, plan, incident report. */
    @Message String filingType(FilingType type);

    /** The status of a topology or plan filing (초안 … 반려됨). */
    @Message String filingStatus(FilingStatus status);

    /** The same statuses in the incident report's own lifecycle (a notice, not an approval). */
    @Message String incidentStatus(FilingStatus status);

    /** A decision on a version as the history shows it (제출, 심사 시작, 보완 요청, 승인, 반려). */
    @Message String decision(FilingStatus.Move move);

    /** A decision on an incident report (접수 확인, 추가 자료 요청, 종결, 반려). */
    @Message String incidentDecision(FilingStatus.Move move);

    @Message String severity(Severity severity);

    /** A reviewer's ruling on one finding. */
    @Message String disposition(Disposition disposition);

    @Message String organisationKind(OrganisationKind kind);

    /** How an entry differs between two versions (topology diff rows and their counts). */
    @Message String change(Change change);

    /** Added, removed or changed between two versions. */
    enum Change {
        ADDED, REMOVED, CHANGED
    }

    /**
     * The sections of a filing as the diffs, the review page and the PDF name them: the plan/v1 members and the
     * topology's parts ({@code section_sites}); one word each for the operator's and the regulator's pages.
     */
    @Message String section_planYear();
    @Message String section_officer();
    @Message String section_department();
    @Message String section_contacts();
    @Message String section_escalation();
    @Message String section_alertLevels();
    @Message String section_scenarios();
    @Message String section_detection();
    @Message String section_procedures();
    @Message String section_notification();
    @Message String section_drills();
    @Message String section_updateValidation();
    @Message String section_multicloud();
    @Message String section_sites();
    @Message String section_services();
    @Message String section_components();
    @Message String section_placements();
    @Message String section_dependencies();
    @Message String section_filing();

    /** The rulings a reviewer gives a finding (stored as their names). */
    enum Disposition {
        CONFIRMED, ACCEPTED_RISK, FALSE_POSITIVE
    }
}
