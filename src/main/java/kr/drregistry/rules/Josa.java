package kr.drregistry.rules;

import java.util.Locale;

/**
 * Korean particles that follow a name or a number: 이/가, 을/를, 은/는, 과/와, 으로/로, 이나/나, 이라/라, chosen by
 * whether the word, read aloud, ends in a final consonant (받침) — so a text says "talk가", "버전 3을", "사이트 seoul-1로"
 * instead of "talk이(가)". Digits are read in Korean (3 삼, 10 십, 1000 천), Latin letters as the word or the letter
 * name is read ("talk" 토크, "L" 엘, "-ng" 응). A word that ends in neither (a symbol only) keeps both forms, "이(가)".
 * Pure Java: the rules' texts use it, the templates through {@code {name.josa('이/가')}}.
 */
public final class Josa {
    private Josa() {
    }

    /** Whether the word read aloud ends in a final consonant; null when that cannot be told. {@code rieul}: whether it is ㄹ. */
    private record Ending(boolean batchim, boolean rieul) {
    }

    /**
     * {@code word} followed by the right form of {@code particle}, which is given as a pair ("이/가", "을/를", "은/는",
     * "과/와", "으로/로", "이나/나", "이라/라") or by either of its forms ("가", "를", "로", …).
     */
    public static String attach(Object word, String particle) {
        String text = String.valueOf(word);
        return text + particle(text, particle);
    }

    /** The form of {@code particle} that follows {@code word}: {@code particle("talk", "이/가")} is "가". */
    public static String particle(String word, String particle) {
        String[] pair = pair(particle);
        Ending e = ending(word);
        if (e == null) {
            return pair[0] + "(" + pair[1] + ")";
        }
        if (pair[0].equals("으로")) {
            return e.batchim() && !e.rieul() ? "으로" : "로";
        }
        return e.batchim() ? pair[0] : pair[1];
    }

    private static String[] pair(String particle) {
        String p = particle.strip();
        return switch (p) {
            case "이/가", "이", "가" -> new String[] {"이", "가"};
            case "을/를", "을", "를" -> new String[] {"을", "를"};
            case "은/는", "은", "는" -> new String[] {"은", "는"};
            case "과/와", "와/과", "과", "와" -> new String[] {"과", "와"};
            case "으로/로", "으로", "로" -> new String[] {"으로", "로"};
            case "이나/나", "이나", "나" -> new String[] {"이나", "나"};
            case "이라/라", "이라", "라" -> new String[] {"이라", "라"};
            default -> throw new IllegalArgumentException("not a particle pair: " + particle);
        };
    }

    private static Ending ending(String word) {
        int end = word.length();
        while (end > 0 && !Character.isLetterOrDigit(word.charAt(end - 1))) {
            end--;
        }
        if (end == 0) {
            return null;
        }
        char last = word.charAt(end - 1);
        if (last >= 0xAC00 && last <= 0xD7A3) {
            int jong = (last - 0xAC00) % 28;
            return new Ending(jong != 0, jong == 8);
        }
        if (Character.isDigit(last)) {
            return number(word.substring(0, end));
        }
        if (last < 0x80 && Character.isLetter(last)) {
            return latin(word.substring(0, end));
        }
        return null;
    }

    /** The last number's reading: 0 영, 1 일, 3 삼, 6 육, 7 칠, 8 팔 end in a consonant; 10 십, 100 백, 1000 천, 10000 만 too. */
    private static Ending number(String text) {
        int end = text.length();
        int start = end;
        while (start > 0 && Character.isDigit(text.charAt(start - 1))) {
            start--;
        }
        String digits = text.substring(start, end);
        int zeros = 0;
        while (zeros < digits.length() && digits.charAt(digits.length() - 1 - zeros) == '0') {
            zeros++;
        }
        if (zeros == digits.length() || zeros == 0) {
            return switch (digits.charAt(digits.length() - 1)) {
                case '0' -> new Ending(true, false); // 영
                case '1', '7', '8' -> new Ending(true, true); // 일, 칠, 팔
                case '3', '6' -> new Ending(true, false); // 삼, 육
                default -> new Ending(false, false); // 이, 사, 오, 구
            };
        }
        return switch (zeros) {
            case 1 -> new Ending(true, false); // 십
            case 2 -> new Ending(true, false); // 백
            case 3 -> new Ending(true, false); // 천
            case 4, 5, 6, 7 -> new Ending(true, false); // 만
            case 8, 9, 10, 11 -> new Ending(true, false); // 억
            default -> new Ending(false, false); // 조
        };
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    /** "junit" 제이유닛, "backup" 백업, "web" 웹, "rack" 랙: a stop after one short vowel closes the syllable. */
    private static boolean shortVowelThenStop(String w) {
        int n = w.length();
        if (n >= 3 && w.endsWith("ck")) {
            return isVowel(w.charAt(n - 3)) && (n == 3 || !isVowel(w.charAt(n - 4)));
        }
        return n >= 2 && "bckpt".indexOf(w.charAt(n - 1)) >= 0 && isVowel(w.charAt(n - 2))
                && (n == 2 || !isVowel(w.charAt(n - 3)));
    }

    /**
     * A Latin word as it is read: an upper-case abbreviation by its letter names (L 엘, M 엠, N 엔, R 알 end in a
     * consonant), a word by its sound (ending in l, m, n or ng does, and a stop after one short vowel: "junit" 제이유닛, "backup" 백업;
     * "talk" 토크, "boot" 부트 and "sarif" 사리프 do not).
     */
    private static Ending latin(String text) {
        int start = text.length();
        while (start > 0 && text.charAt(start - 1) < 0x80 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        String w = text.substring(start);
        char last = w.charAt(w.length() - 1);
        boolean abbreviation = w.equals(w.toUpperCase(Locale.ROOT)) && w.length() <= 5;
        if (abbreviation) {
            return switch (last) {
                case 'L', 'R' -> new Ending(true, true);
                case 'M', 'N' -> new Ending(true, false);
                default -> new Ending(false, false);
            };
        }
        String lower = w.toLowerCase(Locale.ROOT);
        if (lower.endsWith("ng") || lower.endsWith("m") || lower.endsWith("n")) {
            return new Ending(true, false);
        }
        if (lower.endsWith("l")) {
            return new Ending(true, true);
        }
        if (shortVowelThenStop(lower)) {
            return new Ending(true, false);
        }
        return new Ending(false, false);
    }
}
