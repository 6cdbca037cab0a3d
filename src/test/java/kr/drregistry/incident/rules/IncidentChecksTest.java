package kr.drregistry.incident.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import kr.drregistry.incident.model.FiledTopology;
import kr.drregistry.incident.model.IncidentJson;
import kr.drregistry.incident.model.IncidentPolicies;
import kr.drregistry.incident.model.IncidentPolicy;
import kr.drregistry.incident.model.IncidentReport;
import kr.drregistry.incident.model.InvalidIncidentException.Problem;
import kr.drregistry.topology.parse.DrrParser;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.Severity;

/** Declared vs. actual: the Kakao-like outage against the Kakao-like filed topology. */
class IncidentChecksTest {
    private static final IncidentPolicy KR = IncidentPolicies.korean();

    static FiledTopology kakao() throws Exception {
        return FiledTopology.of(new DrrParser().parseYaml(Files.readAllBytes(Path.of("examples", "kakao-like-2022.yaml"))), "test", 1);
    }

    static IncidentReport report(String json) {
        return IncidentJson.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static final String OUTAGE = """
            {"summary": "판교 데이터센터 화재로 메신저·로그인·결제 중단",
             "occurredAt": "2022-10-15T15:33:00+09:00", "detectedAt": "2022-10-15T15:40:00+09:00",
             "recoveredAt": "2022-10-20T22:33:00+09:00",
             "affectedServices": [{"id": "talk", "dataLossMinutes": 0}, {"id": "pay", "recoveredAt": "2022-10-15T16:00:00+09:00", "dataLossMinutes": 3}],
             "affectedSites": ["pangyo"], "cause": {"category": "fire"}}
            """;

    @Test
    void aKakaoLikeOutageOf127HoursExceedsTheFiledRtoOfAnHour() throws Exception {
        List<Finding> findings = IncidentChecks.findings(report(OUTAGE), kakao(), KR, Instant.parse("2022-11-01T00:00:00Z"));
        Finding rto = findings.stream().filter(f -> f.rule().equals("INC-001")).findFirst().orElseThrow();
        assertEquals("talk", rto.subject().id());
        assertEquals(Severity.HIGH, rto.severity(), "severity from the policy data");
        assertTrue(rto.message().ko().contains("127시간") && rto.message().ko().contains("RTO) 1시간"), rto.message().ko());
        assertTrue(rto.message().en().contains("127 h"), rto.message().en());
        assertEquals(1, findings.stream().filter(f -> f.rule().equals("INC-001")).count(),
                "pay recovered in 27 minutes, within its RTO of 60");
        Finding rpo = findings.stream().filter(f -> f.rule().equals("INC-002")).findFirst().orElseThrow();
        assertEquals("pay", rpo.subject().id(), "3 minutes of lost payments against an RPO of 0");
        assertTrue(findings.stream().anyMatch(f -> f.rule().equals("INC-003")), "127 hours and no notice to users");
    }

    @Test
    void anOngoingOutageIsMeasuredUntilNow() throws Exception {
        IncidentReport ongoing = report(OUTAGE.replace("\"recoveredAt\": \"2022-10-20T22:33:00+09:00\",", ""));
        Instant twoHoursIn = OffsetDateTime.parse("2022-10-15T17:33:00+09:00").toInstant();
        List<Finding> findings = IncidentChecks.findings(ongoing, kakao(), KR, twoHoursIn);
        Finding rto = findings.stream().filter(f -> f.rule().equals("INC-001")).findFirst().orElseThrow();
        assertTrue(rto.message().ko().contains("복구되지 않아") && rto.message().ko().contains("2시간"), rto.message().ko());
        Instant halfAnHourIn = OffsetDateTime.parse("2022-10-15T16:03:00+09:00").toInstant();
        assertTrue(IncidentChecks.findings(ongoing, kakao(), KR, halfAnHourIn).stream().noneMatch(f -> f.rule().equals("INC-001")),
                "30 minutes in, the 60-minute RTO is not yet exceeded");
    }

    @Test
    void aCompleteUserNoticeSatisfiesInc003AndShortOutagesNeedNone() throws Exception {
        String noticed = OUTAGE.replace("\"cause\": {\"category\": \"fire\"}", "\"cause\": {\"category\": \"fire\"}, \"userNotice\": "
                + "{\"fact\": \"서비스 중단\", \"cause\": \"화재\", \"response\": \"복구 중\", \"contact\": \"1577-3754\", "
                + "\"sentAt\": \"2022-10-15T17:00:00+09:00\", \"channel\": \"공지사항\"}");
        assertTrue(IncidentChecks.findings(report(noticed), kakao(), KR, Instant.now()).stream().noneMatch(f -> f.rule().equals("INC-003")));
        IncidentReport short119 = report(OUTAGE.replace("2022-10-20T22:33:00+09:00", "2022-10-15T17:32:00+09:00"));
        assertTrue(IncidentChecks.findings(short119, kakao(), KR, Instant.now()).stream().noneMatch(f -> f.rule().equals("INC-003")),
                "1 h 59 min is below the 2-hour notice threshold");
    }

    @Test
    void affectedServicesAndSitesMustBeInTheFiledTopology() throws Exception {
        IncidentReport r = report("""
                {"affectedServices": [{"id": "talk"}, {"id": "webtoon"}], "affectedSites": ["pangyo", "gasan"]}
                """);
        List<Problem> problems = IncidentChecks.references(r, kakao());
        assertEquals(List.of("/affectedServices/1/id", "/affectedSites/1"), problems.stream().map(Problem::pointer).toList());
        assertTrue(problems.get(0).messageKo().contains("webtoon"));
        assertEquals("no-topology", IncidentChecks.references(r, null).get(0).code());
    }

    @Test
    void eachStageNeedsWhatThePolicyRequires() {
        IncidentReport r = report(OUTAGE);
        assertEquals(List.of(), IncidentChecks.required(r, KR.stage("initial")));
        List<String> missing = IncidentChecks.required(r, KR.stage("final")).stream().map(Problem::pointer).toList();
        assertTrue(missing.containsAll(List.of("/usersAffected", "/cause/description", "/actions", "/final/rootCauses", "/final/recurring")),
                missing.toString());
        assertTrue(!missing.contains("/recoveredAt"));
    }
}
