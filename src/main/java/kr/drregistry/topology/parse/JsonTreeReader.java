package kr.drregistry.topology.parse;

import kr.drregistry.rules.SyntaxSentences;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.base.ParserBase;

import java.io.IOException;

/**
 * Reads JSON text into a {@link Tree} with Jackson's streaming parser: every node gets its position,
 * duplicate keys are reported with their pointer, nesting beyond the limit and content after the root
 * value are rejected. Syntax problems end reading with a single {@link ParseError#SYNTAX} error.
 */
final class JsonTreeReader {
    private final JsonParser parser;
    private final ParserBase positions;
    private final Errors errors;
    private final int maxDepth;
    private final int maxScalarChars;
    private final kr.drregistry.budget.Budget.Ticker budget;
    private final PathStack path = new PathStack();
    private final Tree.Builder builder = new Tree.Builder();

    private JsonTreeReader(JsonParser parser, Errors errors, Limits limits, kr.drregistry.budget.Budget budget) {
        this.parser = parser;
        this.positions = parser instanceof ParserBase base ? base : null;
        this.errors = errors;
        this.maxDepth = limits.maxDepth();
        this.maxScalarChars = limits.maxScalarChars();
        this.budget = budget.every(1024);
    }

    /** A JSON factory whose own limits sit just outside ours, so ours are the ones that trigger. */
    static JsonFactory factory(Limits limits) {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth() + 1)
                        .maxStringLength((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()))
                        .build())
                .build();
    }

    /** The root node, or an exception carrying the syntax error (and any duplicate keys seen before it). */
    static Tree.Node read(JsonFactory factory, byte[] bytes, Errors errors, Limits limits, kr.drregistry.budget.Budget budget) {
        try (JsonParser p = factory.createParser(bytes)) {
            JsonTreeReader reader = new JsonTreeReader(p, errors, limits, budget);
            JsonToken first = p.nextToken();
            if (first == null) {
                throw reader.syntax("the document is empty", 1, 1);
            }
            Tree.Node root = reader.value(first, 1);
            if (p.nextToken() != null) {
                throw reader.syntax("unexpected content after the end of the document", reader.line(), reader.column());
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null || at.getLineNr() < 1 ? 1 : at.getLineNr();
            int column = at == null || at.getColumnNr() < 1 ? 1 : at.getColumnNr();
            String problem = e.getOriginalMessage() == null ? "malformed JSON" : e.getOriginalMessage();
            throw syntax(errors, problem, line, column);
        } catch (IOException e) {
            throw syntax(errors, "unreadable JSON: " + e.getMessage(), 1, 1);
        }
    }

    /**
     * The fast path for JSON filings: reads the document and checks each item of the top-level lists as soon as it is
     * read, so that only one item's tree exists at a time (a 100,000-component filing never becomes a tree of millions
     * of nodes). The same reader and the same {@link TopologyValidator} code check every value, so an accepted
     * document gives the same {@link kr.drregistry.topology.model.Topology} as the whole-tree path. Returns null —
     * and the caller parses the document the whole-tree way, which reports every error exactly as before — when the
     * document has any error, or when its {@code format} comes after one of the lists (the lists' fields depend on
     * it). A budget that runs out ends the work as on the whole-tree path.
     */
    static kr.drregistry.topology.model.Topology topology(JsonFactory factory, byte[] bytes, Limits limits,
                                                          kr.drregistry.budget.Budget budget) {
        try (JsonParser p = factory.createParser(bytes)) {
            return topology(p, limits, budget);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * As {@link #topology(JsonFactory, byte[], Limits, kr.drregistry.budget.Budget)}, reading the document from
     * {@code in} as it arrives (a request body while it is uploaded). {@code in} is not closed.
     */
    static kr.drregistry.topology.model.Topology topology(JsonFactory factory, java.io.InputStream in, Limits limits,
                                                          kr.drregistry.budget.Budget budget) {
        try (JsonParser p = factory.createParser(in)) {
            return topology(p, limits, budget);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The items are checked on a second thread ({@link ItemHandoff}) while this one reads on; the reader and the
     * validator each have their own errors, since any error at all means "parse the whole-tree way".
     */
    private static kr.drregistry.topology.model.Topology topology(JsonParser p, Limits limits,
                                                                  kr.drregistry.budget.Budget budget) {
        Errors errors = new Errors(limits.maxErrors());
        Errors checked = new Errors(limits.maxErrors());
        ItemHandoff handoff = new ItemHandoff(checked);
        try {
            return new JsonTreeReader(p, errors, limits, budget).topology(new TopologyValidator(checked, budget), handoff);
        } catch (DrrParseException | IOException e) {
            return null;
        } finally {
            handoff.abandon();
        }
    }

    /** Null when the document has any error (or its format after its lists); see {@link #topology(JsonParser, Limits, kr.drregistry.budget.Budget)}. */
    private kr.drregistry.topology.model.Topology topology(TopologyValidator validator, ItemHandoff handoff)
            throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        budget.tick();
        int line = line();
        int column = column();
        java.util.Set<String> present = new java.util.HashSet<>();
        builder.open();
        Tree.Node format = null;
        boolean streaming = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            if (!present.add(name)) {
                return null;
            }
            path.push(name);
            JsonToken token = parser.nextToken();
            if (!Shape.TOPOLOGY.allows(name, false)) {
                return null;
            }
            if (name.equals("sites") || name.equals("services") || name.equals("components") || name.equals("drills")) {
                if (token != JsonToken.START_ARRAY) {
                    return null;
                }
                if (!streaming) {
                    validator.startStream(format);
                    handoff.start();
                    streaming = true;
                }
                TopologyValidator.StreamedList<?> list = validator.streamed(name);
                JsonToken t;
                int i = 0;
                while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
                    path.push(i++);
                    handoff.add(list, value(t, 3));
                    path.pop();
                    if (!errors.isEmpty() || handoff.failed()) {
                        return null;
                    }
                }
            } else {
                if (streaming && name.equals("format")) {
                    return null;
                }
                Tree.Node v = value(token, 2);
                builder.member(name, v);
                if (name.equals("format")) {
                    format = v;
                }
            }
            path.pop();
        }
        if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null || !errors.isEmpty()) {
            return null;
        }
        if (!streaming) {
            validator.startStream(format);
        } else if (!handoff.finish()) {
            return null;
        }
        return validator.finishStream(builder.object(line, column), present);
    }

    private Tree.Node value(JsonToken token, int depth) throws IOException {
        budget.tick();
        int line = line();
        int column = column();
        if (token == null) {
            throw syntax("unexpected end of input", line, column);
        }
        switch (token) {
            case START_OBJECT: {
                checkDepth(depth, line, column);
                builder.open();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    int keyLine = line();
                    int keyColumn = column();
                    path.push(name);
                    Tree.Node v = value(parser.nextToken(), depth + 1);
                    if (!builder.member(name, v)) {
                        errors.duplicateKey(path.pointer(), name, keyLine, keyColumn);
                    }
                    path.pop();
                }
                return builder.object(line, column);
            }
            case START_ARRAY: {
                checkDepth(depth, line, column);
                builder.open();
                JsonToken t;
                int i = 0;
                while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
                    path.push(i++);
                    builder.item(value(t, depth + 1));
                    path.pop();
                }
                return builder.array(line, column);
            }
            case VALUE_STRING: {
                char[] chars = parser.getTextCharacters();
                int length = parser.getTextLength();
                if (length > maxScalarChars) {
                    throw Errors.scalarTooLong(path.pointer(), length, maxScalarChars, line, column);
                }
                return new Tree.Scalar(builder.string(chars, parser.getTextOffset(), length), line, column);
            }
            case VALUE_NUMBER_INT:
                return new Tree.Scalar(parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? new Tree.BigInt(parser.getText()) : (Object) parser.getLongValue(), line, column);
            case VALUE_NUMBER_FLOAT:
                return new Tree.Scalar(parser.getDoubleValue(), line, column);
            case VALUE_TRUE:
                return new Tree.Scalar(Boolean.TRUE, line, column);
            case VALUE_FALSE:
                return new Tree.Scalar(Boolean.FALSE, line, column);
            case VALUE_NULL:
                return new Tree.Scalar(null, line, column);
            default:
                throw syntax("unexpected " + token, line, column);
        }
    }

    private void checkDepth(int depth, int line, int column) {
        if (depth > maxDepth) {
            errors.add(path.pointer(), ParseError.TOO_DEEP,
                    "Objects and lists are nested deeper than the limit of " + maxDepth + " levels.",
                    "객체와 목록이 최대 " + maxDepth + "단계보다 깊게 중첩되어 있습니다.", line, column);
            throw errors.exception();
        }
    }

    private int line() {
        if (positions != null) {
            return Math.max(1, positions.getTokenLineNr());
        }
        return Math.max(1, parser.currentTokenLocation().getLineNr());
    }

    private int column() {
        if (positions != null) {
            return Math.max(1, positions.getTokenColumnNr());
        }
        return Math.max(1, parser.currentTokenLocation().getColumnNr());
    }

    private DrrParseException syntax(String problem, int line, int column) {
        return syntax(errors, problem, line, column);
    }

    /** {@code problem} is the parser's (or this reader's) English; people read it again as a {@link SyntaxSentences} sentence. */
    private static DrrParseException syntax(Errors errors, String problem, int line, int column) {
        SyntaxSentences.Sentence said = SyntaxSentences.of(problem);
        errors.add("", ParseError.SYNTAX,
                "The JSON is not well-formed at line " + line + ", column " + column + ": " + said.en(),
                "JSON 구문 오류입니다(" + line + "행 " + column + "열). " + said.ko(), line, column);
        return errors.exception();
    }
}
