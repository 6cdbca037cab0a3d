package kr.drregistry.plan.model;

import java.util.List;

import kr.drregistry.topology.parse.ParseError;

/**
 * A plan/v1 document was rejected. Carries every error found, in the same shape (and with the same codes) as
 * the topology parser's {@link ParseError}: JSON Pointer, stable code, English and Korean message, and a
 * position where one is known (syntax errors only; structural errors have none). Nothing of the document is
 * to be stored.
 */
public final class PlanParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<ParseError> errors;

    /** A rejection with at least one error. */
    public PlanParseException(List<ParseError> errors) {
        super(summary(errors));
        this.errors = List.copyOf(errors);
    }

    /** All errors, in document order. Never empty. */
    public List<ParseError> errors() {
        return errors;
    }

    /** True when the document was rejected for its size alone (HTTP 413). */
    public boolean tooLarge() {
        return errors.size() == 1 && ParseError.TOO_LARGE.equals(errors.get(0).code());
    }

    private static String summary(List<ParseError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a PlanParseException needs at least one error");
        }
        String first = errors.get(0).toString();
        return errors.size() == 1 ? "invalid plan/v1 document: " + first
                : "invalid plan/v1 document, " + errors.size() + " errors; first: " + first;
    }
}
