package kr.drregistry.rules;

/** A text a person reads, Korean first and English second. */
public record LocalizedText(String ko, String en) {
    public static LocalizedText of(String ko, String en) {
        return new LocalizedText(ko, en);
    }

    public String in(String language) {
        return "en".equals(language) ? en : ko;
    }
}
