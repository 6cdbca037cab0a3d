package kr.drregistry.topology.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.parse.DrrParser;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.Policies;
import kr.drregistry.rules.Severity;
import kr.drregistry.topology.validation.ValidationReport;
import kr.drregistry.topology.validation.Validator;

/**
 * The rules drr/v2 adds and changes (FILING-FORMAT-V2.md §4, §7), each on a small document where it must fire and
 * one where it must not; and the same document as drr/v1, which gets the same results (§7.11: drr/v1 documents are
 * read with drr/v2 semantics).
 */
class V2RulesTest {
    private static final DrrParser PARSER = new DrrParser();

    private static Topology parse(String format, String body) {
        String yaml = "format: " + format + "\noperator: op\nasOf: 2026-11-01\n" + body;
        return PARSER.parseYaml(yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Finding> findings(String format, String body, String rule) {
        ValidationReport report = AllRules.validator().validate(parse(format, body), Policies.defaultPolicy());
        return report.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    private static List<Finding> v2(String body, String rule) {
        return findings("drr/v2", body, rule);
    }

    private static String keys(List<Finding> findings) {
        return String.join(" ", findings.stream().map(f -> f.subject().id() + "@" + f.scenario()).toList());
    }

    private static final String LOCATED = """
            sites:
              - {id: a, location: {lat: 37.0, lon: 127.0}}
              - {id: b, location: {lat: 35.0, lon: 129.0}}
            """;

    private static final String FACEBOOK = LOCATED + """
            services:
              - {id: social, tier: 1, dailyUsers: 1000, entrypoints: [web]}
            components:
              - id: web
                kind: app
                placements: [{site: a, role: active}, {site: b, role: active}]
                dependsOn: [{component: backbone}]
              - id: backbone
                kind: network
                riskGroups: [config:backbone]
                placements: [{site: a, role: active}, {site: b, role: active}]
                recovery: {minutes: 60, requires: [oob-network]}
              - id: oob-network
                kind: network
                placements: [{site: a, role: active}, {site: b, role: active}]
                dependsOn: [{component: backbone}]
            """;

    @Test
    void ops003TheRepairOfAStruckComponentNeedsWhatTheScenarioTakesDown() {
        List<Finding> f = v2(FACEBOOK, "OPS-003");
        assertEquals("backbone@config:backbone", keys(f));
        assertEquals(Severity.CRITICAL, f.get(0).severity());
        assertTrue(f.get(0).message().en().contains("oob-network"), f.get(0).message().en());
        String independent = FACEBOOK.replace("""
                    dependsOn: [{component: backbone}]
                """, "").replace("""
                    placements: [{site: a, role: active}, {site: b, role: active}]
                    dependsOn: [{component: backbone}]
                  - id: backbone""", """
                    placements: [{site: a, role: active}, {site: b, role: active}]
                  - id: backbone""");
        assertEquals("", keys(v2(independent, "OPS-003")), "an out-of-band network that does not ride on the backbone");
    }

    @Test
    void spof002AlsoFiresInComponentGroupScenariosAndStatesTheRepairEstimate() {
        List<Finding> f = v2(FACEBOOK, "SPOF-002");
        assertEquals("social@config:backbone", keys(f), "no site loss takes the service down, the config push does");
        assertTrue(f.get(0).message().en().contains("repair estimate: unbounded"), f.get(0).message().en());
        assertEquals(1000L, f.get(0).usersLost());
    }

    private static final String AZURE = LOCATED + """
            services:
              - {id: devops, tier: 2, dailyUsers: 10, rpoMinutes: 30, entrypoints: [su-sql, su-blob]}
            components:
              - id: su-sql
                kind: database
                placements: [{site: a, role: active}, {site: b, role: standby}]
                failover: {mode: manual, minutes: 120, dataLoss: forbidden}
                backups: [{site: b, intervalMinutes: 60}]
              - id: su-blob
                kind: object-storage
                placements: [{site: a, role: active}, {site: b, role: standby}]
                failover: {mode: manual, minutes: 60, decidedBy: provider}
                replication: [{from: a, to: b, mode: async, lagSeconds: 900}]
            """;

    @Test
    void ops004AProviderDecidedFailoverThatAScenarioNeeds() {
        List<Finding> f = v2(AZURE, "OPS-004");
        assertEquals("su-blob@site:a", keys(f), "one finding per component, the first scenario named");
        assertEquals(Severity.HIGH, f.get(0).severity());
        assertEquals("", keys(v2(AZURE.replace(", decidedBy: provider", ""), "OPS-004")));
    }

    @Test
    void data003NamesTheWorstScenarioAndItsLimitingComponent() {
        List<Finding> f = v2(AZURE, "DATA-003");
        assertEquals("devops@site:a", keys(f));
        assertTrue(f.get(0).message().en().contains("limited by su-sql"), "the 3600 s backup beats the 900 s lag: "
                + f.get(0).message().en());
    }

    private static final String CONSOLE_ON_ITS_DB = LOCATED + """
            services:
              - {id: shop, tier: 2, dailyUsers: 10, entrypoints: [db]}
            components:
              - id: db
                kind: database
                placements: [{site: a, role: active}, {site: b, role: standby}]
                replication: [{from: a, to: b, mode: sync}]
                failover: {mode: manual, minutes: 10, requires: [console]}
              - id: console
                kind: admin-console
                placements: [{site: a, role: active}, {site: b, role: active}]
                dependsOn: [{component: db}]
            """;

    @Test
    void ops005AFailoverThatNeedsWhatNeedsIt() {
        List<Finding> f = v2(CONSOLE_ON_ITS_DB, "OPS-005");
        assertEquals("db@null", keys(f));
        assertTrue(f.get(0).message().en().contains("console → db"), f.get(0).message().en());
        String viaAnyOf = CONSOLE_ON_ITS_DB.replace("dependsOn: [{component: db}]", "dependsOn: [{anyOf: [db, other]}]")
                + """
                  - id: other
                    kind: database
                    placements: [{site: a, role: active}, {site: b, role: active}]
                    replication: [{from: a, to: b, mode: sync}, {from: b, to: a, mode: sync}]
                """;
        assertEquals("", keys(v2(viaAnyOf, "OPS-005")), "an anyOf reaches db only when every member does");
        assertEquals(keys(findings("drr/v2", CONSOLE_ON_ITS_DB, "OPS-005")), keys(findings("drr/v1", CONSOLE_ON_ITS_DB, "OPS-005")),
                "a drr/v1 document is read with drr/v2 semantics (FILING-FORMAT-V2 §7.11)");
    }

    private static final String ACTIVE_ACTIVE_STORE = LOCATED + """
            services:
              - {id: shop, tier: 2, dailyUsers: 10, entrypoints: [db]}
            components:
              - id: db
                kind: database
                placements: [{site: a, role: active}, {site: b, role: active}]
            """;

    @Test
    void data004NotData001ForAnActiveActiveStoreWithoutReplication() {
        assertEquals("db@null", keys(v2(ACTIVE_ACTIVE_STORE, "DATA-004")));
        assertEquals(Severity.MEDIUM, v2(ACTIVE_ACTIVE_STORE, "DATA-004").get(0).severity());
        assertEquals("", keys(v2(ACTIVE_ACTIVE_STORE, "DATA-001")), "§5.5");
        assertEquals(keys(findings("drr/v2", ACTIVE_ACTIVE_STORE, "DATA-001")), keys(findings("drr/v1", ACTIVE_ACTIVE_STORE, "DATA-001")),
                "a drr/v1 document is read with drr/v2 semantics (FILING-FORMAT-V2 §7.11)");
        String single = ACTIVE_ACTIVE_STORE.replace(", {site: b, role: active}]", ", {site: b, role: standby}]");
        assertEquals("db@null", keys(v2(single, "DATA-001")), "a standby elsewhere is no copy");
        assertEquals("", keys(v2(single, "DATA-004")), "never with DATA-001");
        String replicated = ACTIVE_ACTIVE_STORE + "    replication: [{from: a, to: b, mode: sync}]\n";
        assertEquals("", keys(v2(replicated, "DATA-004")));
        String ephemeral = ACTIVE_ACTIVE_STORE.replace("kind: database", "kind: cache\n    state: ephemeral");
        assertEquals("", keys(v2(ephemeral, "DATA-004")), "an ephemeral cache holds no data");
    }

    @Test
    void geo002ASiteThatSaysNothingAboutWhatItShares() {
        String body = """
                sites:
                  - {id: a}
                  - {id: b, riskGroups: [site:b]}
                  - {id: c, riskGroups: [campus:x]}
                  - {id: d, location: {lat: 35.0, lon: 129.0}}
                  - {id: e, facilityRef: idc/hall-1}
                services:
                  - {id: s, tier: 3, dailyUsers: 1, entrypoints: [app]}
                components:
                  - id: app
                    kind: app
                    placements: [{site: a, role: active}, {site: b, role: active}, {site: c, role: active},
                                 {site: d, role: active}, {site: e, role: active}]
                """;
        assertEquals("a@null b@null e@null", keys(v2(body, "GEO-002")), "e's reference does not resolve");
        assertEquals(keys(findings("drr/v2", body, "GEO-002")), keys(findings("drr/v1", body, "GEO-002")),
                "a drr/v1 document is read with drr/v2 semantics (FILING-FORMAT-V2 §7.11)");
    }

    private static final String DRILLED = LOCATED + """
            services:
              - {id: big, tier: 2, dailyUsers: 500, entrypoints: [big-app]}
              - {id: small, tier: 2, dailyUsers: 5, entrypoints: [small-app]}
            components:
              - id: big-app
                kind: app
                placements: [{site: b, role: active}]
              - id: small-app
                kind: app
                placements: [{site: a, role: active}]
            """;

    @Test
    void drill003TheSiteWhoseLossCostsTheMostUsersWasNotDrilled() {
        List<Finding> f = v2(DRILLED, "DRILL-003");
        assertEquals("op@site:b", keys(f));
        assertEquals(500L, f.get(0).usersLost());
        String drill = """
                drills:
                  - {id: d1, date: %s, scenario: site-loss, lostSites: [b], services: [big]}
                """;
        assertEquals("", keys(v2(DRILLED + drill.formatted("2025-01-15"), "DRILL-003")), "22 months before asOf");
        assertEquals("op@site:b", keys(v2(DRILLED + drill.formatted("2024-09-01"), "DRILL-003")), "26 months");
        assertEquals("op@site:b", keys(v2(DRILLED + drill.formatted("2026-06-01").replace("[b]", "[a]"),
                "DRILL-003")), "a drill of the other site");
    }

    private static final String IDC = """
            sites:
              - id: hall
                location: {lat: 37.0, lon: 127.0}
                facility:
                  batteryRooms:
                    - {id: r1, chemistry: lithium-ion, mwhPerCompartment: 1, sharesSpaceWithElectrical: false, earlyFireDetection: true, sharesSpaceWithServers: true}
                    - {id: r2, chemistry: lithium-ion, mwhPerCompartment: 1, sharesSpaceWithElectrical: false, earlyFireDetection: true, powerCablesInRoom: true}
                  fireResponsePowerCut: building
            services:
              - {id: s, tier: 3, dailyUsers: 1, entrypoints: [app]}
            components:
              - id: app
                kind: app
                placements: [{site: hall, role: active}]
            """;

    @Test
    void fac008To010BatteryRoomsAndTheFireResponse() {
        List<Finding> f8 = v2(IDC, "FAC-008");
        assertEquals("hall@null", keys(f8));
        assertTrue(f8.get(0).message().en().contains("r1") && !f8.get(0).message().en().contains("r2"));
        List<Finding> f9 = v2(IDC, "FAC-009");
        assertTrue(f9.get(0).message().en().contains("r2") && !f9.get(0).message().en().contains("r1"));
        assertEquals(Severity.HIGH, v2(IDC, "FAC-010").get(0).severity());
        assertEquals("", keys(v2(IDC.replace("fireResponsePowerCut: building", "fireResponsePowerCut: staged"),
                "FAC-010")));
    }

    @Test
    void ops001ARestoreThatNeedsWhatTheScenarioTakesDown() {
        String body = LOCATED + """
                services:
                  - {id: docs, tier: 2, dailyUsers: 10, entrypoints: [docs-store]}
                components:
                  - id: docs-store
                    kind: object-storage
                    placements: [{site: a, role: active}]
                    backups: [{site: b, intervalMinutes: 1440}]
                    restore: {site: b, minutes: 2880, requires: [restore-tool]}
                  - id: restore-tool
                    kind: deployment
                    placements: [{site: a, role: active}]
                """;
        assertEquals("docs-store@site:a", keys(v2(body, "OPS-001")));
        String toolElsewhere = body.replace("kind: deployment\n    placements: [{site: a, role: active}]",
                "kind: deployment\n    placements: [{site: b, role: active}]");
        assertEquals("", keys(v2(toolElsewhere, "OPS-001")), "the restore tool survives the loss of a");
        assertEquals("", keys(findings("drr/v1", body.replace("    restore: {site: b, minutes: 2880, requires: [restore-tool]}\n", ""),
                "OPS-001")), "drr/v1 knows no restore");
    }

    @Test
    void rto001ReadsTheRecoveryTimeOfRule12() {
        String body = LOCATED + """
                services:
                  - {id: api, tier: 2, dailyUsers: 10, rtoMinutes: 30, entrypoints: [app]}
                components:
                  - id: app
                    kind: app
                    placements: [{site: a, role: active}, {site: b, role: active}]
                    dependsOn: [{component: queue}]
                  - id: queue
                    kind: queue
                    state: durable
                    placements: [{site: a, role: active}, {site: b, role: standby}]
                    replication: [{from: a, to: b, mode: sync}]
                    failover: {mode: manual, minutes: 45}
                """;
        List<Finding> f = v2(body, "RTO-001");
        assertEquals("api@site:a", keys(f), "app's placement survives but waits 45 min for its queue (§5.3)");
        assertTrue(f.get(0).message().en().contains("45 min"), f.get(0).message().en());
        assertEquals("", keys(v2(body.replace("minutes: 45", "minutes: 20"), "RTO-001")));
    }

    @Test
    void cap001UsesTheCapacityOfThePathTaken() {
        String body = LOCATED + """
                services:
                  - {id: api, tier: 1, dailyUsers: 10, entrypoints: [app]}
                components:
                  - id: app
                    kind: app
                    placements: [{site: a, role: active, capacityPct: 100}, {site: b, role: active, capacityPct: 50},
                                 {site: b, role: standby, capacityPct: 50}]
                    failover: {mode: automatic}
                """;
        List<Finding> f = v2(body, "CAP-001");
        assertEquals("app@site:a", keys(f), "a standby no longer adds to a surviving active (§5.6)");
        assertTrue(f.get(0).message().en().contains("leaves 50%"), f.get(0).message().en());
        assertEquals(keys(findings("drr/v2", body, "CAP-001")), keys(findings("drr/v1", body, "CAP-001")),
                "a drr/v1 document is read with drr/v2 semantics (FILING-FORMAT-V2 §7.11)");
    }

    @Test
    void data002ReadsDurableAndNeverFiresWithData001() {
        String body = LOCATED + """
                services:
                  - {id: shop, tier: 2, dailyUsers: 10, entrypoints: [db]}
                components:
                  - id: db
                    kind: database
                    placements: [{site: a, role: active}]
                    backups: [{site: a, intervalMinutes: 60}]
                """;
        assertEquals("db@null", keys(v2(body, "DATA-001")));
        assertEquals("", keys(v2(body, "DATA-002")), "§7.6: never with DATA-001");
        assertEquals(keys(findings("drr/v2", body, "DATA-002")), keys(findings("drr/v1", body, "DATA-002")),
                "a drr/v1 document is read with drr/v2 semantics (FILING-FORMAT-V2 §7.11)");
    }

    @Test
    void geo001CountsTheGroupsASiteInheritsThroughItsFacilityRef() {
        String body = """
                sites:
                  - {id: b, location: {lat: 37.0, lon: 127.0}, riskGroups: [campus:x]}
                  - {id: a, facilityRef: op/b}
                  - {id: c, location: {lat: 35.0, lon: 129.0}, riskGroups: [campus:x]}
                services:
                  - {id: s, tier: 2, dailyUsers: 10, entrypoints: [app]}
                components:
                  - id: app
                    kind: app
                    placements: [{site: a, role: active}, {site: c, role: standby}]
                    failover: {mode: automatic}
                """;
        List<Finding> f = v2(body, "GEO-001");
        assertEquals("c@null", keys(f), "a inherits campus:x from b (rule F2, same document §7.10)");
        assertTrue(f.get(0).message().en().contains("campus:x"), f.get(0).message().en());
        assertEquals(keys(findings("drr/v2", body, "GEO-001")), keys(findings("drr/v1", body, "GEO-001")),
                "a drr/v1 document is read with drr/v2 semantics (FILING-FORMAT-V2 §7.11)");
    }
}
