package kr.drregistry.web;

import java.util.Locale;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * Renders every page in the reader's language ({@link UiLocale}: the switch's cookie, else Accept-Language, else
 * Korean) in one place: the request's Accept-Language is narrowed to that one language before matching, and Qute
 * selects the message-bundle locale from it. Pages are marked with Content-Language and never cached.
 */
public class UiLanguageFilter {
    @ServerRequestFilter(preMatching = true)
    public void narrow(ContainerRequestContext request) {
        Locale locale = UiLocale.resolve(request.getCookies(), request.getAcceptableLanguages());
        request.getHeaders().putSingle(HttpHeaders.ACCEPT_LANGUAGE, locale.getLanguage());
    }

    @ServerResponseFilter
    public void mark(ContainerRequestContext request, ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        if (type != null && type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
            response.getHeaders().add(HttpHeaders.VARY, "Cookie, Accept-Language");
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}
