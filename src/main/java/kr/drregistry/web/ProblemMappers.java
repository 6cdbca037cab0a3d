package kr.drregistry.web;

import kr.drregistry.platform.Problem;
import kr.drregistry.platform.PlatformMessages;
import kr.drregistry.platform.PlatformMessages.Happened;
import kr.drregistry.platform.ProblemSentences;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

import io.quarkus.qute.Template;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import kr.drregistry.platform.DatabaseFailures;
import kr.drregistry.platform.ProblemException;
import kr.drregistry.platform.ProblemException.FieldError;
import kr.drregistry.rules.SyntaxSentences;

/**
 * Turns every failure into an RFC 9457 problem for API clients, or an error page for people in the portal. A
 * stack trace or class name never leaves the server: unexpected errors are logged with an id the response names.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    Template error;

    @Inject
    DatabaseUnavailable databaseUnavailable;

    @Inject
    PlatformMessages korean;

    @Inject
    @Localized("en")
    PlatformMessages english;

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri, HttpHeaders headers) {
        Response r = respond(uri, headers, e.status(), e.code(), e.titleKo(), e.titleEn(), e.text(), e.getMessage(),
                e.detailKo(), e.see(), e.errors(), e.limit());
        return e.retryAfterSeconds() == null ? r
                : Response.fromResponse(r).header("Retry-After", String.valueOf(e.retryAfterSeconds())).build();
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            var said = InputSentences.constraint(v.getConstraintDescriptor().getAnnotation(), v.getConstraintDescriptor().getAttributes());
            errors.add(new FieldError(pointer(v.getPropertyPath()), "constraint", said.apply(ProblemSentences.in("en")),
                    said.apply(ProblemSentences.in("ko")), null, null));
        }
        int count = errors.size();
        return respond(uri, headers, 400, "invalid-input", "입력이 올바르지 않습니다", "Invalid input",
                m -> m.input_errors(count), errors);
    }

    @ServerExceptionMapper({JsonMappingException.class, com.fasterxml.jackson.databind.exc.MismatchedInputException.class,
            com.fasterxml.jackson.databind.exc.InvalidFormatException.class})
    public Response json(JsonMappingException e, UriInfo uri, HttpHeaders headers) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            pointer.append('/').append(r.getFieldName() != null ? escape(r.getFieldName()) : String.valueOf(r.getIndex()));
        }
        // the type the value should have had, said in both languages (the parser's own sentence names Java classes)
        PlatformMessages.JsonType expected = InputSentences.jsonType(
                e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mismatch ? mismatch.getTargetType() : null);
        Integer line = e.getLocation() == null ? null : e.getLocation().getLineNr();
        Integer column = e.getLocation() == null ? null : e.getLocation().getColumnNr();
        return respond(uri, headers, 400, "invalid-json", "JSON 본문이 올바르지 않습니다", "Invalid JSON body",
                m -> m.input_errors(1), List.of(new FieldError(pointer.toString(), "type", ProblemSentences.in("en").json_type(expected),
                        ProblemSentences.in("ko").json_type(expected), line, column)));
    }

    @ServerExceptionMapper
    public Response jsonSyntax(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        Integer line = e.getLocation() == null ? null : e.getLocation().getLineNr();
        Integer column = e.getLocation() == null ? null : e.getLocation().getColumnNr();
        SyntaxSentences.Sentence said = SyntaxSentences.of(e.getOriginalMessage());
        return respond(uri, headers, 400, "invalid-json", "JSON 본문이 올바르지 않습니다", "Invalid JSON body",
                m -> m.malformed_document(line, column),
                List.of(new FieldError("", "syntax", said.en(), said.ko(), line, column)));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonMappingException mapping) {
            return json(mapping, uri, headers);
        }
        if (e.getCause() instanceof JsonProcessingException syntax) {
            return jsonSyntax(syntax, uri, headers);
        }
        if (status == 413) {
            return respond(uri, headers, 413, "too-large", "요청 본문이 너무 큽니다", "Request body too large",
                    m -> m.happened(Happened.TOO_LARGE), List.of());
        }
        String code = switch (status) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 415 -> "unsupported-media-type";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            default -> status >= 500 ? "internal" : "bad-request";
        };
        if (status >= 500) {
            return internal(e, uri, headers);
        }
        Response.Status s = Response.Status.fromStatusCode(status);
        String reason = s == null ? "Error" : s.getReasonPhrase();
        return respond(uri, headers, status, code, koreanTitle(status), englishTitle(status, reason), null, null, null, null,
                List.of(), null);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        // a page of the regulator's part opened by an operator's account: say so, not just "your role"
        boolean regulators = uri.getPath().equals("/regulator") || uri.getPath().startsWith("/regulator/")
                || uri.getPath().startsWith("/api/v1/regulator");
        return respond(uri, headers, 403, "forbidden", "권한이 없습니다", "Forbidden",
                regulators ? PlatformMessages::forbidden_regulator_view : PlatformMessages::forbidden_role, List.of());
    }

    /**
     * API clients get a 401 problem with a Basic challenge; people in the portal go (back) to the sign-in page,
     * with the failure shown when the sign-in form itself failed.
     */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        if (!uri.getPath().startsWith("/api/")) {
            String target = uri.getPath().equals("/j_security_check") ? "/login?error=1" : "/login";
            return Response.status(302).location(java.net.URI.create(target)).build();
        }
        Response problem = respond(uri, headers, 401, "unauthenticated", "로그인이 필요합니다", "Authentication required",
                m -> m.happened(Happened.UNAUTHENTICATED), List.of());
        return Response.fromResponse(problem).header("WWW-Authenticate", "Basic realm=\"dr-registry\"").build();
    }

    /**
     * Unexpected errors are 500 with an incident id — except when the database could not be reached: that is 503
     * with Retry-After ({@link DatabaseUnavailable}), so that clients retry instead of reporting a bug.
     */
    @ServerExceptionMapper
    public Response internal(Throwable e, UriInfo uri, HttpHeaders headers) {
        if (DatabaseFailures.isUnavailable(e)) {
            LOG.warnf("database unavailable on %s: %s", uri.getPath(), e.getMessage());
            return databaseUnavailable.response(uri.getPath(), UiLocale.resolve(headers), wantsHtml(uri, headers),
                    uri.getRequestUri().getRawPath());
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error %s on %s", incident, uri.getPath());
        return answer(uri, headers, 500, "internal", "서버 오류가 발생했습니다", "Internal error",
                m -> m.internal(incident), null, null, null, List.of(), null, incident);
    }

    private Response respond(UriInfo uri, HttpHeaders headers, int status, String code, String titleKo, String titleEn,
                             ProblemException.Text text, List<FieldError> errors) {
        return respond(uri, headers, status, code, titleKo, titleEn, text, null, null, null, errors, null);
    }

    private Response respond(UriInfo uri, HttpHeaders headers, int status, String code, String titleKo, String titleEn,
                             ProblemException.Text text, String detailEn, String detailKo, String see,
                             List<FieldError> errors, ProblemException.Limit limit) {
        return answer(uri, headers, status, code, titleKo, titleEn, text, detailEn, detailKo, see, errors, limit, null);
    }

    /**
     * The problem in the caller's language (the {@code drr-lang} cookie, else Accept-Language, else Korean): the
     * problem's sentence from the {@code platform} bundle; else its English detail when English is asked for and its
     * Korean one when Korean is; else the sentence of its status ({@link PlatformMessages#happened}), so a Korean reader
     * never gets an English sentence. A person gets the error page inside the usual layout (signed-in header and menu),
     * with what happened, the next step for the status (who to ask on a 403, where to look on a 404) and the way
     * forward when the problem names one. Type, status, title per language, errors and limit are as before.
     */
    private Response answer(UriInfo uri, HttpHeaders headers, int status, String code, String titleKo, String titleEn,
                            ProblemException.Text text, String detailEn, String detailKo, String see,
                            List<FieldError> errors, ProblemException.Limit limit, String incident) {
        Locale locale = UiLocale.resolve(headers);
        boolean english = "en".equals(locale.getLanguage());
        String title = english ? titleEn : titleKo;
        PlatformMessages words = english ? this.english : korean;
        String detail = ProblemSentences.detail(words, english, status, text, detailEn, detailKo, errors);
        if (wantsHtml(uri, headers)) {
            String html = error.data("status", status).data("title", title).data("detail", detail)
                    .data("incident", incident).data("see", see).data("back", back(headers, uri))
                    .data("next", nextStep(status)).data("errors", errors).setLocale(locale).render();
            return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
        }
        Problem p = new Problem(Problem.type(code), title, status, detail, uri.getPath(), errors, limit);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(p).build();
    }

    /** The home pages the error page links to anyway (the dashboard, the review queue, the start page). */
    private static final java.util.Set<String> HOMES = java.util.Set.of("/", "/portal", "/regulator");

    /**
     * The page the person came from, when it is a page of this site (the Referer's path and query) other than a home
     * page the error page links to anyway and other than the failed address itself, for the error page's way back;
     * null otherwise.
     */
    private static String back(HttpHeaders headers, UriInfo uri) {
        String referer = headers.getHeaderString("Referer");
        if (referer == null || referer.isBlank()) {
            return null;
        }
        try {
            java.net.URI from = java.net.URI.create(referer.strip());
            String host = headers.getHeaderString(HttpHeaders.HOST);
            if (from.getHost() == null || host == null || !host.equalsIgnoreCase(from.getAuthority())) {
                return null;
            }
            String path = from.getRawPath() == null || from.getRawPath().isEmpty() ? "/" : from.getRawPath();
            if (!path.startsWith("/") || path.startsWith("//")) {
                return null;
            }
            if (HOMES.contains(path) || path.equals(uri.getRequestUri().getRawPath())) {
                return null;
            }
            return from.getRawQuery() == null ? path : path + "?" + from.getRawQuery();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** What a person does next after an error (the error page words it: {@code {web:errorNext(next)}}). */
    public enum NextStep {
        INPUT, FORBIDDEN, NOT_FOUND, CONFLICT, TOO_LARGE, LATER, INTERNAL
    }

    /** What a person does next after an error with this status (null: nothing to add). */
    private static NextStep nextStep(int status) {
        return switch (status) {
            case 400, 422 -> NextStep.INPUT;
            case 403 -> NextStep.FORBIDDEN;
            case 404 -> NextStep.NOT_FOUND;
            case 409 -> NextStep.CONFLICT;
            case 413 -> NextStep.TOO_LARGE;
            case 429, 503 -> NextStep.LATER;
            case 500 -> NextStep.INTERNAL;
            default -> null;
        };
    }

    private static boolean wantsHtml(UriInfo uri, HttpHeaders headers) {
        if (uri.getPath().startsWith("/api/")) {
            return false;
        }
        for (MediaType t : headers.getAcceptableMediaTypes()) {
            if (t.isCompatible(MediaType.TEXT_HTML_TYPE) && !t.isWildcardType()) {
                return true;
            }
        }
        return false;
    }

    /** The English title of a status: its reason phrase ("Not Found" reads "Not found"). */
    private static String englishTitle(int status, String reason) {
        return status == 404 ? "Not found" : reason;
    }

    private static String koreanTitle(int status) {
        return switch (status) {
            case 404 -> "찾을 수 없습니다";
            case 405 -> "허용되지 않는 메서드입니다";
            case 406 -> "제공할 수 없는 형식입니다";
            case 415 -> "지원하지 않는 형식입니다";
            case 401 -> "로그인이 필요합니다";
            case 403 -> "권한이 없습니다";
            default -> "잘못된 요청입니다";
        };
    }

    /** {@code method.arg0.dailyUsers} → {@code /dailyUsers}: drops the method and parameter nodes. */
    private static String pointer(Path path) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        for (Path.Node node : path) {
            i++;
            if (node.getKind() == jakarta.validation.ElementKind.METHOD || node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
                continue;
            }
            if (node.getIndex() != null) {
                sb.append('/').append(node.getIndex());
            }
            if (node.getName() != null && node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
                sb.append('/').append(escape(node.getName()));
            }
        }
        return i == 0 ? "" : sb.toString();
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
