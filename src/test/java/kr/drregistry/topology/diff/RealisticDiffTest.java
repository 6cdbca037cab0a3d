package kr.drregistry.topology.diff;

import static kr.drregistry.topology.diff.DiffFixture.KAKAO;
import static kr.drregistry.topology.diff.DiffFixture.edited;
import static kr.drregistry.topology.diff.DiffFixture.example;
import static kr.drregistry.topology.diff.DiffFixture.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import kr.drregistry.topology.model.Component;
import kr.drregistry.topology.model.ComponentKind;
import kr.drregistry.topology.model.Dependency;
import kr.drregistry.topology.model.DependencyMode;
import kr.drregistry.topology.model.Failover;
import kr.drregistry.topology.model.Placement;
import kr.drregistry.topology.model.PlacementRole;
import kr.drregistry.topology.model.Topology;
import kr.drregistry.rules.LocalizedText;

/** The diff on a remediation of the Kakao-like filing, as JSON, reversed, and at 100,000 components. */
class RealisticDiffTest {
    private static final String DEPLOY_TOOL_IN_PANGYO =
            "    kind: deployment\n    placements: [{site: pangyo, role: active, capacityPct: 100}]";
    private static final String DEPLOY_TOOL_IN_BOTH = "    kind: deployment\n    placements:\n"
            + "      - {site: pangyo, role: active, capacityPct: 100}\n"
            + "      - {site: ansan, role: active, capacityPct: 100}";

    @Test
    void movingTheDeployToolToTwoSitesShowsExactlyThatPlacement() {
        TopologyDiffReport report = TopologyDiff.between(example(KAKAO),
                edited(KAKAO, DEPLOY_TOOL_IN_PANGYO, DEPLOY_TOOL_IN_BOTH));
        assertEquals(List.of(new Change(Change.PLACEMENTS, "deploy-tool@ansan", Change.ADDED,
                List.of(new FieldChange("role", null, "active"), new FieldChange("capacityPct", null, "100")),
                LocalizedText.of("구성요소 deploy-tool의 배치 ansan 추가", "component deploy-tool: placement in ansan added"))),
                report.changes());
        assertEquals(new SectionCount(Change.PLACEMENTS, 1, 0, 0), report.summary().section(Change.PLACEMENTS));
    }

    /** After the fire: tools in both sites, the duplicate cache moved to Ansan, a faster target and a new drill. */
    private static Topology remediated() {
        return edited(KAKAO,
                "asOf: 2022-10-14", "asOf: 2023-03-31",
                DEPLOY_TOOL_IN_PANGYO, DEPLOY_TOOL_IN_BOTH,
                "    kind: admin-console\n    placements: [{site: pangyo, role: active, capacityPct: 100}]",
                "    kind: admin-console\n    placements: [{site: pangyo, role: active}, {site: ansan, role: active}]",
                "    name: Session cache (30 % duplicate, same building)\n    kind: cache\n    placements: [{site: pangyo, role: active, capacityPct: 30}]",
                "    name: Session cache (replica in Ansan)\n    kind: cache\n    placements: [{site: ansan, role: active, capacityPct: 100}]",
                "    rtoMinutes: 60\n    rpoMinutes: 5\n    entrypoints: [talk-api]",
                "    rtoMinutes: 30\n    rpoMinutes: 5\n    entrypoints: [talk-api]",
                "drills:\n", """
                        drills:
                          - id: drill-2023-03
                            date: 2023-03-20
                            scenario: site-loss
                            lostSites: [pangyo]
                            services: [talk, login, pay]
                            achievedRtoMinutes: 25
                            achievedRpoMinutes: 0
                        """);
    }

    @Test
    void aRemediationFilingShowsExactlyItsEdits() {
        TopologyDiffReport report = TopologyDiff.between(example(KAKAO), remediated());
        assertEquals(List.of(
                "services changed talk",
                "components changed session-cache-b",
                "placements added session-cache-b@ansan",
                "placements added deploy-tool@ansan",
                "placements changed admin-console@pangyo",
                "placements added admin-console@ansan",
                "placements removed session-cache-b@pangyo",
                "drills added drill-2023-03",
                "filing changed filing"), lines(report));
        assertEquals(List.of(new FieldChange("name", "Session cache (30 % duplicate, same building)",
                        "Session cache (replica in Ansan)"), new FieldChange("primarySite", "pangyo", "ansan")),
                report.changes().get(1).fields());
        assertEquals(List.of(new FieldChange("capacityPct", "100", null)), report.changes().get(4).fields());
        assertEquals(List.of(new FieldChange("asOf", "2022-10-14", "2023-03-31")), report.changes().get(8).fields());
        Summary summary = report.summary();
        assertEquals(new SectionCount(Change.PLACEMENTS, 3, 1, 1), summary.section(Change.PLACEMENTS));
        assertEquals(4, summary.added());
        assertEquals(1, summary.removed());
        assertEquals(4, summary.changed());
    }

    @Test
    void theReverseDiffSwapsAddedWithRemovedAndBeforeWithAfter() {
        TopologyDiffReport forward = TopologyDiff.between(example(KAKAO), remediated());
        TopologyDiffReport backward = TopologyDiff.between(remediated(), example(KAKAO));
        assertEquals(forward.changes().size(), backward.changes().size());
        for (Change f : forward.changes()) {
            Change b = DiffFixture.change(backward, f.section(), f.key());
            String expectedKind = switch (f.kind()) {
                case Change.ADDED -> Change.REMOVED;
                case Change.REMOVED -> Change.ADDED;
                default -> Change.CHANGED;
            };
            assertEquals(expectedKind, b.kind(), f.key());
            assertEquals(f.fields().stream().map(x -> new FieldChange(x.field(), x.after(), x.before())).toList(),
                    b.fields(), f.key());
        }
    }

    @Test
    void theReportSerialisesToPlainJson() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode json = mapper.readTree(mapper.writeValueAsString(TopologyDiff.between(example(KAKAO), remediated())));
        JsonNode first = json.get("changes").get(0);
        assertEquals("services", first.get("section").asText());
        assertEquals("talk", first.get("key").asText());
        assertEquals("changed", first.get("kind").asText());
        assertEquals("rtoMinutes", first.get("fields").get(0).get("field").asText());
        assertEquals("60", first.get("fields").get(0).get("before").asText());
        assertEquals("30", first.get("fields").get(0).get("after").asText());
        assertEquals("service talk changed: rtoMinutes 60 → 30", first.get("description").get("en").asText());
        JsonNode removedCapacity = json.get("changes").get(4).get("fields").get(0);
        assertTrue(removedCapacity.get("after").isNull());
        assertEquals("placements", json.get("summary").get("sections").get(3).get("section").asText());
        assertEquals(3, json.get("summary").get("sections").get(3).get("added").asInt());
        assertEquals(4, json.get("summary").get("added").asInt());
    }

    private static Topology synthetic(int size, int movedComponent) {
        List<Component> components = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            List<Placement> placements = i == movedComponent
                    ? List.of(new Placement("a", PlacementRole.ACTIVE, 100), new Placement("c", PlacementRole.STANDBY, 50))
                    : List.of(new Placement("a", PlacementRole.ACTIVE, 100), new Placement("b", PlacementRole.STANDBY, 50));
            List<Dependency> deps = i == 0 ? List.of()
                    : List.of(Dependency.on("c" + (i - 1), DependencyMode.HARD),
                            Dependency.anyOf(List.of("c0", "c" + (i / 2)), DependencyMode.SOFT));
            components.add(new Component("c" + i, null, ComponentKind.APP, null, placements, Failover.NONE, deps,
                    List.of(), List.of()));
        }
        return new Topology(Topology.FORMAT, "op", LocalDate.of(2026, 1, 1), List.of(), List.of(), components, List.of());
    }

    /**
     * The placements and dependencies of a component that is the same in both versions are not listed at all; the
     * report is the one that compares every item: here on 3,000 synthetic components with dependencies reordered,
     * dropped and added, placements changed, components removed, added and repeated.
     */
    @Test
    void leavingOutUnchangedComponentsChangesNothingInTheReport() {
        Topology from = kr.drregistry.topology.bench.SyntheticTopology.generate(3_000, 8, 10, 20, 11);
        List<Component> edited = new ArrayList<>();
        for (int i = 0; i < from.components().size(); i++) {
            Component c = from.components().get(i);
            List<Dependency> deps = new ArrayList<>(c.dependsOn());
            List<Placement> placements = new ArrayList<>(c.placements());
            switch (i % 97) {
                case 0 -> java.util.Collections.reverse(deps);
                case 1 -> deps.clear();
                case 2 -> deps.add(Dependency.on(from.components().get((i + 1) % 3_000).id(), DependencyMode.SOFT));
                case 3 -> placements.set(0, new Placement(placements.get(0).site(), PlacementRole.STANDBY, 10));
                case 4 -> {
                    continue; // removed
                }
                case 5 -> edited.add(c); // repeated
                default -> {
                }
            }
            edited.add(new Component(c.id(), c.name(), c.kind(), c.controlPlane(), placements, c.failover(), deps,
                    c.replication(), c.backups(), c.riskGroups(), c.state(), c.restore(), c.recovery()));
        }
        edited.add(new Component("added-one", null, ComponentKind.APP, null,
                List.of(new Placement(from.sites().get(0).id(), PlacementRole.ACTIVE, 100)), Failover.NONE,
                List.of(Dependency.on(from.components().get(0).id(), DependencyMode.HARD)), List.of(), List.of()));
        Topology to = new Topology(from.format(), from.operator(), from.asOf(), from.sites(), from.services(), edited,
                from.drills());
        for (Topology[] pair : new Topology[][] {{from, to}, {to, from}}) {
            TopologyDiffReport quick = TopologyDiff.between(pair[0], pair[1]);
            assertEquals(TopologyDiff.between(pair[0], pair[1], false).changes(), quick.changes());
            assertTrue(quick.changes().size() > 100, "the edits show: " + quick.changes().size());
        }
    }

    @Test
    void aHundredThousandComponentsDiffInLinearTime() {
        Topology from = synthetic(100_000, -1);
        Topology to = synthetic(100_000, 73_456);
        TopologyDiffReport report = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> TopologyDiff.between(from, to));
        assertEquals(List.of("placements added c73456@c", "placements removed c73456@b"), lines(report));
    }
}
