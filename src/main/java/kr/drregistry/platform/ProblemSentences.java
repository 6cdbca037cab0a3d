package kr.drregistry.platform;

import java.util.List;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import kr.drregistry.platform.PlatformMessages.Happened;

/**
 * The one rule for the human sentence of a problem ({@code detail}) in a language: the problem's own sentence from the
 * {@code platform} bundle; else the English or Korean detail it was given, in that language; else the sentence of its
 * status ("입력 오류가 3개 있습니다", "이 계정의 역할로는 할 수 없는 작업입니다"), so a Korean reader never gets English.
 */
public final class ProblemSentences {
    private ProblemSentences() {
    }

    /** The problem bundle in {@code language} ("en" or Korean otherwise); only inside the running application. */
    public static PlatformMessages in(String language) {
        return MessageBundles.get(PlatformMessages.class, Localized.Literal.of("en".equals(language) ? "en" : "ko"));
    }

    /** The sentence of a problem in the language of {@code words} ({@code english} says which one that is). */
    public static String detail(PlatformMessages words, boolean english, int status, ProblemException.Text text,
                                String detailEn, String detailKo, List<ProblemException.FieldError> errors) {
        if (text != null) {
            return text.apply(words);
        }
        if (english && detailEn != null) {
            return detailEn;
        }
        if (!english && detailKo != null) {
            return detailKo;
        }
        return (status == 400 || status == 422) && errors != null && !errors.isEmpty()
                ? words.input_errors(errors.size()) : words.happened(happened(status));
    }

    /** The kind of sentence that says what happened, for a problem that has no sentence of its own. */
    public static Happened happened(int status) {
        return switch (status) {
            case 400 -> Happened.INPUT;
            case 401 -> Happened.UNAUTHENTICATED;
            case 403 -> Happened.FORBIDDEN;
            case 404 -> Happened.NOT_FOUND;
            case 405 -> Happened.METHOD;
            case 406 -> Happened.NOT_ACCEPTABLE;
            case 409 -> Happened.CONFLICT;
            case 412 -> Happened.PRECONDITION_FAILED;
            case 428 -> Happened.PRECONDITION_REQUIRED;
            case 413 -> Happened.TOO_LARGE;
            case 415 -> Happened.UNSUPPORTED_MEDIA_TYPE;
            case 422 -> Happened.UNPROCESSABLE;
            case 429 -> Happened.TOO_MANY;
            case 503 -> Happened.UNAVAILABLE;
            default -> Happened.OTHER;
        };
    }
}
