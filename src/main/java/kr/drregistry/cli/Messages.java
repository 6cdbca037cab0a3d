package kr.drregistry.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kr.drregistry.rules.Josa;

/**
 * The command-line validator's texts, Korean ({@code messages.properties}) and English ({@code messages_en.properties}),
 * one bundle for picocli's help and for the reports. The bundle never falls back to the machine's own locale: {@code
 * --lang ko} on an English machine stays Korean.
 */
final class Messages {
    static final String BUNDLE = "kr.drregistry.cli.messages";

    private final String lang;
    private final ResourceBundle bundle;

    private Messages(String lang) {
        this.lang = lang;
        this.bundle = bundle(lang);
    }

    static Messages of(String lang) {
        return new Messages("en".equals(lang) ? "en" : "ko");
    }

    static ResourceBundle bundle(String lang) {
        Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** "ko" or "en". */
    String lang() {
        return lang;
    }

    ResourceBundle bundle() {
        return bundle;
    }

    /** {@code {0}[을/를]}: the particle that argument 0 asks for ({@link Josa}), so a text never writes both forms. */
    private static final Pattern PARTICLE = Pattern.compile("\\{(\\d+)}\\[([^\\]/]+/[^\\]]+)]");

    String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        if (args.length == 0) {
            return pattern;
        }
        Matcher m = PARTICLE.matcher(pattern);
        StringBuilder withParticles = new StringBuilder();
        while (m.find()) {
            int i = Integer.parseInt(m.group(1));
            String particle = i < args.length ? Josa.particle(String.valueOf(args[i]), m.group(2)) : "";
            m.appendReplacement(withParticles, Matcher.quoteReplacement("{" + i + "}" + particle));
        }
        m.appendTail(withParticles);
        return new MessageFormat(withParticles.toString(), "en".equals(lang) ? Locale.ENGLISH : Locale.KOREAN).format(args);
    }

    /** The text of {@code key}, or {@code fallback} when the bundle has none. */
    String getOr(String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }
}
