package kr.drregistry.topology.parse;

import kr.drregistry.rules.SyntaxSentences;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads YAML text into a {@link Tree} from snakeyaml-engine's event stream, so that nothing but plain data
 * is ever constructed. Plain scalars are typed by the YAML 1.2 core schema only (so {@code on} and
 * {@code yes} are strings and dates are strings); explicit tags are errors; aliases are shared, never
 * copied, and at most {@link Limits#maxYamlAliases()} may refer to collections; recursive aliases,
 * nesting beyond {@link Limits#maxDepth()} and more than one document are rejected.
 *
 * <p>Before snakeyaml-engine sees the text, one linear pass refuses lines longer than {@link Limits#maxLineChars()}:
 * the engine's scanner copies its look-ahead window for every buffer it reads while it scans one token, so its time
 * grows with the square of the longest line (a single 8 MB quoted value took 12-23 s, 16 MB over a minute). Every
 * event checks the {@link kr.drregistry.budget.Budget}, and every text value is held to
 * {@link Limits#maxScalarChars()}.
 */
final class YamlTreeReader {
    private static final ScalarResolver CORE = new CoreSchema().getScalarResolver();

    private final Iterator<Event> events;
    private final Errors errors;
    private final Limits limits;
    private final kr.drregistry.budget.Budget budget;
    private final PathStack path = new PathStack();
    private final Tree.Builder builder = new Tree.Builder();
    private final Map<String, Tree.Node> anchors = new HashMap<>();
    private final Set<String> openAnchors = new HashSet<>();
    private int collectionAliases;

    private YamlTreeReader(Iterator<Event> events, Errors errors, Limits limits, kr.drregistry.budget.Budget budget) {
        this.events = events;
        this.errors = errors;
        this.limits = limits;
        this.budget = budget;
    }

    /** Load settings matching the limits: core schema, no duplicate or recursive keys, bounded input. */
    static LoadSettings settings(Limits limits) {
        return LoadSettings.builder()
                .setLabel("drr/v1")
                .setSchema(new CoreSchema())
                .setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(limits.maxYamlAliases())
                .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()))
                .setUseMarks(true)
                .build();
    }

    /** The root node, or an exception carrying the fatal error (and errors found before it). */
    static Tree.Node read(LoadSettings settings, byte[] bytes, Errors errors, Limits limits,
                          kr.drregistry.budget.Budget budget) {
        String text = decode(bytes, errors);
        checkLines(text, limits.maxLineChars());
        budget.check();
        try {
            YamlTreeReader reader = new YamlTreeReader(new Parse(settings).parseString(text).iterator(), errors, limits,
                    budget);
            return reader.stream();
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
            int line = mark.map(m -> m.getLine() + 1).orElse(1);
            int column = mark.map(m -> m.getColumn() + 1).orElse(1);
            String problem = e.getProblem() == null ? "malformed YAML" : e.getProblem();
            if (e.getContext() != null) {
                problem = e.getContext() + ", " + problem;
            }
            throw syntax(errors, problem, line, column);
        } catch (ReaderException e) {
            int[] at = lineColumn(text, e.getPosition());
            throw syntax(errors, "character U+" + Integer.toHexString(e.getCodePoint()).toUpperCase()
                    + " is not allowed in YAML", at[0], at[1]);
        } catch (YamlEngineException e) {
            throw syntax(errors, e.getMessage() == null ? "malformed YAML" : e.getMessage(), 1, 1);
        }
    }

    private Tree.Node stream() {
        expect(Event.ID.StreamStart);
        Event e = next();
        if (e.getEventId() != Event.ID.DocumentStart) {
            throw syntax("the document is empty", e);
        }
        Tree.Node root = node(next(), 1);
        expect(Event.ID.DocumentEnd);
        e = next();
        if (e.getEventId() != Event.ID.StreamEnd) {
            throw syntax("a drr/v1 filing is a single YAML document, but another one starts here", e);
        }
        return root;
    }

    private Tree.Node node(Event e, int depth) {
        switch (e.getEventId()) {
            case Alias:
                return alias((AliasEvent) e);
            case Scalar:
                return scalar((ScalarEvent) e);
            case SequenceStart:
                return sequence((CollectionStartEvent) e, depth);
            case MappingStart:
                return mapping((CollectionStartEvent) e, depth);
            default:
                throw syntax("unexpected " + e.getEventId(), e);
        }
    }

    private Tree.Node alias(AliasEvent e) {
        String name = e.getAlias().getValue();
        if (openAnchors.contains(name)) {
            throw syntax("the alias *" + name + " refers to a node that contains it (recursive structure)", e);
        }
        Tree.Node target = anchors.get(name);
        if (target == null) {
            throw syntax("the alias *" + name + " refers to no anchor", e);
        }
        if (!(target instanceof Tree.Scalar) && ++collectionAliases > limits.maxYamlAliases()) {
            errors.add(path.pointer(), ParseError.TOO_MANY_ALIASES,
                    "The YAML uses more than " + limits.maxYamlAliases() + " aliases to lists or mappings.",
                    "YAML에서 목록이나 매핑에 대한 별칭(alias)을 " + limits.maxYamlAliases() + "개보다 많이 씁니다.",
                    line(e), column(e));
            throw errors.exception();
        }
        return target;
    }

    private Tree.Node scalar(ScalarEvent e) {
        if (e.getValue().length() > limits.maxScalarChars()) {
            throw Errors.scalarTooLong(path.pointer(), e.getValue().length(), limits.maxScalarChars(), line(e), column(e));
        }
        checkTag(e.getTag(), e);
        Object value = e.isPlain() && e.getTag().isEmpty() ? plainValue(e.getValue()) : e.getValue();
        Tree.Node node = new Tree.Scalar(value instanceof String text ? builder.string(text) : value, line(e), column(e));
        e.getAnchor().ifPresent(a -> anchors.put(a.getValue(), node));
        return node;
    }

    private Tree.Node sequence(CollectionStartEvent e, int depth) {
        checkDepth(depth, e);
        checkTag(e.getTag(), e);
        String anchor = open(e);
        builder.open();
        Event item;
        int i = 0;
        while ((item = next()).getEventId() != Event.ID.SequenceEnd) {
            path.push(i++);
            builder.item(node(item, depth + 1));
            path.pop();
        }
        Tree.Arr arr = builder.array(line(e), column(e));
        close(anchor, arr);
        return arr;
    }

    private Tree.Node mapping(CollectionStartEvent e, int depth) {
        checkDepth(depth, e);
        checkTag(e.getTag(), e);
        String anchor = open(e);
        builder.open();
        Event keyEvent;
        while ((keyEvent = next()).getEventId() != Event.ID.MappingEnd) {
            Tree.Node key = node(keyEvent, depth + 1);
            String name = key instanceof Tree.Scalar s ? keyText(keyEvent, s) : null;
            if (name == null) {
                errors.add(path.pointer(), ParseError.TYPE, "Mapping keys must be field names (text), but "
                                + key.typeName() + " is used as a key.",
                        "매핑의 키는 필드 이름(문자열)이어야 하는데 " + key.typeNameKo() + "가 키로 쓰였습니다.",
                        key);
                path.push("?");
                node(next(), depth + 1);
                path.pop();
                continue;
            }
            path.push(name);
            Tree.Node value = node(next(), depth + 1);
            if (!builder.member(name, value)) {
                errors.duplicateKey(path.pointer(), name, line(keyEvent), column(keyEvent));
            }
            path.pop();
        }
        Tree.Obj obj = builder.object(line(e), column(e));
        close(anchor, obj);
        return obj;
    }

    /** A scalar key as the author typed it ({@code 5:} is the field "5"); an alias key only when it is text. */
    private static String keyText(Event keyEvent, Tree.Scalar key) {
        if (keyEvent instanceof ScalarEvent s) {
            return s.getValue();
        }
        return key.value instanceof String text ? text : null;
    }

    private String open(NodeEvent e) {
        String name = e.getAnchor().map(a -> a.getValue()).orElse(null);
        if (name != null) {
            anchors.remove(name);
            openAnchors.add(name);
        }
        return name;
    }

    private void close(String anchor, Tree.Node node) {
        if (anchor != null) {
            openAnchors.remove(anchor);
            anchors.put(anchor, node);
        }
    }

    private void checkTag(Optional<String> tag, Event e) {
        if (tag.isPresent()) {
            errors.tag(path.pointer(), tag.get(), line(e), column(e));
        }
    }

    private void checkDepth(int depth, Event e) {
        if (depth > limits.maxDepth()) {
            errors.add(path.pointer(), ParseError.TOO_DEEP,
                    "Objects and lists are nested deeper than the limit of " + limits.maxDepth() + " levels.",
                    "객체와 목록이 최대 " + limits.maxDepth() + "단계보다 깊게 중첩되어 있습니다.", line(e), column(e));
            throw errors.exception();
        }
    }

    /** Types a plain scalar by the YAML 1.2 core schema. */
    static Object plainValue(String text) {
        Tag tag = CORE.resolve(text, Boolean.TRUE);
        if (Tag.NULL.equals(tag)) {
            return null;
        }
        if (Tag.BOOL.equals(tag)) {
            return Boolean.valueOf(text.toLowerCase(java.util.Locale.ROOT));
        }
        if (Tag.INT.equals(tag)) {
            try {
                if (text.startsWith("0o")) {
                    return Long.parseLong(text.substring(2), 8);
                }
                if (text.startsWith("0x")) {
                    return Long.parseLong(text.substring(2), 16);
                }
                return Long.parseLong(text);
            } catch (NumberFormatException tooBig) {
                return new Tree.BigInt(text);
            }
        }
        if (Tag.FLOAT.equals(tag)) {
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            if (lower.endsWith(".nan")) {
                return Double.NaN;
            }
            if (lower.endsWith(".inf")) {
                return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            return Double.parseDouble(text);
        }
        return text;
    }

    private Event next() {
        budget.check();
        if (!events.hasNext()) {
            throw syntax(errors, "unexpected end of the YAML stream", 1, 1);
        }
        return events.next();
    }

    private void expect(Event.ID id) {
        Event e = next();
        if (e.getEventId() != id) {
            throw syntax("expected " + id + " but found " + e.getEventId(), e);
        }
    }

    private static int line(Event e) {
        return e.getStartMark().map(m -> m.getLine() + 1).orElse(1);
    }

    private static int column(Event e) {
        return e.getStartMark().map(m -> m.getColumn() + 1).orElse(1);
    }

    private DrrParseException syntax(String problem, Event at) {
        return syntax(errors, problem, line(at), column(at));
    }

    /** {@code problem} is the parser's (or this reader's) English; people read it again as a {@link SyntaxSentences} sentence. */
    private static DrrParseException syntax(Errors errors, String problem, int line, int column) {
        SyntaxSentences.Sentence said = SyntaxSentences.of(problem);
        errors.add("", ParseError.SYNTAX,
                "The YAML is not well-formed at line " + line + ", column " + column + ": " + said.en(),
                "YAML 구문 오류입니다(" + line + "행 " + column + "열). " + said.ko(), line, column);
        return errors.exception();
    }

    /**
     * Refuses the first line longer than {@code max} characters (UTF-16 units; line breaks are LF, CR LF and CR as in
     * YAML). Linear in the text and run before the YAML parser, whose cost grows with the square of a line's length.
     */
    static void checkLines(String text, int max) {
        int line = 1;
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (i - start > max) {
                    throw Errors.lineTooLong(line, i - start, max);
                }
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                start = i + 1;
            }
        }
        if (n - start > max) {
            throw Errors.lineTooLong(line, n - start, max);
        }
    }

    /** Decodes UTF-8 (or UTF-16 when the text starts with its byte order mark) strictly. */
    private static String decode(byte[] bytes, Errors errors) {
        Charset charset = StandardCharsets.UTF_8;
        int offset = 0;
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            offset = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            offset = 2;
        } else if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF) {
            offset = 3;
        }
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            throw syntax(errors, "the text is not valid " + charset.name(), 1, 1);
        }
    }

    /** 1-based line and column of a code point index. */
    private static int[] lineColumn(String text, int codePointIndex) {
        int line = 1;
        int column = 1;
        int seen = 0;
        for (int i = 0; i < text.length() && seen < codePointIndex; i += Character.charCount(text.codePointAt(i))) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            seen++;
        }
        return new int[] {line, column};
    }
}
