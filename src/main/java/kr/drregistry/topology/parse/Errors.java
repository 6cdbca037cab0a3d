package kr.drregistry.topology.parse;

import kr.drregistry.rules.Josa;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the errors of one document with their bilingual messages, up to {@link Limits#maxErrors()}.
 * Every method takes the pointer and the node position the error belongs to.
 */
final class Errors {
    private final List<ParseError> list = new ArrayList<>();
    private final int max;
    private boolean truncated;

    Errors(int max) {
        this.max = max;
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    /** The errors, ending with {@link ParseError#TOO_MANY_ERRORS} when some were dropped. */
    List<ParseError> list() {
        if (!truncated) {
            return list;
        }
        List<ParseError> all = new ArrayList<>(list);
        all.add(new ParseError("", ParseError.TOO_MANY_ERRORS,
                "More than " + max + " errors were found; only the first " + max + " are reported.",
                "오류가 " + max + "개를 넘어 처음 " + max + "개만 보고합니다.", null, null));
        return all;
    }

    void add(String pointer, String code, String en, String ko, Tree.Node at) {
        add(pointer, code, en, ko, at == null ? null : at.line, at == null ? null : at.column);
    }

    void add(String pointer, String code, String en, String ko, Integer line, Integer column) {
        if (list.size() >= max) {
            truncated = true;
            return;
        }
        list.add(new ParseError(pointer, code, en, ko, line, column));
    }

    /** Throws the collected errors. */
    DrrParseException exception() {
        return new DrrParseException(list());
    }

    /* ---- messages of the structural validation ---- */

    /** {@code needsV2}: the field exists in drr/v2 and the document says drr/v1; the message says so. */
    void unknownField(String pointer, String field, List<String> allowed, boolean needsV2, Tree.Node at) {
        String names = String.join(", ", allowed);
        add(pointer, ParseError.UNKNOWN_FIELD,
                "Unknown field " + quote(field) + (needsV2 ? " in drr/v1 (it needs format: drr/v2)" : "")
                        + "; the fields allowed here are: " + names + ".",
                "알 수 없는 필드 " + quote(field) + "입니다" + (needsV2 ? "(drr/v1에는 없고 format: drr/v2가 필요합니다)" : "")
                        + ". 여기서 쓸 수 있는 필드: " + names + ".", at);
    }

    void kindMismatch(String pointer, String en, String ko, Tree.Node at) {
        add(pointer, ParseError.KIND_MISMATCH, en, ko, at);
    }

    void required(String pointer, String field, Tree.Node parent) {
        add(pointer, ParseError.REQUIRED, "Required field " + quote(field) + " is missing.",
                "필수 필드 " + quote(field) + "가 없습니다.", parent);
    }

    void type(String pointer, String expectedEn, String expectedKo, Tree.Node found) {
        add(pointer, ParseError.TYPE, "Expected " + expectedEn + " but found " + found.typeName() + ".",
                expectedKo + "이어야 하는데 " + found.typeNameKo() + "입니다.", found);
    }

    void enumValue(String pointer, String value, List<String> allowed, Tree.Node at) {
        String names = String.join(", ", allowed);
        add(pointer, ParseError.ENUM, quote(value) + " is not allowed here; use one of: " + names + ".",
                quote(value) + "는 쓸 수 없는 값입니다. 가능한 값: " + names + ".", at);
    }

    void slug(String pointer, String value, Tree.Node at) {
        add(pointer, ParseError.SLUG,
                quote(value) + " is not a valid id: use 1 to 63 lowercase letters, digits and hyphens, "
                        + "starting with a letter or digit.",
                quote(value) + "는 올바른 식별자가 아닙니다. 영문 소문자, 숫자, 하이픈으로 1~63자이고 "
                        + "영문 소문자나 숫자로 시작해야 합니다.", at);
    }

    void pattern(String pointer, String value, String rule, String ruleKo, Tree.Node at) {
        add(pointer, ParseError.PATTERN, quote(value) + " is not valid: " + rule + ".",
                quote(value) + "는 올바르지 않습니다. " + ruleKo + ".", at);
    }

    void date(String pointer, String value, Tree.Node at) {
        add(pointer, ParseError.DATE, quote(value) + " is not a valid date; write an existing date as yyyy-MM-dd, "
                        + "for example 2026-11-01.",
                quote(value) + "는 올바른 날짜가 아닙니다. 실제 있는 날짜를 yyyy-MM-dd 형식(예: 2026-11-01)으로 쓰십시오.", at);
    }

    void length(String pointer, int maxLength, Tree.Node at) {
        add(pointer, ParseError.LENGTH, "Must be a non-blank text of at most " + maxLength + " characters.",
                "공백이 아닌 " + maxLength + "자 이하의 문자열이어야 합니다.", at);
    }

    void range(String pointer, Object value, String bounds, String boundsKo, Tree.Node at) {
        String shown = value instanceof Tree.BigInt ? "This integer" : "The value " + value;
        String shownKo = value instanceof Tree.BigInt ? "이 정수는" : "값 " + Josa.attach(value, "은/는") + "";
        add(pointer, ParseError.RANGE, shown + " is out of range: it must be " + bounds + ".",
                shownKo + " 허용 범위를 벗어났습니다. " + boundsKo + "이어야 합니다.", at);
    }

    void minItems(String pointer, int min, Tree.Node at) {
        add(pointer, ParseError.MIN_ITEMS, "The list must have at least " + min + (min == 1 ? " item." : " items."),
                "목록에 항목이 " + min + "개 이상 있어야 합니다.", at);
    }

    void oneOf(String pointer, boolean both, Tree.Node at) {
        add(pointer, ParseError.ONE_OF, both
                        ? "Give either \"component\" or \"anyOf\", not both."
                        : "A dependency needs \"component\" (one component) or \"anyOf\" (alternatives).",
                both ? "\"component\"와 \"anyOf\" 중 하나만 쓰십시오."
                        : "의존성에는 \"component\"(구성요소 하나) 또는 \"anyOf\"(대안 목록)가 있어야 합니다.", at);
    }

    void duplicateId(String pointer, String id, String firstPointer, Tree.Node at) {
        add(pointer, ParseError.DUPLICATE_ID, "The id " + quote(id) + " is already used at " + firstPointer + ".",
                "식별자 " + quote(id) + "는 이미 " + firstPointer + "에서 쓰였습니다.", at);
    }

    void unknownReference(String pointer, String id, String kindEn, String kindKo, String list, Tree.Node at) {
        add(pointer, ParseError.UNKNOWN_REFERENCE,
                "Unknown " + kindEn + " " + quote(id) + ": no " + kindEn + " with this id is defined in /" + list + ".",
                "정의되지 않은 " + kindKo + " " + quote(id) + "입니다. /" + list + "에 이 식별자가 없습니다.", at);
    }

    void unsupportedFormat(String pointer, String value, Tree.Node at) {
        add(pointer, ParseError.UNSUPPORTED_FORMAT,
                "Unsupported format " + quote(value) + "; this version accepts \"drr/v1\" and \"drr/v2\".",
                "지원하지 않는 형식 " + quote(value) + "입니다. \"drr/v1\"과 \"drr/v2\"만 받습니다.", at);
    }

    /* ---- messages of reading the text ---- */

    void duplicateKey(String pointer, String key, int line, int column) {
        add(pointer, ParseError.DUPLICATE_KEY, "The key " + quote(key) + " appears more than once in this object.",
                "키 " + quote(key) + Josa.particle(key, "이/가") + " 한 객체 안에 두 번 이상 나옵니다.", line, column);
    }

    void tag(String pointer, String tag, int line, int column) {
        add(pointer, ParseError.TAG, "YAML tags such as " + quote(tag) + " are not allowed in drr/v1.",
                "drr/v1에서는 " + quote(tag) + " 같은 YAML 태그를 쓸 수 없습니다.", line, column);
    }

    /** {@code 65536} → {@code 65,536}. */
    static String grouped(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }

    /** A refusal for one text value beyond the limit; alone, so that it names the one limit that was hit. */
    static DrrParseException scalarTooLong(String pointer, int length, int max, int line, int column) {
        return new DrrParseException(java.util.List.of(new ParseError(pointer, ParseError.SCALAR_TOO_LONG,
                "This text value has " + grouped(length) + " characters; at most " + grouped(max)
                        + " characters are accepted in one value.",
                "이 문자열 값은 " + grouped(length) + "자입니다. 값 하나에는 최대 " + grouped(max) + "자까지 받습니다.",
                line, column)));
    }

    /** A refusal for one YAML line beyond the limit, found before parsing. */
    static DrrParseException lineTooLong(int line, int length, int max) {
        return new DrrParseException(java.util.List.of(new ParseError("", ParseError.LINE_TOO_LONG,
                "Line " + line + " has " + grouped(length) + " characters; YAML lines of at most " + grouped(max)
                        + " characters are accepted.",
                line + "행이 " + grouped(length) + "자입니다. YAML 한 행은 최대 " + grouped(max) + "자까지 받습니다.",
                line, 1)));
    }

    /** Quotes a user value for a message, shortened to 80 characters. */
    static String quote(String value) {
        String v = value.length() > 80 ? value.substring(0, 77) + "..." : value;
        return '"' + v + '"';
    }
}
