package kr.drregistry.topology.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static kr.drregistry.topology.parse.Fixtures.PARSER;
import static kr.drregistry.topology.parse.Fixtures.jsonErrors;
import static kr.drregistry.topology.parse.Fixtures.summary;
import static kr.drregistry.topology.parse.Fixtures.utf8;
import static kr.drregistry.topology.parse.Fixtures.yamlErrors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Syntax errors, YAML bombs, tags, depth and duplicate keys in both syntaxes. */
class HostileInputTest {

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void billionLaughsIsRejectedQuickly() {
        StringBuilder b = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            b.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                b.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            b.append("]\n");
        }
        List<ParseError> errors = yamlErrors(b.toString());
        ParseError last = errors.get(errors.size() - 1);
        assertEquals(ParseError.TOO_MANY_ALIASES, last.code());
        assertEquals("/a6/5", last.pointer());
        assertEquals(7, last.line());
    }

    @Test
    void fewAliasesAreFineAndShared() {
        String doc = Fixtures.minimalYaml("""
                  - {id: x, kind: app, placements: &both [{site: a, role: active}, {site: b, role: standby}]}
                  - {id: y, kind: app, placements: *both}
                """);
        var t = PARSER.parseYaml(utf8(doc));
        assertEquals(t.components().get(0).placements(), t.components().get(1).placements());
    }

    @Test
    void recursiveAndUndefinedAliasesAreSyntaxErrors() {
        List<ParseError> recursive = yamlErrors("a: &x [1, *x]\n");
        assertEquals(List.of(" syntax"), summary(recursive));
        assertTrue(recursive.get(0).message().contains("recursive"), recursive.get(0).message());
        assertEquals(List.of(" syntax"), summary(yamlErrors("a: *nothing\n")));
    }

    @Test
    void explicitTagsAreRejected() {
        String doc = Fixtures.minimalYaml("  - {id: x, kind: app, placements: [{site: a, role: active}]}\n");
        assertEquals(List.of("/operator tag"), summary(yamlErrors(doc.replace("operator: op",
                "operator: !!java.lang.Object op"))));
        assertEquals(List.of("/sites/0 tag"), summary(yamlErrors(doc.replace("  - {id: a,", "  - !foo {id: a,"))));
        assertEquals(List.of("/services tag"), summary(yamlErrors(doc.replace("services: []", "services: !!seq []"))));
        assertEquals(List.of("/operator tag"), summary(yamlErrors(doc.replace("operator: op", "operator: !!str op"))));
        assertEquals(" tag", summary(yamlErrors("!!javax.script.ScriptEngineManager [x]\n")).get(0));
        ParseError e = yamlErrors(doc.replace("operator: op", "operator: !foo op")).get(0);
        assertEquals(2, e.line());
        assertEquals(11, e.column());
    }

    @Test
    void nestingBeyondTheLimitIsRejectedInBothSyntaxes() {
        String deepJson = "[".repeat(100_000) + "]".repeat(100_000);
        ParseError json = jsonErrors(deepJson).get(0);
        assertEquals(ParseError.TOO_DEEP, json.code());
        assertEquals("/0".repeat(64), json.pointer());
        // (in YAML on one line within the line limit; 200,000 brackets on one line are refused for the line's length)
        String deepYaml = "[".repeat(20_000) + "]".repeat(20_000);
        assertEquals(ParseError.TOO_DEEP, yamlErrors(deepYaml).get(0).code());
        assertEquals(ParseError.LINE_TOO_LONG, yamlErrors("[".repeat(100_000) + "]".repeat(100_000)).get(0).code());
        StringBuilder y = new StringBuilder();
        for (int i = 0; i < 70; i++) {
            y.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        assertEquals(ParseError.TOO_DEEP, yamlErrors(y.toString()).get(0).code());
        DrrParser shallow = new DrrParser(new Limits(1 << 20, 8, 50));
        assertEquals(ParseError.TOO_DEEP, assertThrows(DrrParseException.class,
                () -> shallow.parseJson(utf8("{\"a\":" + "[".repeat(8) + "]".repeat(8) + "}"))).errors().get(0).code());
    }

    @Test
    void duplicateKeysAreRejectedInBothSyntaxes() {
        String json = new String(Fixtures.resource("contract-complete.json"), java.nio.charset.StandardCharsets.UTF_8)
                .replaceFirst("\"operator\": \"example-talk\",", "\"operator\": \"example-talk\", \"operator\": \"x\",");
        List<ParseError> errors = jsonErrors(json);
        assertEquals(List.of("/operator duplicate-key"), summary(errors));
        assertEquals(3, errors.get(0).line());
        String yaml = Fixtures.minimalYaml("  - {id: x, kind: app, kind: db, placements: [{site: a, role: active}]}\n");
        assertEquals(List.of("/components/0/kind duplicate-key"), summary(yamlErrors(yaml)));
        // the particle follows the key as it is read (오퍼레이터, 카인드), not the closing quote
        assertTrue(errors.get(0).messageKo().startsWith("키 \"operator\"가 한 객체"), errors.get(0).messageKo());
        assertTrue(yamlErrors(yaml).get(0).messageKo().startsWith("키 \"kind\"가 한 객체"), yamlErrors(yaml).get(0).messageKo());
        String dependsOn = Fixtures.minimalYaml("  - {id: x, kind: app, dependsOn: [], dependsOn: [], placements: [{site: a, role: active}]}\n");
        assertTrue(yamlErrors(dependsOn).get(0).messageKo().startsWith("키 \"dependsOn\"이 "),
                "디펜즈온 ends in a consonant: " + yamlErrors(dependsOn).get(0).messageKo());
    }

    @Test
    void jsonSyntaxErrorsHaveLineAndColumn() {
        DrrParseException e = assertThrows(DrrParseException.class,
                () -> PARSER.parseJson(utf8("{\n  \"format\": \"drr/v1\",\n  \"operator\": ,\n}")));
        assertEquals(List.of(" syntax"), summary(e.errors()));
        assertEquals(3, e.line());
        assertEquals(15, e.column());
        assertTrue(e.errors().get(0).message().startsWith("The JSON is not well-formed at line 3, column 15"));
        assertTrue(e.errors().get(0).messageKo().startsWith("JSON 구문 오류입니다(3행 15열)"));
        assertEquals(List.of(" syntax"), summary(jsonErrors("")));
        assertEquals(List.of(" syntax"), summary(jsonErrors("{} {}")));
        assertEquals(List.of(" syntax"), summary(jsonErrors("{\"a\": NaN}")));
        assertEquals(List.of(" syntax"), summary(jsonErrors("{\"a\": 1} trailing")));
        assertEquals(List.of(" syntax"), summary(jsonErrors("{\"a\": \"\u0001\"}")));
        assertThrows(DrrParseException.class, () -> PARSER.parseJson(new byte[] {'{', '"', (byte) 0xC3, '"', ':', '1', '}'}));
    }

    @Test
    void yamlSyntaxErrorsHaveLineAndColumn() {
        DrrParseException e = assertThrows(DrrParseException.class,
                () -> PARSER.parseYaml(utf8("format: drr/v1\noperator: [a, b\nasOf: x\n")));
        assertEquals(ParseError.SYNTAX, e.errors().get(0).code());
        assertEquals("", e.errors().get(0).pointer());
        assertTrue(e.line() >= 2, String.valueOf(e.line()));
        assertEquals(List.of(" syntax"), summary(yamlErrors("")));
        assertEquals(List.of(" syntax"), summary(yamlErrors("# only a comment\n")));
        assertEquals(List.of(" syntax"), summary(yamlErrors("a: 1\n---\nb: 2\n")));
        assertEquals(List.of(" syntax"), summary(yamlErrors("a: b: c\n")));
        assertEquals(List.of(" syntax"), summary(yamlErrors("a: \"\u0001\"\n")));
        ParseError bad = assertThrows(DrrParseException.class,
                () -> PARSER.parseYaml(new byte[] {'a', ':', ' ', (byte) 0xFF})).errors().get(0);
        assertEquals(ParseError.SYNTAX, bad.code());
        assertEquals(1, bad.line());
    }

    @Test
    void yamlCoreSchemaScalars() {
        String base = Fixtures.minimalYaml("  - {id: x, kind: app, placements: [{site: a, role: active, capacityPct: CAP}]}\n");
        assertEquals(17, PARSER.parseYaml(utf8(base.replace("CAP", "0o21"))).components().get(0).placements().get(0).capacityPct());
        assertEquals(31, PARSER.parseYaml(utf8(base.replace("CAP", "0x1F"))).components().get(0).placements().get(0).capacityPct());
        assertEquals(List.of("/components/0/placements/0/capacityPct type"),
                summary(yamlErrors(base.replace("CAP", "'50'"))));
        assertEquals(List.of("/components/0/placements/0/capacityPct type"),
                summary(yamlErrors(base.replace("CAP", "50.0"))));
        assertEquals(List.of("/components/0/placements/0/capacityPct range"),
                summary(yamlErrors(base.replace("CAP", "9".repeat(40)))));
        assertEquals(List.of("/components/0/placements/0/capacityPct type"),
                summary(yamlErrors(base.replace("CAP", "~"))));
        String located = base.replace("CAP", "1").replace("{id: a, name: A, kind: own}", "{id: a, name: A, kind: own, location: {lat: LAT, lon: 0}}");
        assertEquals(List.of("/sites/0/location/lat range"), summary(yamlErrors(located.replace("LAT", ".nan"))));
        assertEquals(List.of("/sites/0/location/lat range"), summary(yamlErrors(located.replace("LAT", "-.inf"))));
        assertEquals(List.of("/sites/0/location/lat type"), summary(yamlErrors(located.replace("LAT", "yes"))));
        assertEquals(List.of("/operator type"), summary(yamlErrors(located.replace("LAT", "1").replace("operator: op", "operator: true"))));
        assertEquals(List.of("/sites/0/name type"), summary(yamlErrors(located.replace("LAT", "1").replace("name: A,", "name: ,"))));
        assertEquals("/components/0 type",
                summary(yamlErrors(base.replace("- {id: x", "- ? [k]\n    : v\n  - {id: x"))).get(0));
    }
}
