package kr.drregistry.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import kr.drregistry.filing.FilingStatus;

/**
 * Every action code the application writes to the audit trail is an {@link AuditEvent}, and so has its words on the
 * audit page (the {@code audit} bundle has one key per constant; Qute fails the build on a missing one). The codes
 * are read from the sources: the string literals in each call that records an entry ({@code audit.record},
 * {@code audit.append}, {@code authAudit.failure}); a code built at run time ({@code "review." + move}) is expanded
 * from its enum.
 */
class AuditEventTest {
    private static final Pattern CALL = Pattern.compile("\\b(?:audit\\.record|audit\\.append|authAudit\\.failure)\\(");
    private static final Pattern LITERAL = Pattern.compile("\"([^\"\\\\\\n]*)\"");
    private static final Pattern CODE = Pattern.compile("[a-z][a-z-]*\\.(?:[a-z][a-z_-]*)?");

    @Test
    void everyRecordedCodeHasAnEvent() throws IOException {
        Set<String> recorded = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        try (var files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String src = Files.readString(f);
                Matcher call = CALL.matcher(src);
                while (call.find()) {
                    String args = arguments(src, call.end());
                    Matcher lit = LITERAL.matcher(args);
                    while (lit.find()) {
                        String s = lit.group(1);
                        if (CODE.matcher(s).matches()) {
                            (s.endsWith(".") ? prefixes : recorded).add(s);
                        }
                    }
                }
            }
        }
        assertEquals(Set.of("review."), prefixes, "a code built at run time needs its expansion in this test");
        Arrays.stream(FilingStatus.Move.values()).filter(m -> m != FilingStatus.Move.SUBMIT) // the operator's move, refused there
                .forEach(m -> recorded.add("review." + m.name().toLowerCase(java.util.Locale.ROOT)));
        assertTrue(recorded.size() >= 35, "the scan finds the recording calls: " + recorded);

        Set<String> known = Arrays.stream(AuditEvent.values()).map(AuditEvent::code).collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = new TreeSet<>(recorded);
        missing.removeAll(known);
        assertEquals(Set.of(), missing, "codes recorded without an AuditEvent (and so without words on the audit page)");
        Set<String> unused = new TreeSet<>(known);
        unused.removeAll(recorded);
        assertEquals(Set.of(), unused, "AuditEvents that nothing records (a renamed code?)");
    }

    @Test
    void aCodeFindsItsEventAndAnUnknownOneNone() {
        assertEquals(AuditEvent.VERSION_OPENED, AuditEvent.of("version.opened").orElseThrow());
        assertTrue(AuditEvent.of("something.new").isEmpty());
        assertTrue(AuditEvent.of(null).isEmpty());
    }

    /** The text of a call's arguments: from after its parenthesis to the matching one. */
    private static String arguments(String src, int from) {
        int depth = 1;
        boolean inString = false;
        for (int i = from; i < src.length(); i++) {
            char c = src.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return src.substring(from, i);
            }
        }
        return src.substring(from);
    }
}
