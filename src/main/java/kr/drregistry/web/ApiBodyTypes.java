package kr.drregistry.web;

import kr.drregistry.rules.Josa;
import java.util.List;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import kr.drregistry.platform.ProblemException;
import kr.drregistry.platform.ProblemException.FieldError;

/**
 * The API never takes an HTML form: a form-encoded or multipart body sent to {@code /api/...} (for example by
 * {@code curl --data-binary}, whose default type is {@code application/x-www-form-urlencoded}) is refused before
 * anything reads it, with a 415 that names the types the API takes. Without this, the form handling read the document
 * as form fields: an empty 400, or a 500 when the bytes were not valid URL encoding (issue 15).
 */
public class ApiBodyTypes {
    static final String ACCEPTED = "drr/v1 topologies as application/json or application/yaml; plans, incident reports "
            + "and other requests as application/json; attachments as application/octet-stream or their own type";

    @ServerRequestFilter(preMatching = true)
    public void refuseForms(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type == null || !request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        boolean form = type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE) && !type.isWildcardType()
                && !type.isWildcardSubtype() || "multipart".equalsIgnoreCase(type.getType());
        if (form) {
            String shown = type.getType() + "/" + type.getSubtype();
            throw new ProblemException(415, "unsupported-media-type", "지원하지 않는 형식입니다", "Unsupported media type",
                    "the API does not take " + shown + "; send " + ACCEPTED,
                    List.of(new FieldError("", "unsupported-media-type",
                            "The media type " + shown + " is not accepted here. Send " + ACCEPTED + ".",
                            "미디어 타입 " + Josa.attach(shown, "은/는") + " 받지 않습니다. drr/v1 구성은 application/json 또는 application/yaml로, "
                                    + "계획·사고 보고서와 그 밖의 요청은 application/json으로, 첨부 파일은 application/octet-stream "
                                    + "또는 파일 자체의 형식으로 보내십시오.", null, null)));
        }
    }
}
