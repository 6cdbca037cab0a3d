package kr.drregistry.rules;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Version numbers of policies (validation and incident policies alike): published versions are never reused. */
public final class PolicyVersions {
    private static final Pattern TRAILING_NUMBER = Pattern.compile("^(.*?)(\\d{1,9})$");

    private PolicyVersions() {
    }

    /**
     * The first version after {@code current} that is not {@code taken}: {@code 2026.3} → {@code 2026.4} (or
     * {@code 2026.5} when 2026.4 exists); a version not ending in a number gets {@code .1} appended.
     */
    public static String next(String current, Predicate<String> taken) {
        Matcher m = TRAILING_NUMBER.matcher(current);
        String prefix = m.matches() ? m.group(1) : current + ".";
        long n = m.matches() ? Long.parseLong(m.group(2)) : 0;
        String candidate;
        do {
            candidate = prefix + (++n);
        } while (taken.test(candidate));
        return candidate;
    }
}
