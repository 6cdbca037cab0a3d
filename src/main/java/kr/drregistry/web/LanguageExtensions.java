package kr.drregistry.web;

import java.util.Locale;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.Variant;

import kr.drregistry.rules.Josa;
import kr.drregistry.rules.LocalizedText;

/**
 * Language in templates, in one place. {@code {finding.message.text}}: a {@link LocalizedText} in the language the page
 * is rendered in (the template instance's locale, else the locale of the variant Quarkus REST selected from the request's
 * Accept-Language, which {@link UiLanguageFilter} settles; Korean when there is none — the same choice the message
 * bundles make), instead of each template choosing {@code .ko} or {@code .en} by hand. {@code {name.josa('이/가')}}: a name
 * or number with the Korean particle its last sound asks for ({@link Josa}), also inside message-bundle texts.
 */
@TemplateExtension
public final class LanguageExtensions {
    private LanguageExtensions() {
    }

    /** {@code {text.text}} → the English text on an English page, the Korean one otherwise. */
    static String text(LocalizedText text, @TemplateExtension.TemplateAttribute(TemplateInstance.LOCALE) Object locale,
            @TemplateExtension.TemplateAttribute(TemplateInstance.SELECTED_VARIANT) Object variant) {
        return text.in(pageLanguage(locale, variant));
    }

    /**
     * The language a page is rendered in, from an extension method's {@code TemplateInstance.LOCALE} and
     * {@code SELECTED_VARIANT} attributes: the instance's locale, else the variant's, else Korean.
     */
    static String pageLanguage(Object locale, Object variant) {
        return language(locale != null ? locale : variant instanceof Variant v ? v.getLocale() : null);
    }

    /** {@code {organisation.josa('은/는')}} → "example-talk는"; see {@link Josa}. */
    static String josa(Object word, String particle) {
        return Josa.attach(word, particle);
    }

    /** Only the particle, for a word in quotes: {@code ‘{value}’{value.particle('은/는')}} → ‘abc’는. */
    static String particle(Object word, String particle) {
        return Josa.particle(String.valueOf(word), particle);
    }

    static String language(Object locale) {
        if (locale instanceof Locale l) {
            return l.getLanguage();
        }
        if (locale == null) {
            return "ko";
        }
        return Locale.forLanguageTag(locale.toString().replace('_', '-')).getLanguage();
    }
}
