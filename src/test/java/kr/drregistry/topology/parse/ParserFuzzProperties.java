package kr.drregistry.topology.parse;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Whatever bytes arrive, the parser answers with a topology or a {@link DrrParseException}, nothing else. */
@net.jqwik.api.Tag("slow")
class ParserFuzzProperties {
    private static final DrrParser PARSER = new DrrParser(new Limits(1 << 20, 64, 50));
    private static final byte[] JSON = Fixtures.resource("contract-complete.json");
    private static final byte[] YAML = Fixtures.resource("contract-complete.yaml");

    private static void parseBoth(byte[] bytes) {
        for (String type : List.of("application/json", "application/yaml")) {
            try {
                assertNotNull(PARSER.parse(bytes, type));
            } catch (DrrParseException e) {
                assertFalse(e.errors().isEmpty());
                e.errors().forEach(error -> {
                    assertNotNull(error.pointer());
                    assertNotNull(error.message());
                    assertNotNull(error.messageKo());
                });
            }
        }
    }

    @Property(tries = 500)
    void randomBytes(@ForAll @Size(max = 400) byte[] bytes) {
        parseBoth(bytes);
    }

    @Property(tries = 300)
    void randomText(@ForAll("yamlish") String text) {
        parseBoth(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<String> yamlish() {
        return Arbitraries.strings().withChars("{}[]:,-&*!|>'\"#%@`?~ \n\tab01.eE+").ofMaxLength(200);
    }

    @Property(tries = 400)
    void mutatedJson(@ForAll("mutations") List<int[]> mutations) {
        parseBoth(mutate(JSON, mutations));
    }

    @Property(tries = 400)
    void mutatedYaml(@ForAll("mutations") List<int[]> mutations) {
        parseBoth(mutate(YAML, mutations));
    }

    @Provide
    Arbitrary<List<int[]>> mutations() {
        Arbitrary<int[]> one = Arbitraries.integers().between(0, Integer.MAX_VALUE).array(int[].class).ofSize(3);
        return one.list().ofMinSize(1).ofMaxSize(8);
    }

    /** Applies (position, kind, byte) mutations: overwrite, delete or insert one byte, or truncate. */
    private static byte[] mutate(byte[] original, List<int[]> mutations) {
        byte[] doc = original.clone();
        for (int[] m : mutations) {
            int at = m[0] % Math.max(1, doc.length);
            byte value = (byte) "{}[]:,\"'-&*!\n 0aZ#\\".charAt(m[2] % 18);
            switch (m[1] % 4) {
                case 0 -> doc[at] = value;
                case 1 -> doc = concat(slice(doc, 0, at), slice(doc, at + 1, doc.length));
                case 2 -> doc = concat(concat(slice(doc, 0, at), new byte[] {value}), slice(doc, at, doc.length));
                default -> doc = slice(doc, 0, at);
            }
            if (doc.length == 0) {
                break;
            }
        }
        return doc;
    }

    private static byte[] slice(byte[] b, int from, int to) {
        return java.util.Arrays.copyOfRange(b, Math.min(from, b.length), Math.min(Math.max(from, to), b.length));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
