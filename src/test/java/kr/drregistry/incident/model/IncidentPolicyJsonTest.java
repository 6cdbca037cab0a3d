package kr.drregistry.incident.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import kr.drregistry.rules.Severity;

/** Incident policies are data: both shipped ones load, round-trip, and mistakes are named by JSON Pointer. */
class IncidentPolicyJsonTest {
    @Test
    void aVersionStoredBeforeAnIncRuleExistedStillReadsWithTheShippedSettingForIt() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper m = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode doc = (com.fasterxml.jackson.databind.node.ObjectNode)
                m.readTree(IncidentPolicyJson.write(IncidentPolicies.dora()));
        ((com.fasterxml.jackson.databind.node.ObjectNode) doc.get("rules")).remove("INC-003");
        byte[] stored = m.writeValueAsBytes(doc);
        assertThrows(InvalidIncidentException.class, () -> IncidentPolicyJson.read(stored), "publishing it is still refused");
        IncidentPolicy p = IncidentPolicyJson.readStored(stored, IncidentPolicies.korean());
        assertEquals(IncidentPolicies.korean().rule("INC-003"), p.rule("INC-003"), "the missing rule takes the shipped setting");
        assertEquals(IncidentPolicies.dora().stages(), p.stages(), "the rest is the stored version's own");
        assertEquals(IncidentPolicies.dora().rule("INC-001"), p.rule("INC-001"));
    }

    @Test
    void theShippedPoliciesSayWhatTheLawAndDoraSay() {
        IncidentPolicy kr = IncidentPolicies.korean();
        assertEquals("incident-kr", kr.id());
        assertEquals(10, kr.reportableMinutes());
        assertEquals(120, kr.userNoticeMinutes());
        assertEquals(List.of("initial", "final"), kr.stages().stream().map(IncidentPolicy.Stage::id).toList(), "no intermediate report in Korean law");
        assertEquals("Asia/Seoul", kr.zone().getId());
        IncidentPolicy dora = IncidentPolicies.dora();
        assertEquals(List.of("initial", "intermediate", "final"), dora.stages().stream().map(IncidentPolicy.Stage::id).toList());
        assertEquals(Severity.HIGH, kr.rule("INC-001").severity());
    }

    @Test
    void writingAndReadingGivesTheSamePolicy() {
        for (IncidentPolicy p : IncidentPolicies.shipped()) {
            IncidentPolicy again = IncidentPolicyJson.read(IncidentPolicyJson.write(p).getBytes(StandardCharsets.UTF_8));
            assertEquals(p, again);
        }
    }

    @Test
    void mistakesAreNamedByPointer() {
        String doc = IncidentPolicyJson.write(IncidentPolicies.korean())
                .replace("\"detection\"", "\"detected\"").replace("\"PT1H\"", "\"an hour\"").replace("\"/cause/category\"", "\"/cause/kind\"")
                .replace("\"INC-003\"", "\"INC-009\"");
        InvalidIncidentException e = assertThrows(InvalidIncidentException.class,
                () -> IncidentPolicyJson.read(doc.getBytes(StandardCharsets.UTF_8)));
        List<String> pointers = e.problems().stream().map(InvalidIncidentException.Problem::pointer).toList();
        assertTrue(pointers.contains("/stages/0/deadlines/0/after"), pointers.toString());
        assertTrue(pointers.contains("/stages/0/deadlines/0/within"), pointers.toString());
        assertTrue(pointers.stream().anyMatch(p -> p.startsWith("/stages/0/required/")), pointers.toString());
        assertTrue(pointers.contains("/rules/INC-009"), pointers.toString());
        assertTrue(pointers.contains("/rules/INC-003"), "a missing rule is reported: " + pointers);
    }
}
