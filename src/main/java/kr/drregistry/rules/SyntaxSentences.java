package kr.drregistry.rules;

import java.util.Locale;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's sentence, in Korean and English, for what a YAML or JSON parser (SnakeYAML Engine, Jackson) found wrong.
 * The parsers explain in their own English ("while scanning a quoted scalar, found unexpected end of stream",
 * "Unexpected character ('}' (code 125)): was expecting double-quote to start field name"); a Korean reader must
 * not get that sentence. The common kinds of mistake (a tab in the indentation, indentation that does not line up, a
 * character that cannot start a value, an unclosed quote, bracket or brace, a missing comma, a bare word, a number
 * with a leading zero, a second document, an alias without an anchor, …) are recognised by the parser's wording and
 * said again in both languages with what to do; anything else is a plain "the syntax is not correct here" (the line
 * and column are given by the caller). The parser's own text is never part of the sentence.
 */
public final class SyntaxSentences {
    /** The sentence for one syntax problem: Korean and English, each a full sentence with what to do. */
    public record Sentence(String kind, String en, String ko) {
    }

    private static final Pattern FOUND_CHARACTER = Pattern.compile("found character '(.+?)' that cannot start any token");
    private static final Pattern UNEXPECTED_CHARACTER = Pattern.compile("Unexpected character \\('(.+?)' \\(code \\d+\\)\\)");
    private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("Unrecognized token '(.{0,40}?)'");
    private static final Pattern ALIAS = Pattern.compile("the alias \\*(\\S+) refers to (no anchor|a node that contains it)");
    private static final Pattern CODE_POINT = Pattern.compile("character (U\\+[0-9A-F]+) is not allowed");

    private SyntaxSentences() {
    }

    /** The sentence for the parser's (or the reader's own) English description of a syntax problem. */
    public static Sentence of(String problem) {
        String p = problem == null ? "" : problem;
        String lower = p.toLowerCase(Locale.ROOT);
        Matcher m;
        if (lower.contains("\\t(tab)") || lower.contains("(tab)") || lower.contains("found a tab character")) {
            return new Sentence("tab", "A tab character is used for indentation; indent YAML with spaces only.",
                    "들여쓰기에 탭 문자를 썼습니다. YAML 들여쓰기는 공백(스페이스)으로만 합니다.");
        }
        if ((m = FOUND_CHARACTER.matcher(p)).find()) {
            String c = m.group(1);
            return new Sentence("unexpected-character", "A value cannot start with the character '" + c
                    + "'; put a value that starts with it in quotes.",
                    "'" + c + "' 문자로는 값을 시작할 수 없습니다. 이 문자로 시작하는 값은 따옴표로 감싸세요.");
        }
        if (lower.contains("mapping values are not allowed")) {
            return new Sentence("indentation", "A \"key: value\" is not allowed here: check that the line is indented like "
                    + "the others of its level, and put a value that contains \": \" in quotes.",
                    "여기에는 \"키: 값\"을 쓸 수 없습니다. 이 행의 들여쓰기가 같은 수준의 다른 행과 같은지, 값에 \": \"가 있으면 "
                            + "따옴표로 감쌌는지 확인하세요.");
        }
        if (lower.contains("could not find expected ':'") || lower.contains("expected <block end>")
                || lower.contains("block mapping") || lower.contains("block sequence") || lower.contains("simple key")) {
            return new Sentence("indentation", "The indentation does not line up: items of one level start in the same column.",
                    "들여쓰기가 맞지 않습니다. 같은 수준의 항목은 같은 칸에서 시작해야 합니다.");
        }
        if (lower.contains("quoted scalar") || lower.contains("in value_string") || lower.contains("in field name")) {
            return new Sentence("unclosed-quote", "A quoted value is not closed; close it with the same quote it opens with.",
                    "따옴표로 연 값이 닫히지 않았습니다. 여는 따옴표와 같은 따옴표로 닫으세요.");
        }
        if (lower.contains("flow sequence") || lower.contains("close marker for array")) {
            return new Sentence("unclosed-bracket", "A list opened with '[' is not closed with ']', or a comma is missing between its items.",
                    "'['로 연 목록이 ']'로 닫히지 않았거나 항목 사이에 쉼표가 없습니다.");
        }
        if (lower.contains("flow mapping") || lower.contains("close marker for object")) {
            return new Sentence("unclosed-brace", "An object opened with '{' is not closed with '}', or a comma is missing between its entries.",
                    "'{'로 연 객체가 '}'로 닫히지 않았거나 항목 사이에 쉼표가 없습니다.");
        }
        if (lower.contains("double-quote to start field name")) {
            return new Sentence("field-name", "A key of a JSON object must be in double quotes; also check that no comma is left after the last entry.",
                    "JSON 객체의 키는 큰따옴표로 감싸야 합니다. 마지막 항목 뒤에 쉼표가 남아 있지 않은지도 확인하세요.");
        }
        if (lower.contains("expecting comma") || lower.contains("expecting a comma")) {
            return new Sentence("missing-comma", "A comma is missing between two entries.",
                    "두 항목 사이에 쉼표가 없습니다.");
        }
        if ((m = UNEXPECTED_CHARACTER.matcher(p)).find() && m.group(1).equals("'")) {
            return new Sentence("single-quote", "JSON text values are in double quotes (\"); single quotes are not allowed.",
                    "JSON의 글자 값은 큰따옴표(\")로 감쌉니다. 작은따옴표는 쓸 수 없습니다.");
        }
        if ((m = UNRECOGNIZED_TOKEN.matcher(p)).find()) {
            String word = m.group(1);
            return new Sentence("bare-word", "The word '" + word + "' is not a JSON value: put text in double quotes, "
                    + "and write true, false or null in lower case.",
                    "'" + word + "'" + Josa.particle(word, "은/는") + " JSON 값이 아닙니다. 글자 값은 큰따옴표로 감싸고, 참·거짓과 빈 값은 소문자 true, false, null로 씁니다.");
        }
        if (lower.contains("numeric value") || lower.contains("leading zero")) {
            return new Sentence("number", "The number is not written as JSON allows (no leading zeros, no '+', a digit after the point).",
                    "숫자 형식이 올바르지 않습니다. 앞에 0을 붙이거나 +를 쓸 수 없고, 소수점 뒤에는 숫자가 와야 합니다.");
        }
        if (lower.contains("expected the node content") || lower.contains("expected a valid value")
                || lower.contains("expected a value")) {
            return new Sentence("missing-value", "A value is missing where one is expected, or it is not written correctly.",
                    "값이 있어야 할 곳에 값이 없거나 값을 올바르게 쓰지 않았습니다.");
        }
        if (lower.contains("single yaml document") || lower.contains("another one starts")) {
            return new Sentence("second-document", "A drr/v1 filing is a single YAML document, but a second one starts here (---); remove it.",
                    "drr/v1 신고는 YAML 문서 하나입니다. 여기서 두 번째 문서(---)가 시작되니 지우세요.");
        }
        if ((m = ALIAS.matcher(p)).find()) {
            String name = m.group(1);
            if (m.group(2).startsWith("no")) {
                return new Sentence("unknown-alias", "The alias *" + name + " refers to no anchor &" + name + " before it.",
                        "별칭 *" + name + ": 이 앞에 가리킬 앵커 &" + name + Josa.particle(name, "이/가") + " 없습니다.");
            }
            return new Sentence("recursive-alias", "The alias *" + name + " refers to a node that contains it (a recursive structure).",
                    "별칭 *" + name + ": 자기를 담고 있는 노드를 가리킵니다(순환 구조).");
        }
        if (lower.contains("document is empty") || lower.contains("no content to map")) {
            return new Sentence("empty", "The document is empty.", "문서가 비어 있습니다.");
        }
        if (lower.contains("after the end of the document")) {
            return new Sentence("trailing-content", "There is more content after the end of the document; remove it.",
                    "문서가 끝난 뒤에 내용이 더 있습니다. 지우세요.");
        }
        if ((m = CODE_POINT.matcher(p)).find()) {
            String c = m.group(1);
            return new Sentence("character-not-allowed", "The character " + c + " is not allowed in YAML; remove it.",
                    "YAML에 쓸 수 없는 문자(" + c + ")가 있습니다. 지우세요.");
        }
        if (lower.contains("not valid utf") || lower.contains("invalid utf") || lower.contains("not valid us-ascii")
                || lower.contains("is not valid")) {
            return new Sentence("encoding", "The text is not valid UTF-8; save the file as UTF-8.",
                    "올바른 UTF-8 텍스트가 아닙니다. 파일을 UTF-8로 저장하세요.");
        }
        if (lower.contains("end of input") || lower.contains("end-of-input") || lower.contains("end of stream")
                || lower.contains("end of the yaml stream")) {
            return new Sentence("unexpected-end", "The document ends too early: something opened is not closed.",
                    "문서가 너무 일찍 끝납니다. 열어 놓고 닫지 않은 곳이 있습니다.");
        }
        return new Sentence("other", "The syntax is not correct here.", "이곳의 구문이 올바르지 않습니다.");
    }
}
