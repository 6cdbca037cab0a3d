package kr.drregistry.filing.web;

import io.quarkus.qute.i18n.Localized;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kr.drregistry.filing.VersionStatus;
import kr.drregistry.rules.LocalizedText;

/**
 * The review status of a version in words, Korean and English, from the {@code filing} message bundle: one wording
 * for the pages, the PDF and the CSV. In templates: {@code {inject:ui.lang == 'en' ? status.en : status.ko}}.
 */
@ApplicationScoped
public class StatusTexts {
    @Inject
    @Localized("ko")
    FilingMessages ko;
    @Inject
    @Localized("en")
    FilingMessages en;

    /** "제출됨 · 심사 대기" / "Submitted, awaiting review", "보완 요청 (기한 2027-01-31)", "버전 3으로 대체됨", … */
    public LocalizedText label(VersionStatus status) {
        return new LocalizedText(label(ko, status), label(en, status));
    }

    /** What the status means for the reader, one sentence. */
    public LocalizedText explanation(VersionStatus status) {
        return new LocalizedText(explanation(ko, status), explanation(en, status));
    }

    static String explanation(FilingMessages m, VersionStatus s) {
        return switch (s.kind()) {
            case AWAITING_REVIEW -> m.vexplain_AWAITING_REVIEW();
            case UNDER_REVIEW -> m.vexplain_UNDER_REVIEW();
            case CHANGES_REQUESTED -> m.vexplain_CHANGES_REQUESTED();
            case ACCEPTED -> m.vexplain_ACCEPTED();
            case REJECTED -> m.vexplain_REJECTED();
            case SUPERSEDED -> m.vexplain_SUPERSEDED();
        };
    }

    static String label(FilingMessages m, VersionStatus s) {
        return switch (s.kind()) {
            case AWAITING_REVIEW -> m.vstatus_AWAITING_REVIEW();
            case UNDER_REVIEW -> m.vstatus_UNDER_REVIEW();
            case CHANGES_REQUESTED -> s.dueDate() == null ? m.vstatus_CHANGES_REQUESTED() : m.vstatus_changes_due(s.dueDate().toString());
            case ACCEPTED -> m.vstatus_ACCEPTED();
            case REJECTED -> m.vstatus_REJECTED();
            case SUPERSEDED -> m.vstatus_superseded(s.supersededBy());
        };
    }
}
