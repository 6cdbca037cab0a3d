package kr.drregistry.platform;

import java.util.List;
import java.util.function.Function;


/**
 * A failure a person or client should see: mapped to an RFC 9457 problem (API) or an error page (portal).
 * {@code code} becomes the problem type ({@code urn:drr:problem:<code>}); {@code errors} lists invalid fields by
 * JSON Pointer. The human sentence ({@code detail}) is a message of the {@code platform} bundle ({@link #withText}),
 * given in the language the request asks for; the English {@code detail} of the constructor is the sentence of a
 * problem that has none (the mapper then says in Korean what happened by status). Field errors carry both languages.
 */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String code;
    private final String titleKo;
    private final String titleEn;
    private final List<FieldError> errors;
    private Limit limit;
    private Long retryAfterSeconds;
    private String detailKo;
    private String see;
    private Text text;

    /** The human sentence of a problem in the language of the bundle it is given: {@code m -> m.empty_draft()}. */
    @FunctionalInterface
    public interface Text extends Function<PlatformMessages, String> {
    }

    public ProblemException(int status, String code, String titleKo, String titleEn, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.code = code;
        this.titleKo = titleKo;
        this.titleEn = titleEn;
        this.errors = List.copyOf(errors == null ? List.of() : errors);
    }

    /** One invalid input: where (JSON Pointer), a stable code, and what is wrong (English, Korean). */
    public record FieldError(String pointer, String code, String message, String messageKo, Integer line, Integer column) {
        public static FieldError of(String pointer, String message, String messageKo) {
            return new FieldError(pointer, "invalid", message, messageKo, null, null);
        }
    }

    /**
     * The configured limit a refusal is about: its configuration name (e.g. {@code drr.budget.concurrent-per-principal})
     * and value as configured. Shown in the problem document as {@code "limit": {"name": …, "value": …}}.
     */
    public record Limit(String name, String value) {
    }

    /** This problem names the limit that refused the request. */
    public ProblemException withLimit(String name, Object value) {
        this.limit = new Limit(name, String.valueOf(value));
        return this;
    }

    /** The client may retry after this many seconds (the {@code Retry-After} header). */
    public ProblemException withRetryAfter(long seconds) {
        this.retryAfterSeconds = seconds;
        return this;
    }

    /**
     * The sentence of this problem from the {@code platform} message bundle, in the language the request asks for
     * (Korean and English); it replaces the English detail given to the constructor in the problem document and on
     * the error page. The exception's message (logs) stays the English one.
     */
    public ProblemException withText(Text text) {
        this.text = text;
        return this;
    }

    /** The sentence from the message bundle, or null when the problem only has the constructor's English detail. */
    public Text text() {
        return text;
    }

    /** A problem whose sentence is only a message of the {@code platform} bundle (its English form is the log message). */
    public static ProblemException of(int status, String code, String titleKo, String titleEn, Text text,
                                      List<FieldError> errors) {
        return new ProblemException(status, code, titleKo, titleEn, english(text, code), errors).withText(text);
    }

    /** The English sentence for logs and for code run without the application (unit tests): the code when no bundle is at hand. */
    private static String english(Text text, String code) {
        try {
            return text.apply(ProblemSentences.in("en"));
        } catch (RuntimeException | LinkageError e) {
            return code;
        }
    }

    /** The sentence of this problem in {@code language} ("en", Korean otherwise), as the problem document says it. */
    public String detail(String language) {
        boolean english = "en".equals(language);
        return ProblemSentences.detail(ProblemSentences.in(language), english, status, text, getMessage(), detailKo, errors);
    }

    /** The same detail in Korean, for Korean pages and problem documents asked for in Korean. */
    public ProblemException withDetailKo(String detail) {
        this.detailKo = detail;
        return this;
    }

    /** A portal page that is the way forward (the existing filing of a duplicate), shown as a link on the error page. */
    public ProblemException withSee(String pagePath) {
        this.see = pagePath;
        return this;
    }

    /** The Korean detail, or null when there is only the English one. */
    public String detailKo() {
        return detailKo;
    }

    /** The page that is the way forward, or null. */
    public String see() {
        return see;
    }

    /** The limit that refused the request, or null. */
    public Limit limit() {
        return limit;
    }

    /** Seconds for {@code Retry-After}, or null. */
    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** The resource does not exist or the actor may not know it exists (never a 403 that confirms it). */
    public static ProblemException notFound(String what) {
        return new ProblemException(404, "not-found", "찾을 수 없습니다", "Not found", what + " was not found", List.of())
                .withText(m -> m.not_found(what));
    }

    /** The actor's role does not allow this; {@code text} says who may (and whom to ask). */
    public static ProblemException forbidden(Text text) {
        return of(403, "forbidden", "권한이 없습니다", "Forbidden", text, List.of());
    }

    /**
     * A query parameter with a value it does not take: 400 {@code bad-query}, naming the parameter, the value (at most
     * 100 characters of it) and what is allowed, in the request's language.
     */
    public static ProblemException badQuery(String parameter, String value, String allowed) {
        return badQuery(parameter, value, allowed, allowed);
    }

    /** As {@link #badQuery(String, String, String)}, with what is allowed said in each language. */
    public static ProblemException badQuery(String parameter, String value, String allowedKo, String allowedEn) {
        String shown = value == null ? "" : value.length() > 100 ? value.substring(0, 100) + "…" : value;
        return new ProblemException(400, "bad-query", "조회 조건이 올바르지 않습니다", "Bad query",
                parameter + "=" + shown + ": allowed " + allowedEn, List.of())
                .withDetailKo(parameter + "=" + shown + ": 쓸 수 있는 값은 " + allowedKo);
    }

    public static ProblemException invalid(String detail, List<FieldError> errors) {
        return new ProblemException(400, "invalid-input", "입력이 올바르지 않습니다", "Invalid input", detail, errors);
    }

    public static ProblemException conflict(String code, Text text) {
        return of(409, code, "요청이 현재 상태와 충돌합니다", "Conflict", text, List.of());
    }

    public int status() { return status; }
    public String code() { return code; }
    public String titleKo() { return titleKo; }
    public String titleEn() { return titleEn; }
    public List<FieldError> errors() { return errors; }
}
