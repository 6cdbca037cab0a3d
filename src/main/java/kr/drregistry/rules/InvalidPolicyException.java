package kr.drregistry.rules;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A policy document that cannot be used: not JSON, or a field that is unknown, missing or of the wrong type or
 * value. {@link #problems()} lists every problem with the JSON Pointer of the offending place.
 */
public final class InvalidPolicyException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** One problem: where ({@code /rules/SPOF-001/severity}) and what. */
    public record Problem(String pointer, String message) {
        @Override
        public String toString() {
            return (pointer.isEmpty() ? "/" : pointer) + ": " + message;
        }
    }

    private final transient List<Problem> problems;

    public InvalidPolicyException(List<Problem> problems) {
        super("invalid policy: " + problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
