package kr.drregistry.plan.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kr.drregistry.topology.parse.ParseError;

class PlanJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static PlanContent read(String json) {
        return PlanJson.read(json.getBytes(StandardCharsets.UTF_8));
    }

    private static List<ParseError> errors(String json) {
        return assertThrows(PlanParseException.class, () -> read(json)).errors();
    }

    private static ParseError only(String json) {
        List<ParseError> errors = errors(json);
        assertEquals(1, errors.size(), errors.toString());
        ParseError e = errors.get(0);
        assertFalse(e.message().isBlank() || e.messageKo().isBlank(), e.toString());
        return e;
    }

    private static String canonicalText(PlanContent plan) {
        return new String(PlanJson.canonical(plan), StandardCharsets.UTF_8);
    }

    @Test
    void theSmallestPlanIsFormatAndYear() {
        PlanContent plan = read("{\"format\":\"plan/v1\",\"planYear\":2027}");
        assertEquals(2027, plan.planYear());
        assertNull(plan.officer());
        assertEquals(List.of(), plan.scenarios());
    }

    @Test
    void roundTripOfTheCompletePlan() {
        PlanContent plan = PlanFixture.plan();
        assertEquals(plan, PlanJson.read(PlanJson.canonical(plan)));
    }

    @Test
    void canonicalFormIsDeterministicCompactAndIndependentOfInputLayout() {
        byte[] first = PlanJson.canonical(PlanFixture.plan());
        assertArrayEquals(first, PlanJson.canonical(PlanFixture.plan()));
        String text = new String(first, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("{\"format\":\"plan/v1\",\"planYear\":2027,\"officer\":{\"name\":\"김재난\""), text);
        assertFalse(text.contains("\n") || text.contains(": ") || text.contains(", "), text);
        String reordered = "{ \"planYear\" : 2027,\n  \"multicloud\": {\"providers\": [\"a\", \"b\"]},\n"
                + "  \"format\": \"plan/v1\", \"department\": {\"staffCount\": 3, \"name\": \"팀\"} }";
        String ordered = "{\"format\":\"plan/v1\",\"planYear\":2027,\"department\":{\"name\":\"팀\",\"staffCount\":3}"
                + ",\"multicloud\":{\"providers\":[\"a\",\"b\"]}}";
        assertArrayEquals(PlanJson.canonical(read(ordered)), PlanJson.canonical(read(reordered)));
        assertEquals("{\"format\":\"plan/v1\",\"planYear\":2027,\"department\":{\"name\":\"팀\",\"dedicated\":false,"
                + "\"staffCount\":3},\"contacts\":[],\"escalation\":[],\"alertLevels\":[],\"scenarios\":[],"
                + "\"procedures\":[],\"drills\":[],\"multicloud\":{\"providers\":[\"a\",\"b\"]}}",
                canonicalText(read(reordered)));
    }

    @Test
    void canonicalMembersFollowTheShapeOrder() throws Exception {
        JsonNode root = MAPPER.readTree(PlanJson.canonical(PlanFixture.plan()));
        List<String> names = new ArrayList<>();
        root.fieldNames().forEachRemaining(names::add);
        assertEquals(PlanShape.ROOT.fields, names);
        List<String> detection = new ArrayList<>();
        root.get("detection").fieldNames().forEachRemaining(detection::add);
        assertEquals(PlanShape.DETECTION.fields, detection);
    }

    @Test
    void unknownFieldsAreReportedWithTheirPointer() {
        List<ParseError> errors = errors("{\"format\":\"plan/v1\",\"planYear\":2027,\"extra\":1,"
                + "\"officer\":{\"nmae\":\"김\"},\"scenarios\":[{\"kind\":\"flood\",\"respnse\":\"x\"}]}");
        assertEquals(List.of("/extra", "/officer/nmae", "/scenarios/0/respnse"),
                errors.stream().map(ParseError::pointer).toList());
        assertTrue(errors.stream().allMatch(e -> e.code().equals(ParseError.UNKNOWN_FIELD)));
        assertTrue(errors.get(1).messageKo().contains("phone24x7"), errors.get(1).messageKo());
    }

    @Test
    void wrongTypesAreReportedWithTheirPointer() {
        List<ParseError> errors = errors("{\"format\":\"plan/v1\",\"planYear\":\"2027\","
                + "\"detection\":{\"realTimeMonitoring\":\"yes\",\"outageReportThresholdMinutes\":10.5},"
                + "\"contacts\":{},\"officer\":null}");
        assertEquals(List.of("/planYear", "/officer", "/contacts", "/detection/realTimeMonitoring",
                "/detection/outageReportThresholdMinutes"), errors.stream().map(ParseError::pointer).toList());
        assertTrue(errors.stream().allMatch(e -> e.code().equals(ParseError.TYPE)), errors.toString());
        assertTrue(errors.get(0).message().contains("an integer"), errors.get(0).message());
    }

    @Test
    void requiredFieldsAndFormat() {
        List<ParseError> errors = errors("{\"contacts\":[{\"phone\":\"1\"}],\"drills\":[{\"date\":\"2027-01-01\"}]}");
        assertEquals(List.of("/format", "/planYear", "/contacts/0/name", "/drills/0/scenario"),
                errors.stream().map(ParseError::pointer).toList());
        assertTrue(errors.stream().allMatch(e -> e.code().equals(ParseError.REQUIRED)));
        assertEquals(ParseError.UNSUPPORTED_FORMAT, only("{\"format\":\"drr/v1\",\"planYear\":2027}").code());
    }

    @Test
    void valuesOutsideTheirSetRangeOrShape() {
        String head = "{\"format\":\"plan/v1\",\"planYear\":2027,";
        assertEquals(ParseError.ENUM, only(head + "\"alertLevels\":[{\"level\":\"red\"}]}").code());
        assertEquals(ParseError.RANGE, only("{\"format\":\"plan/v1\",\"planYear\":1999}").code());
        assertEquals(ParseError.RANGE, only(head + "\"department\":{\"staffCount\":-1}}").code());
        ParseError date = only(head + "\"drills\":[{\"date\":\"2027-02-30\",\"scenario\":\"flood\"}]}");
        assertEquals(ParseError.DATE, date.code());
        assertEquals("/drills/0/date", date.pointer());
        assertEquals(ParseError.SLUG, only(head + "\"procedures\":[{\"serviceId\":\"Talk App\"}]}").code());
        assertEquals(ParseError.LENGTH, only(head + "\"officer\":{\"name\":\"  \"}}").code());
    }

    @Test
    void textsAreLimitedInLength() {
        String head = "{\"format\":\"plan/v1\",\"planYear\":2027,";
        String ok = "가".repeat(PlanJson.TEXT_MAX);
        assertEquals(ok, read(head + "\"scenarios\":[{\"kind\":\"flood\",\"response\":\"" + ok + "\"}]}")
                .scenarios().get(0).response());
        ParseError tooLong = only(head + "\"scenarios\":[{\"kind\":\"flood\",\"response\":\"" + ok + "가\"}]}");
        assertEquals(ParseError.LENGTH, tooLong.code());
        assertEquals("/scenarios/0/response", tooLong.pointer());
        assertEquals(ParseError.LENGTH,
                only(head + "\"officer\":{\"name\":\"" + "a".repeat(PlanJson.NAME_MAX + 1) + "\"}}").code());
    }

    @Test
    void duplicateLevelsScenarioKindsAndProceduresAreRejectedButSeveralOtherScenariosAreNot() {
        String head = "{\"format\":\"plan/v1\",\"planYear\":2027,";
        ParseError level = only(head + "\"alertLevels\":[{\"level\":\"alert\"},{\"level\":\"alert\"}]}");
        assertEquals(ParseError.DUPLICATE_ID, level.code());
        assertEquals("/alertLevels/1", level.pointer());
        assertEquals("/procedures/1", only(head + "\"procedures\":[{\"serviceId\":\"talk\"},{\"serviceId\":\"talk\"}]}")
                .pointer());
        assertEquals("/scenarios/1", only(head + "\"scenarios\":[{\"kind\":\"flood\"},{\"kind\":\"flood\"}]}").pointer());
        assertEquals(2, read(head + "\"scenarios\":[{\"kind\":\"other\"},{\"kind\":\"other\"}]}").scenarios().size());
    }

    @Test
    void syntaxDuplicateKeysDepthAndSize() {
        ParseError syntax = only("{\"format\":\"plan/v1\",\n\"planYear\":}");
        assertEquals(ParseError.SYNTAX, syntax.code());
        assertEquals(2, syntax.line());
        assertEquals(ParseError.SYNTAX, only("").code());
        assertEquals(ParseError.SYNTAX, only("{\"format\":\"plan/v1\",\"planYear\":2027} {}").code());
        assertEquals(ParseError.DUPLICATE_KEY, only("{\"format\":\"plan/v1\",\"planYear\":2027,\"planYear\":2028}").code());
        assertEquals(ParseError.TOO_DEEP, only("[".repeat(PlanJson.MAX_DEPTH + 5) + "]".repeat(PlanJson.MAX_DEPTH + 5)).code());
        PlanParseException big = assertThrows(PlanParseException.class,
                () -> PlanJson.read(new byte[PlanJson.MAX_BYTES + 1]));
        assertTrue(big.tooLarge());
    }

    @Test
    void aTypeErrorAtTheRootIsOneError() {
        ParseError e = only("[]");
        assertEquals(ParseError.TYPE, e.code());
        assertEquals("", e.pointer());
    }

    @Test
    void tooManyErrorsEndWithATruncationMarker() {
        StringBuilder json = new StringBuilder("{\"format\":\"plan/v1\",\"planYear\":2027,\"contacts\":[");
        for (int i = 0; i < PlanJson.MAX_ERRORS + 10; i++) {
            json.append(i == 0 ? "" : ",").append("{}");
        }
        List<ParseError> errors = errors(json.append("]}").toString());
        assertEquals(PlanJson.MAX_ERRORS + 1, errors.size());
        assertEquals(ParseError.TOO_MANY_ERRORS, errors.get(errors.size() - 1).code());
    }

    @Test
    void bytesThatLookLikeUtf32ButAreNoTextAreASyntaxErrorNotAServerError() {
        // found by PlanFuzzTest: Jackson guessed UTF-32 from the leading zero bytes and failed with an IOException,
        // which became a 500; the input is kept as src/test/resources/kr/drregistry/fuzz/PlanFuzzTestInputs/plan/utf32-guess-crash
        byte[] bytes = {0, 0, 0, 0x13, 'r', 'm', 'a', 't', 'l', 'Y', 'r', '"', ':', ' ', '1', '0', '1', '3', '}'};
        PlanParseException e = assertThrows(PlanParseException.class, () -> PlanJson.read(bytes));
        assertEquals(ParseError.SYNTAX, e.errors().get(0).code());
        assertTrue(e.errors().get(0).message().contains("UTF-8"), e.errors().get(0).message());
    }
}
