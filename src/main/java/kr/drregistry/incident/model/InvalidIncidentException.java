package kr.drregistry.incident.model;

import java.util.List;

/**
 * A report or policy document was refused: every problem with its JSON Pointer, a stable code and a message in
 * English and Korean. Nothing of the document is to be stored.
 */
public final class InvalidIncidentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public InvalidIncidentException(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid" : problems.size() + " problem(s); first: " + problems.get(0).pointer() + " "
                + problems.get(0).message());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** One problem: where (JSON Pointer, "" for the whole document), a code, and what is wrong. */
    public record Problem(String pointer, String code, String message, String messageKo) {
    }
}
