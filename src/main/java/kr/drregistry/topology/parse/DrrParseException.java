package kr.drregistry.topology.parse;

import java.util.List;

/**
 * A DR topology document (drr/v1 or drr/v2) was rejected. Carries every error found (see {@link ParseError}); nothing of the
 * document is to be stored. {@link #line()} and {@link #column()} give the position of the first error
 * when it has one (always for {@link ParseError#SYNTAX}).
 */
public final class DrrParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<ParseError> errors;

    /** A rejection with at least one error. */
    public DrrParseException(List<ParseError> errors) {
        super(summary(errors));
        this.errors = List.copyOf(errors);
    }

    /** All errors, in document order as far as the parser could tell. Never empty. */
    public List<ParseError> errors() {
        return errors;
    }

    /** Line (1-based) of the first error, or null when it has no position. */
    public Integer line() {
        return errors.get(0).line();
    }

    /** Column (1-based) of the first error, or null when it has no position. */
    public Integer column() {
        return errors.get(0).column();
    }

    /** True when the document was rejected for its size alone (HTTP 413). */
    public boolean tooLarge() {
        return errors.size() == 1 && ParseError.TOO_LARGE.equals(errors.get(0).code());
    }

    /**
     * The error when the document was refused for one of the size limits alone — the whole document, one YAML line or
     * one text value ({@link ParseError#TOO_LARGE}, {@link ParseError#LINE_TOO_LONG}, {@link ParseError#SCALAR_TOO_LONG});
     * otherwise null.
     */
    public ParseError sizeLimit() {
        if (errors.size() != 1) {
            return null;
        }
        String code = errors.get(0).code();
        return ParseError.TOO_LARGE.equals(code) || ParseError.LINE_TOO_LONG.equals(code)
                || ParseError.SCALAR_TOO_LONG.equals(code) ? errors.get(0) : null;
    }

    /** True when the media type was neither JSON nor YAML (HTTP 415). */
    public boolean unsupportedMediaType() {
        return errors.size() == 1 && ParseError.UNSUPPORTED_MEDIA_TYPE.equals(errors.get(0).code());
    }

    private static String summary(List<ParseError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a DrrParseException needs at least one error");
        }
        String first = errors.get(0).toString();
        return errors.size() == 1 ? "invalid DR topology document (drr/v1 or drr/v2): " + first
                : "invalid DR topology document (drr/v1 or drr/v2), " + errors.size() + " errors; first: " + first;
    }
}
