package kr.drregistry.topology.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import kr.drregistry.budget.Budget;
import kr.drregistry.topology.bench.SyntheticTopology;
import kr.drregistry.topology.model.Topology;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static kr.drregistry.topology.parse.Fixtures.MAPPER;
import static kr.drregistry.topology.parse.Fixtures.PARSER;
import static kr.drregistry.topology.parse.Fixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JSON fast path ({@link JsonTreeReader#topology}: items checked as they are read, no whole-document tree) gives
 * the same topology as the whole-tree path for every valid document, and refuses every invalid one, whose errors then
 * come from the whole-tree path unchanged.
 */
class StreamedJsonTest {
    private static final Limits LIMITS = Limits.DEFAULT;

    private static Topology streamed(byte[] json) {
        return JsonTreeReader.topology(JsonTreeReader.factory(LIMITS), json, LIMITS, Budget.unlimited());
    }

    private static Topology tree(byte[] json) {
        return PARSER.parseJsonTree(json, Budget.unlimited());
    }

    private static byte[] json(JsonNode node) throws IOException {
        return MAPPER.writeValueAsBytes(node);
    }

    /** Every example filing, as written (JSON of the YAML text, in its member order) and in its canonical form. */
    @Test
    void examplesGiveTheSameTopologyAsTheTreeAndAsTheirYaml() throws IOException {
        List<Path> examples;
        try (var files = Files.list(Path.of("examples"))) {
            examples = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(examples.size() >= 5, "the examples are there");
        for (Path example : examples) {
            byte[] yaml = Files.readAllBytes(example);
            Topology fromYaml = PARSER.parseYaml(yaml);
            byte[] asWritten = json(new YAMLMapper().readTree(yaml));
            Topology fast = streamed(asWritten);
            assertNotNull(fast, example + " is accepted by the fast path");
            assertEquals(tree(asWritten), fast, example.toString());
            assertEquals(fromYaml, fast, example.toString());
            byte[] canonical = CanonicalJson.write(fromYaml);
            assertEquals(fromYaml, streamed(canonical), example + " (canonical)");
            assertEquals(fromYaml, PARSER.parseJson(canonical), example + " (parseJson)");
        }
    }

    @Test
    void syntheticFilingsGiveTheSameTopology() {
        for (Topology t : List.of(SyntheticTopology.generate(2_000, 10, 10, 20, 7),
                SyntheticTopology.generateV2(2_000, 10, 10, 20, 10, 7))) {
            byte[] json = CanonicalJson.write(t);
            Topology fast = streamed(json);
            assertEquals(tree(json), fast);
            assertEquals(t, fast);
        }
    }

    /** Lists in another order (components before sites: every reference is a forward one) are still read fast. */
    @Test
    void membersInAnyOrderAfterTheFormat() throws IOException {
        ObjectNode doc = Fixtures.complete();
        ObjectNode reordered = MAPPER.createObjectNode();
        reordered.set("format", doc.get("format"));
        List<String> names = new ArrayList<>();
        doc.fieldNames().forEachRemaining(names::add);
        for (int i = names.size() - 1; i >= 0; i--) {
            if (!names.get(i).equals("format")) {
                reordered.set(names.get(i), doc.get(names.get(i)));
            }
        }
        Topology fast = streamed(json(reordered));
        assertNotNull(fast);
        assertEquals(tree(json(doc)), fast);
    }

    /** A format after the lists decides their fields too late for the fast path: the tree path reads it, the same. */
    @Test
    void formatAfterTheListsFallsBackToTheTree() throws IOException {
        ObjectNode doc = Fixtures.complete();
        JsonNode format = doc.remove("format");
        doc.set("format", format);
        byte[] body = json(doc);
        assertNull(streamed(body));
        assertEquals(tree(json(Fixtures.complete())), PARSER.parseJson(body));
    }

    /** Each broken document: refused by the fast path, and its errors are the whole-tree path's, in the same order. */
    @Test
    void invalidDocumentsKeepTheTreePathsErrors() {
        Map<String, String> cases = new LinkedHashMap<>();
        ObjectNode complete = Fixtures.complete();
        cases.put("unknown field in a component", changed(complete, d -> component(d, 0).put("colour", "red")));
        cases.put("unknown reference, forward", changed(complete, d -> ((ObjectNode) component(d, 0).withArray("dependsOn")
                .addObject()).put("component", "nowhere")));
        cases.put("unknown site", changed(complete, d -> ((ObjectNode) component(d, 0).withArray("placements").get(0))
                .put("site", "atlantis")));
        cases.put("unknown service in a drill", changed(complete, d -> d.withArray("drills").addObject().put("id", "d-x")
                .put("date", "2026-01-01").put("scenario", "site-loss").putArray("services").add("ghost")));
        cases.put("duplicate component id", changed(complete, d -> d.withArray("components").add(component(d, 0).deepCopy())));
        cases.put("no sites", changed(complete, d -> d.putArray("sites")));
        cases.put("sites missing", changed(complete, d -> d.remove("sites")));
        cases.put("unknown format", changed(complete, d -> d.put("format", "drr/v9")));
        cases.put("drr/v2 field in drr/v1", changed(complete, d -> component(d, 0).put("state", "durable")));
        cases.put("bad operator", changed(complete, d -> d.put("operator", "Not A Slug")));
        cases.put("bad date", changed(complete, d -> d.put("asOf", "2026-02-30")));
        cases.put("wrong type of list", changed(complete, d -> d.put("components", "none")));
        cases.put("unknown top-level member", changed(complete, d -> d.put("extra", 1)));
        cases.put("integer too large", changed(complete, d -> ((ObjectNode) component(d, 0).withArray("placements").get(0))
                .put("capacityPct", new java.math.BigInteger("123456789012345678901234567890"))));
        String valid = complete.toString();
        cases.put("duplicate key", valid.replaceFirst("\\{\"id\":", "{\"id\":\"x\",\"id\":"));
        cases.put("duplicate top-level key", valid.replaceFirst("\"format\":\"drr/v1\"", "\"format\":\"drr/v1\",\"format\":\"drr/v1\""));
        cases.put("syntax error at the end", valid.substring(0, valid.length() - 1));
        cases.put("content after the end", valid + " {}");
        cases.put("empty", "");
        cases.put("not an object", "[1, 2]");
        cases.put("text too long", changed(complete, d -> component(d, 0).put("name", "x".repeat(LIMITS.maxScalarChars() + 1))));
        for (Map.Entry<String, String> c : cases.entrySet()) {
            byte[] body = utf8(c.getValue());
            assertNull(streamed(body), c.getKey() + ": refused by the fast path");
            List<ParseError> viaTree = assertThrows(DrrParseException.class, () -> tree(body), c.getKey()).errors();
            List<ParseError> viaParser = assertThrows(DrrParseException.class, () -> PARSER.parseJson(body), c.getKey()).errors();
            assertEquals(viaTree, viaParser, c.getKey());
            assertTrue(!viaParser.isEmpty(), c.getKey());
        }
    }

    /** Many errors: the same capped list, ending in TOO_MANY_ERRORS, as the tree path gives. */
    @Test
    void theErrorCapIsTheTreePaths() {
        String doc = changed(Fixtures.complete(), d -> {
            ArrayNode components = d.withArray("components");
            for (int i = 0; i < 1_500; i++) {
                components.addObject().put("id", "Bad Id " + i);
            }
        });
        List<ParseError> errors = assertThrows(DrrParseException.class, () -> PARSER.parseJson(utf8(doc))).errors();
        assertEquals(LIMITS.maxErrors() + 1, errors.size());
        assertEquals(ParseError.TOO_MANY_ERRORS, errors.get(errors.size() - 1).code());
        assertEquals(assertThrows(DrrParseException.class, () -> tree(utf8(doc))).errors(), errors);
    }

    /* ---- read from a stream while it arrives (the validate API), items checked on a second thread ---- */

    /** A stream that hands out at most {@code piece} bytes per read, like a body arriving over the network. */
    private static java.io.InputStream arriving(byte[] body, int piece) {
        return new java.io.ByteArrayInputStream(body) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, piece));
            }
        };
    }

    @Test
    void aStreamGivesTheSameTopologyAsItsBytes() {
        for (Topology t : List.of(SyntheticTopology.generate(3_000, 10, 10, 20, 7),
                SyntheticTopology.generateV2(3_000, 10, 10, 20, 10, 7))) {
            byte[] json = CanonicalJson.write(t);
            assertEquals(t, PARSER.parseJson(arriving(json, 1_000), Budget.unlimited()));
            assertEquals(t, PARSER.parseJson(new java.io.ByteArrayInputStream(json), Budget.unlimited()));
        }
    }

    /** Each broken document sent as a stream: the errors of the whole-tree path, as for its bytes. */
    @Test
    void aBrokenStreamGivesTheErrorsOfItsBytes() {
        ObjectNode complete = Fixtures.complete();
        String valid = complete.toString();
        List<String> cases = List.of(
                changed(complete, d -> component(d, 0).put("colour", "red")),
                changed(complete, d -> ((ObjectNode) component(d, 0).withArray("placements").get(0)).put("site", "atlantis")),
                changed(complete, d -> d.withArray("components").add(component(d, 0).deepCopy())),
                valid.replaceFirst("\\{\"id\":", "{\"id\":\"x\",\"id\":"),
                valid.substring(0, valid.length() - 1), valid + " {}", "", "[1, 2]",
                changed(complete, d -> component(d, 0).put("name", "x".repeat(LIMITS.maxScalarChars() + 1))));
        for (String c : cases) {
            byte[] body = utf8(c);
            List<ParseError> fromBytes = assertThrows(DrrParseException.class, () -> PARSER.parseJson(body)).errors();
            List<ParseError> fromStream = assertThrows(DrrParseException.class,
                    () -> PARSER.parseJson(arriving(body, 7), Budget.unlimited())).errors();
            assertEquals(fromBytes, fromStream, c);
        }
    }

    /** A broken item among thousands of good ones: refused with the whole-tree path's errors, after reading it all. */
    @Test
    void anErrorLateInALargeStreamIsTheTreePaths() {
        byte[] json = CanonicalJson.write(SyntheticTopology.generate(3_000, 10, 10, 20, 7));
        String text = new String(json, java.nio.charset.StandardCharsets.UTF_8);
        int last = text.lastIndexOf("\"site\":\"");
        byte[] broken = utf8(text.substring(0, last) + "\"site\":\"atlantis-" + text.substring(last + 8));
        List<ParseError> fromBytes = assertThrows(DrrParseException.class, () -> PARSER.parseJson(broken)).errors();
        assertEquals(fromBytes, assertThrows(DrrParseException.class,
                () -> PARSER.parseJson(arriving(broken, 4_096), Budget.unlimited())).errors());
        assertEquals(ParseError.UNKNOWN_REFERENCE, fromBytes.get(0).code());
    }

    /** One byte over the limit is TOO_LARGE, as for bytes, whether the document is valid so far or not. */
    @Test
    void aStreamOverTheLimitIsTooLarge() {
        byte[] json = CanonicalJson.write(SyntheticTopology.generate(500, 5, 5, 5, 7));
        DrrParser small = new DrrParser(new Limits(json.length - 1, LIMITS.maxDepth(), LIMITS.maxYamlAliases()));
        for (byte[] body : List.of(json, utf8("{\"format\": nonsense" + " ".repeat(json.length)))) {
            List<ParseError> errors = assertThrows(DrrParseException.class,
                    () -> small.parseJson(arriving(body, 512), Budget.unlimited())).errors();
            assertEquals(ParseError.TOO_LARGE, errors.get(0).code());
            assertEquals(assertThrows(DrrParseException.class, () -> small.parseJson(body)).errors(), errors);
        }
        assertEquals(SyntheticTopology.generate(500, 5, 5, 5, 7),
                new DrrParser(new Limits(json.length, LIMITS.maxDepth(), LIMITS.maxYamlAliases()))
                        .parseJson(arriving(json, 512), Budget.unlimited()));
    }

    /** An exception of the stream (a 413, a dropped connection) reaches the caller as it is, never as a parse error. */
    @Test
    void anExceptionOfTheStreamIsNotAParseError() {
        byte[] json = CanonicalJson.write(SyntheticTopology.generate(2_000, 10, 10, 20, 7));
        IllegalStateException gone = new IllegalStateException("connection closed");
        java.io.InputStream failing = new java.io.ByteArrayInputStream(json) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                if (available() < json.length / 2) {
                    throw gone;
                }
                return super.read(b, off, Math.min(len, 1_000));
            }
        };
        assertEquals(gone, assertThrows(IllegalStateException.class, () -> PARSER.parseJson(failing, Budget.unlimited())));
    }

    /**
     * The checking thread cannot fail silently: an exception there (here the budget, cancelled while the items are
     * checked) is thrown on the reading thread, and the reader never waits for a checker that stopped.
     */
    @Test
    @org.junit.jupiter.api.Timeout(30)
    void anExceptionWhileCheckingReachesTheReader() {
        Budget budget = Budget.of(java.time.Duration.ofMinutes(5));
        Errors errors = new Errors(LIMITS.maxErrors());
        TopologyValidator validator = new TopologyValidator(errors, budget);
        validator.startStream(null);
        ItemHandoff handoff = new ItemHandoff(errors);
        handoff.start();
        budget.cancel();
        Tree.Builder builder = new Tree.Builder();
        for (int i = 0; i < 20_000; i++) {  // more than the queue holds: the reader would block if nobody took them
            builder.open();
            builder.member("id", new Tree.Scalar("site-" + i, 1, 1));
            builder.member("name", new Tree.Scalar("Site " + i, 1, 1));
            builder.member("kind", new Tree.Scalar("own", 1, 1));
            handoff.add(validator.streamed("sites"), builder.object(1, 1));
        }
        assertTrue(handoff.failed(), "the checker stopped");
        kr.drregistry.budget.BudgetExceededException e = assertThrows(kr.drregistry.budget.BudgetExceededException.class,
                handoff::finish);
        assertEquals(Budget.Stop.CLIENT_GONE, e.reason());
    }

    /** An error the checker finds stops the reader early and the document goes the whole-tree way. */
    @Test
    @org.junit.jupiter.api.Timeout(30)
    void anErrorWhileCheckingStopsTheReader() {
        Errors errors = new Errors(LIMITS.maxErrors());
        TopologyValidator validator = new TopologyValidator(errors, Budget.unlimited());
        validator.startStream(null);
        ItemHandoff handoff = new ItemHandoff(errors);
        handoff.start();
        Tree.Builder builder = new Tree.Builder();
        for (int i = 0; i < 20_000; i++) {
            builder.open();
            builder.member("id", new Tree.Scalar(i == 10 ? "Not A Slug" : "site-" + i, 1, 1));
            builder.member("name", new Tree.Scalar("Site " + i, 1, 1));
            builder.member("kind", new Tree.Scalar("own", 1, 1));
            handoff.add(validator.streamed("sites"), builder.object(1, 1));
        }
        assertTrue(handoff.failed());
        assertTrue(!handoff.finish(), "refused");
        assertTrue(!errors.isEmpty());
    }

    private static String changed(ObjectNode complete, Consumer<ObjectNode> change) {
        ObjectNode doc = complete.deepCopy();
        change.accept(doc);
        return doc.toString();
    }

    private static ObjectNode component(ObjectNode doc, int i) {
        Iterator<JsonNode> items = doc.withArray("components").elements();
        for (int k = 0; k < i; k++) {
            items.next();
        }
        return (ObjectNode) items.next();
    }
}
