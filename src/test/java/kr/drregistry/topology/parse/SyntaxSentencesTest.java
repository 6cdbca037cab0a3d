package kr.drregistry.topology.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 19: a syntax error in an uploaded filing reads as a Korean sentence with its line and column and what to do,
 * never as the parser's English ("while scanning a quoted scalar, found unexpected end of stream").
 */
class SyntaxSentencesTest {
    /** Words of SnakeYAML's and Jackson's own sentences. */
    static final Pattern PARSER_ENGLISH = Pattern.compile(
            "(?i)while |scanning|expected|found|unexpected|marker|token|mapping|scalar|stream|character|code \\d+");
    /** Phrases only the parsers write (our English sentences may say "character"). */
    static final Pattern PARSER_PHRASES = Pattern.compile(
            "(?i)while (scanning|parsing)|found character|cannot start any token|mapping values|quoted scalar|<stream end>|code \\d+");

    static Stream<Arguments> yaml() {
        return Stream.of(
                Arguments.of("tab", "format: drr/v1\n\tsites: []\n", 2, 1, "들여쓰기에 탭 문자를 썼습니다"),
                Arguments.of("colon", "format: drr/v1\noperator: x\n  sites: []\n", 3, 8, "들여쓰기가 같은 수준의 다른 행과 같은지"),
                Arguments.of("indentation", "format: drr/v1\nsites:\n  - a\n b: 2\n", 4, 2, "들여쓰기가 맞지 않습니다"),
                Arguments.of("quote", "format: \"drr/v1\noperator: x\n", 3, 1, "따옴표로 연 값이 닫히지 않았습니다"),
                Arguments.of("bracket", "format: drr/v1\nsites: [a, b\n", 3, 1, "목록이 ']'로 닫히지 않았거나"),
                Arguments.of("brace", "format: drr/v1\nsites: {a: 1\n", 3, 1, "객체가 '}'로 닫히지 않았거나"),
                Arguments.of("character", "format: drr/v1\n@x: 1\n", 2, 1, "'@' 문자로는 값을 시작할 수 없습니다"),
                Arguments.of("second document", "format: drr/v1\n---\nb: 1\n", 2, 1, "두 번째 문서(---)"),
                Arguments.of("alias", "a: *nope\n", 1, 4, "앵커 &nope가 없습니다"));
    }

    @ParameterizedTest(name = "YAML {0}")
    @MethodSource("yaml")
    void aYamlSyntaxErrorIsAKoreanSentenceWithItsPlace(String kind, String yaml, int line, int column, String korean) {
        said(kind, "YAML", () -> new DrrParser().parseYaml(yaml.getBytes(StandardCharsets.UTF_8)), line, column, korean);
    }

    static Stream<Arguments> json() {
        return Stream.of(
                Arguments.of("trailing comma", "{\"format\": \"drr/v1\",}", 1, 21, "마지막 항목 뒤에 쉼표가 남아 있지 않은지"),
                Arguments.of("unclosed object", "{\"format\": \"drr/v1\"", 1, 20, "객체가 '}'로 닫히지 않았거나"),
                Arguments.of("single quote", "{\"format\": 'drr/v1'}", 1, 12, "작은따옴표는 쓸 수 없습니다"),
                Arguments.of("missing comma", "{\"format\": \"drr/v1\" \"x\": 1}", 1, 21, "두 항목 사이에 쉼표가 없습니다"),
                Arguments.of("unclosed string", "{\"format\": \"drr/v1}", 1, 20, "따옴표로 연 값이 닫히지 않았습니다"),
                Arguments.of("bare word", "{\"a\": tru}", 1, 7, "'tru'는 JSON 값이 아닙니다"),
                Arguments.of("leading zero", "{\"a\": 01}", 1, 8, "앞에 0을 붙이거나"),
                Arguments.of("unclosed array", "[1, 2", 1, 6, "목록이 ']'로 닫히지 않았거나"));
    }

    @ParameterizedTest(name = "JSON {0}")
    @MethodSource("json")
    void aJsonSyntaxErrorIsAKoreanSentenceWithItsPlace(String kind, String json, int line, int column, String korean) {
        said(kind, "JSON", () -> new DrrParser().parseJson(json.getBytes(StandardCharsets.UTF_8)), line, column, korean);
    }

    /** The first error of {@code parse} is a syntax error at the place, said in Korean and English, not the parser's way. */
    private static void said(String kind, String syntax, org.junit.jupiter.api.function.Executable parse, int line, int column,
                             String korean) {
        ParseError e = firstError(parse);
        assertEquals(ParseError.SYNTAX, e.code(), kind);
        assertEquals(line, e.line(), kind);
        assertEquals(column, e.column(), kind);
        assertTrue(e.messageKo().startsWith(syntax + " 구문 오류입니다(" + line + "행 " + column + "열). "), e.messageKo());
        assertTrue(e.messageKo().contains(korean), e.messageKo());
        assertFalse(PARSER_ENGLISH.matcher(e.messageKo()).find(), "no parser English in Korean: " + e.messageKo());
        assertFalse(PARSER_PHRASES.matcher(e.message().replaceFirst("^The " + syntax + " is not well-formed at line \\d+, column \\d+: ", ""))
                .find(), "the English sentence is ours, not the parser's: " + e.message());
    }

    private static ParseError firstError(org.junit.jupiter.api.function.Executable parse) {
        return assertThrows(DrrParseException.class, parse).errors().get(0);
    }
}
