package kr.drregistry.incident;

import java.util.List;

import kr.drregistry.incident.model.InvalidIncidentException;
import kr.drregistry.platform.ProblemException;
import kr.drregistry.platform.ProblemException.FieldError;

/** Refusals of incident documents as problems (422 with every field by JSON Pointer; 400 for broken JSON). */
public final class IncidentProblems {
    private IncidentProblems() {
    }

    public static ProblemException invalid(String detail, InvalidIncidentException e) {
        return invalid(detail, e.problems());
    }

    public static ProblemException invalid(String detail, List<InvalidIncidentException.Problem> problems) {
        List<FieldError> errors = problems.stream()
                .map(p -> new FieldError(p.pointer(), p.code(), p.message(), p.messageKo(), null, null)).toList();
        if (problems.stream().anyMatch(p -> "syntax".equals(p.code()))) {
            return new ProblemException(400, "malformed-document", "문서 구문이 올바르지 않습니다", "Malformed document", detail, errors)
                    .withText(m -> m.malformed_document(null, null));
        }
        return new ProblemException(422, "invalid-incident", "사고 보고서를 확인하세요", "Check the incident report",
                detail + ": " + problems.size() + " problem(s); nothing was stored", errors)
                .withText(m -> m.invalid_incident(problems.size()));
    }
}
