package kr.drregistry.filing.web;

import io.quarkus.qute.TemplateEnum;
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
     * topology's parts; one word each for the operator's and the regulator's pages. Qute checks at build time that
     * every {@link FilingSection} has its word ({@code section_officer}) in both languages. In templates
     * {@code {vocab:section(c.section.asSection)}} for a name a view carries, {@code {vocab:section(FilingSection:officer)}}
     * for a fixed heading.
     */
    @Message String section(FilingSection section);

    /**
     * A section of a plan/v1 document or of a topology filing. The constants are the names the documents, the diffs
     * and stored comment anchors use ({@code alertLevels}, {@code sites}), so a stored name is its constant and the
     * message keys stay {@code section_<name>}.
     */
    @TemplateEnum
    enum FilingSection {
        planYear, officer, department, contacts, escalation, alertLevels, scenarios, detection, procedures,
        notification, drills, updateValidation, multicloud, sites, services, components, placements, dependencies,
        filing;

        /** The section named {@code name}, or null for a name this version does not know (old data): never throws. */
        public static FilingSection of(String name) {
            return java.util.Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst().orElse(null);
        }
    }

    /** The rulings a reviewer gives a finding (stored as their names). */
    enum Disposition {
        CONFIRMED, ACCEPTED_RISK, FALSE_POSITIVE
    }
}
