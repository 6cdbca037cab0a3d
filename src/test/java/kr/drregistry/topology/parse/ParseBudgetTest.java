package kr.drregistry.topology.parse;

import kr.drregistry.topology.validation.rules.AllRules;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import kr.drregistry.budget.Budget;
import kr.drregistry.budget.BudgetExceededException;
import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.bench.SyntheticTopology;
import kr.drregistry.rules.Policies;
import kr.drregistry.topology.validation.Validator;

import static kr.drregistry.topology.parse.Fixtures.PARSER;
import static kr.drregistry.topology.parse.Fixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The parse budget of issue 15: a long YAML line is refused before the YAML parser sees it (its scanner is quadratic
 * in the line's length: a single 8 MB value took 12-23 s), text values and YAML documents are bounded, and the
 * parser and the validation stop when their {@link Budget} runs out or is cancelled. The measured times are in
 * BENCHMARKS.md.
 */
class ParseBudgetTest {
    private static final int EIGHT_MB = 8 * 1024 * 1024;

    @Test
    void anEightMegabyteQuotedValueIsRefusedAtOnceNamingTheLineLimit() {
        byte[] doc = utf8("operator: \"" + "k".repeat(EIGHT_MB) + "\"\n");
        // refused by the line scan before the YAML parser sees the value (its code says so); the time it takes is
        // measured in BENCHMARKS.md, not asserted on a shared machine
        ParseError e = assertThrows(DrrParseException.class, () -> PARSER.parseYaml(doc)).errors().get(0);
        assertEquals(ParseError.LINE_TOO_LONG, e.code(), e.toString());
        assertEquals(1, e.line());
        assertTrue(e.message().contains("65,536") && e.messageKo().contains("65,536"), e.message());
        assertTrue(e.message().contains("8,388,620"), "the line's length is named: " + e.message());
    }

    @Test
    void anEightMegabytePlainValueAndALongCommentAreRefusedToo() {
        assertEquals(ParseError.LINE_TOO_LONG, assertThrows(DrrParseException.class,
                () -> PARSER.parseYaml(utf8("operator: " + "k".repeat(EIGHT_MB)))).errors().get(0).code());
        DrrParseException comment = assertThrows(DrrParseException.class,
                () -> PARSER.parseYaml(utf8("format: drr/v1\n# " + "x".repeat(70_000) + "\noperator: a\n")));
        assertEquals(2, comment.errors().get(0).line(), "the second line is the long one");
        assertTrue(comment.sizeLimit() != null);
    }

    @Test
    void theLineLimitCountsEveryKindOfLineBreak() {
        String longLine = "x".repeat(Limits.DEFAULT_MAX_LINE_CHARS + 1);
        for (String br : new String[] {"\n", "\r\n", "\r"}) {
            DrrParseException e = assertThrows(DrrParseException.class,
                    () -> PARSER.parseYaml(utf8("a: 1" + br + "b: 2" + br + "# " + longLine)));
            assertEquals(3, e.errors().get(0).line(), "line break " + br.replace("\r", "CR").replace("\n", "LF"));
        }
        // a line of exactly the limit passes the scan (and then fails as a drr/v1 document, not for its length)
        DrrParseException atLimit = assertThrows(DrrParseException.class,
                () -> PARSER.parseYaml(utf8("#" + "x".repeat(Limits.DEFAULT_MAX_LINE_CHARS - 1) + "\nformat: drr/v1\n")));
        assertTrue(atLimit.sizeLimit() == null, atLimit.getMessage());
    }

    @Test
    void aMinifiedJsonDocumentOnOneLineIsNotHeldToTheYamlLineLimit() {
        Topology t = SyntheticTopology.generate(400, 6, 4, 10, 7L);
        byte[] json = CanonicalJson.write(t);
        assertTrue(json.length > Limits.DEFAULT_MAX_LINE_CHARS, "one line of " + json.length + " bytes");
        assertEquals(t, PARSER.parseJson(json));
    }

    @Test
    void aTextValueBeyondTheLimitIsRefusedWithItsPointerInBothSyntaxes() {
        String text = "k".repeat(Limits.DEFAULT_MAX_SCALAR_CHARS + 1);
        ParseError json = assertThrows(DrrParseException.class,
                () -> PARSER.parseJson(utf8("{\"format\": \"drr/v1\", \"operator\": \"" + text + "\"}"))).errors().get(0);
        assertEquals(ParseError.SCALAR_TOO_LONG, json.code());
        assertEquals("/operator", json.pointer());
        assertTrue(json.message().contains("10,000") && json.messageKo().contains("10,000"), json.message());
        // a block scalar: many short lines that add up to one long value
        StringBuilder yaml = new StringBuilder("format: drr/v1\noperator: |\n");
        for (int i = 0; i < 20; i++) {
            yaml.append("  ").append("k".repeat(1000)).append('\n');
        }
        ParseError block = assertThrows(DrrParseException.class, () -> PARSER.parseYaml(utf8(yaml.toString()))).errors().get(0);
        assertEquals(ParseError.SCALAR_TOO_LONG, block.code());
        assertEquals("/operator", block.pointer());
        assertEquals(2, block.line());
    }

    @Test
    void yamlHasASmallerSizeLimitThanJson() {
        DrrParser parser = new DrrParser(new Limits(1 << 20, 64, 50).withText(1000, 200, 200));
        Topology t = SyntheticTopology.generate(20, 2, 2, 2, 1L);
        byte[] json = CanonicalJson.write(t);
        byte[] yaml = YamlWriter.toYaml(t).getBytes(StandardCharsets.UTF_8);
        assertTrue(json.length > 1000 && yaml.length > 1000);
        assertEquals(t, parser.parseJson(json));
        DrrParseException e = assertThrows(DrrParseException.class, () -> parser.parseYaml(yaml));
        assertEquals(ParseError.TOO_LARGE, e.sizeLimit().code());
        assertTrue(e.errors().get(0).message().contains("YAML document is larger than the limit of 1,000 bytes"),
                e.errors().get(0).message());
    }

    @Test
    void aTenThousandComponentFilingInYamlIsAcceptedWithTheDefaultLimits() {
        Topology t = SyntheticTopology.generate(10_000, 10, 5, 20, 42L);
        byte[] yaml = YamlWriter.toYaml(t).getBytes(StandardCharsets.UTF_8);
        assertTrue(yaml.length < Limits.DEFAULT_MAX_YAML_BYTES, yaml.length + " bytes");
        assertEquals(10_000, PARSER.parseYaml(yaml, Budget.of(Duration.ofMinutes(2))).components().size());
    }

    @Test
    void aCancelledBudgetStopsParsingAndValidation() {
        Budget gone = Budget.of(Duration.ofMinutes(1));
        gone.cancel();
        byte[] doc = Fixtures.resource("contract-complete.yaml");
        BudgetExceededException parse = assertThrows(BudgetExceededException.class, () -> PARSER.parseYaml(doc, gone));
        assertEquals(Budget.Stop.CLIENT_GONE, parse.reason());
        Topology t = PARSER.parseYaml(doc);
        assertEquals(Budget.Stop.CLIENT_GONE, assertThrows(BudgetExceededException.class,
                () -> AllRules.validator().validate(t, Policies.defaultPolicy(), gone)).reason());
        Budget.unlimited().cancel();
        AllRules.validator().validate(t, Policies.defaultPolicy(), Budget.unlimited());
    }

    @Test
    void workOverItsTimeStopsWithTheLimitNamed() throws Exception {
        Budget tight = Budget.of(Duration.ofMillis(1));
        Thread.sleep(5);
        BudgetExceededException e = assertThrows(BudgetExceededException.class,
                () -> PARSER.parseJson(Fixtures.resource("contract-complete.json"), tight));
        assertEquals(Budget.Stop.TIME, e.reason());
        assertEquals(Duration.ofMillis(1), e.limit());
    }

    @Test
    void cancellingFromAnotherThreadStopsALongParseAndTheSimulation() throws Exception {
        Topology big = SyntheticTopology.generate(5_000, 10, 5, 20, 3L);
        byte[] yaml = YamlWriter.toYaml(big).getBytes(StandardCharsets.UTF_8);
        Budget budget = Budget.of(Duration.ofMinutes(5));
        CompletableFuture<Object> parsing = CompletableFuture.supplyAsync(() -> PARSER.parseYaml(yaml, budget));
        Thread.sleep(100);
        budget.cancel();
        Throwable stopped = assertThrows(Exception.class, () -> parsing.get(20, TimeUnit.SECONDS)).getCause();
        assertTrue(stopped instanceof BudgetExceededException b && b.reason() == Budget.Stop.CLIENT_GONE, String.valueOf(stopped));

        Budget second = Budget.of(Duration.ofMinutes(5));
        CompletableFuture<Object> validating = CompletableFuture.supplyAsync(
                () -> AllRules.validator().validate(big, Policies.defaultPolicy(), second));
        Thread.sleep(50);
        second.cancel();
        try {
            validating.get(20, TimeUnit.SECONDS);
            // a fast machine may finish 5,000 components in 50 ms: then there was nothing to stop
        } catch (java.util.concurrent.ExecutionException e) {
            assertTrue(e.getCause() instanceof BudgetExceededException, String.valueOf(e.getCause()));
        }
    }
}
