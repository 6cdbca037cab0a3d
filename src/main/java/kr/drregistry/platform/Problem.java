package kr.drregistry.platform;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import kr.drregistry.platform.ProblemException.FieldError;

/**
 * An RFC 9457 problem document ({@code application/problem+json}). {@code type} is a stable URN per problem
 * kind; {@code errors} lists invalid input by JSON Pointer. Never carries a stack trace or a class name.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors,
                      ProblemException.Limit limit) {
    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem that names no limit. */
    public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, null);
    }

    public static String type(String code) {
        return "urn:drr:problem:" + code;
    }
}
