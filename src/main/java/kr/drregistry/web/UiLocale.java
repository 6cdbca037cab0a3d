package kr.drregistry.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * The language a person reads: the {@code drr-lang} cookie set by the language switch, else the best of
 * Accept-Language among Korean and English, else Korean.
 */
public final class UiLocale {
    public static final String COOKIE = "drr-lang";
    public static final Locale KOREAN = Locale.KOREAN;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private UiLocale() {
    }

    public static Locale resolve(HttpHeaders headers) {
        return resolve(headers.getCookies(), headers.getAcceptableLanguages());
    }

    public static Locale resolve(Map<String, Cookie> cookies, List<Locale> accepted) {
        Cookie cookie = cookies.get(COOKIE);
        if (cookie != null && isSupported(cookie.getValue())) {
            return Locale.forLanguageTag(cookie.getValue());
        }
        for (Locale l : accepted) {
            if ("ko".equals(l.getLanguage())) {
                return KOREAN;
            }
            if ("en".equals(l.getLanguage())) {
                return ENGLISH;
            }
        }
        return KOREAN;
    }

    public static boolean isSupported(String language) {
        return "ko".equals(language) || "en".equals(language);
    }
}
