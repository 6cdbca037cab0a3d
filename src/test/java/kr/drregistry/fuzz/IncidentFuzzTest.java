package kr.drregistry.fuzz;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.code_intelligence.jazzer.junit.FuzzTest;

import kr.drregistry.incident.IncidentProblems;
import kr.drregistry.incident.model.FiledTopology;
import kr.drregistry.incident.model.IncidentJson;
import kr.drregistry.incident.model.IncidentPolicies;
import kr.drregistry.incident.model.IncidentPolicy;
import kr.drregistry.incident.model.IncidentReport;
import kr.drregistry.incident.model.InvalidIncidentException;
import kr.drregistry.incident.model.Schedule;
import kr.drregistry.incident.rules.IncidentChecks;
import kr.drregistry.incident.rules.RecoveryComparison;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The incident/v1 reader ({@link IncidentJson}) and everything the service computes from an accepted report: the
 * canonical form (read back equal), each policy's stage deadlines and submissions, the checks against a filed
 * topology, the INC findings and the recovery comparison. Whatever arrives is accepted and computed, or refused with
 * an {@link InvalidIncidentException} that maps to a 4xx problem; never another exception (a date far in the future
 * used to overflow the deadline arithmetic: a 500).
 */
class IncidentFuzzTest {
    private static final FiledTopology TOPOLOGY = new FiledTopology("fuzz", 1,
            Map.of("talk", new FiledTopology.DeclaredService("talk", "Talk", 1, 60, 5),
                    "login", new FiledTopology.DeclaredService("login", "Login", 1, null, null)),
            Map.of("pangyo", "Pangyo", "ansan", "Ansan"));
    private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");

    @FuzzTest
    void incident(byte[] bytes) {
        FuzzSupport.budget().check();
        IncidentReport report;
        try {
            report = IncidentJson.read(bytes);
        } catch (InvalidIncidentException e) {
            FuzzSupport.clientError(IncidentProblems.invalid("fuzz", e));
            return;
        }
        String canonical = IncidentJson.canonical(report);
        assertEquals(canonical, IncidentJson.canonical(IncidentJson.read(canonical.getBytes(StandardCharsets.UTF_8))));
        IncidentChecks.references(report, TOPOLOGY);
        for (IncidentPolicy policy : IncidentPolicies.shipped()) {
            List<Schedule.Submission> none = List.of();
            Schedule.of(policy, report, none, NOW);
            for (int i = 0; i < policy.stages().size(); i++) {
                IncidentPolicy.Stage stage = policy.stages().get(i);
                IncidentChecks.required(report, stage);
                Instant due = Schedule.due(policy, i, report, none);
                none = List.of(new Schedule.Submission(stage.id(), NOW, due, due != null && NOW.isAfter(due)));
            }
            IncidentChecks.findings(report, TOPOLOGY, policy, NOW);
        }
        RecoveryComparison.outcomes("fuzz", "fuzz", report, NOW);
    }
}
