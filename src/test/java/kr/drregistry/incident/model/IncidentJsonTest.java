package kr.drregistry.incident.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The report document is read strictly and written canonically. */
class IncidentJsonTest {
    static IncidentReport read(String json) {
        return IncidentJson.read(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void timesBecomeInstantsAndTheCanonicalFormIsStable() {
        IncidentReport r = read("""
                {"summary": "판교 화재", "occurredAt": "2022-10-15T15:33:00+09:00", "detectedAt": "2022-10-15T15:40:00+09:00",
                 "affectedServices": [{"id": "talk", "dataLossMinutes": 0}], "affectedSites": ["pangyo"],
                 "cause": {"category": "fire", "description": "UPS 배터리실 화재"}, "continuityPlanActivated": true,
                 "userNotice": {"fact": "f", "cause": "c", "response": "r", "contact": "1577-0000", "sentAt": "2022-10-15T17:00:00+09:00", "channel": "SNS"},
                 "final": {"costs": {"amountKrw": 0}, "recurring": false}}
                """);
        assertEquals(Instant.parse("2022-10-15T06:33:00Z"), r.occurredAt());
        assertEquals(CauseCategory.FIRE, r.cause().category());
        assertTrue(r.userNotice().complete());
        String canonical = IncidentJson.canonical(r);
        assertTrue(canonical.contains("\"occurredAt\":\"2022-10-15T06:33:00Z\""), canonical);
        assertEquals(canonical, IncidentJson.canonical(read(canonical)), "reading the canonical form gives it back");
    }

    @Test
    void mistakesAreRefusedWithTheirPointers() {
        InvalidIncidentException e = assertThrows(InvalidIncidentException.class, () -> read("""
                {"summery": "x", "occurredAt": "2022-10-15 15:33", "detectedAt": "2022-10-15T15:00:00+09:00",
                 "recoveredAt": "2022-10-15T14:00:00+09:00", "affectedServices": [{"id": "Talk!"}, {"id": "talk", "dataLossMinutes": -1}],
                 "cause": {"category": "meteor"}, "usersAffected": "many"}
                """));
        List<String> pointers = e.problems().stream().map(InvalidIncidentException.Problem::pointer).toList();
        assertEquals(List.of("/summery", "/occurredAt", "/affectedServices/0/id", "/affectedServices/1/dataLossMinutes",
                "/usersAffected", "/cause/category"), pointers);
        InvalidIncidentException order = assertThrows(InvalidIncidentException.class, () -> read("""
                {"occurredAt": "2022-10-15T15:33:00+09:00", "detectedAt": "2022-10-15T15:00:00+09:00"}
                """));
        assertEquals("/detectedAt", order.problems().get(0).pointer());
        assertTrue(order.problems().get(0).messageKo().contains("발생 시각"));
    }
    @Test
    void timesOutsideTheYearsAReportCanMeanAreRefusedWithTheirPointers() {
        // +999999999-12-31T23:59:59Z parses as an instant, but deadlines computed from it overflowed: a 500 (issue 15)
        InvalidIncidentException e = assertThrows(InvalidIncidentException.class, () -> read("""
                {"summary": "x", "occurredAt": "2026-10-15T15:33:00+09:00", "detectedAt": "+999999999-12-31T23:59:59Z",
                 "recoveredAt": "1970-01-01T00:00:00Z", "affectedServices": [{"id": "talk", "recoveredAt": "-999999999-01-01T00:00:00Z"}],
                 "userNotice": {"sentAt": "2101-01-01T00:00:00Z"}, "actions": [{"at": "2100-12-31T23:59:59Z", "description": "d"}]}
                """));
        java.util.List<String> pointers = e.problems().stream().filter(p -> p.code().equals("date-time-range"))
                .map(InvalidIncidentException.Problem::pointer).toList();
        assertEquals(java.util.List.of("/detectedAt", "/recoveredAt", "/affectedServices/0/recoveredAt", "/userNotice/sentAt"), pointers);
    }

    @Test
    void aReportBeyondTwoMegabytesIsRefusedBeforeItIsRead() {
        byte[] big = ("{\"summary\": \"" + "x".repeat(IncidentJson.MAX_BYTES) + "\"}").getBytes(StandardCharsets.UTF_8);
        InvalidIncidentException e = assertThrows(InvalidIncidentException.class, () -> IncidentJson.read(big));
        assertEquals("too-large", e.problems().get(0).code());
    }

    @Test
    void bytesThatLookLikeUtf32ButAreNoTextAreASyntaxError() {
        // the plan reader's fuzzing finding (a 500), which the incident reader shared
        byte[] bytes = {0, 0, 0, 0x13, 'r', 'm', 'a', 't', 'l', 'Y', 'r', '"', ':', ' ', '1', '0', '1', '3', '}'};
        InvalidIncidentException e = assertThrows(InvalidIncidentException.class, () -> IncidentJson.read(bytes));
        assertEquals("syntax", e.problems().get(0).code());
    }
}
