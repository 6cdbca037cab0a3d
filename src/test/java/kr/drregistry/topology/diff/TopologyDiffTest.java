package kr.drregistry.topology.diff;

import static kr.drregistry.topology.diff.DiffFixture.IDC;
import static kr.drregistry.topology.diff.DiffFixture.KAKAO;
import static kr.drregistry.topology.diff.DiffFixture.change;
import static kr.drregistry.topology.diff.DiffFixture.edited;
import static kr.drregistry.topology.diff.DiffFixture.example;
import static kr.drregistry.topology.diff.DiffFixture.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import kr.drregistry.topology.model.Site;
import kr.drregistry.topology.model.Topology;
import kr.drregistry.rules.LocalizedText;

/** Each section of the diff: what is added, removed and changed, with before and after values. */
class TopologyDiffTest {
    private static final String OSONG_SITE = """
              - id: osong
                name: Osong cloud zone
                kind: cloud-zone
                provider: example-cloud
                region: KR-43
                location: {lat: 36.624, lon: 127.329}
                riskGroups: [campus:osong, metro:cheongju]
            services:
            """;

    private static TopologyDiffReport diff(Topology from, Topology to) {
        return TopologyDiff.between(from, to);
    }

    @Test
    void identicalFilingsHaveAnEmptyDiff() {
        for (String example : List.of(KAKAO, IDC, "healthy-multisite.yaml")) {
            TopologyDiffReport report = diff(example(example), example(example));
            assertTrue(report.isEmpty(), example + ": " + report.changes());
            assertEquals(0, report.summary().added() + report.summary().removed() + report.summary().changed());
            assertEquals(Change.SECTIONS, report.summary().sections().stream().map(SectionCount::section).toList());
        }
        Topology same = example(KAKAO);
        assertTrue(diff(same, same).isEmpty());
    }

    @Test
    void reorderingSetLikeListsIsNotAChange() {
        Topology after = edited(KAKAO,
                "riskGroups: [campus:pangyo, power:seongnam-east, metro:capital]",
                "riskGroups: [metro:capital, campus:pangyo, power:seongnam-east]",
                "{anyOf: [session-cache-a, session-cache-b], mode: hard}",
                "{anyOf: [session-cache-b, session-cache-a], mode: hard}");
        assertTrue(diff(example(KAKAO), after).isEmpty(), () -> diff(example(KAKAO), after).changes().toString());
    }

    @Test
    void anAddedSiteListsItsStatedFieldsAndARemovedSiteTheReverse() {
        Topology after = edited(KAKAO, "services:\n", OSONG_SITE);
        TopologyDiffReport added = diff(example(KAKAO), after);
        assertEquals(List.of("sites added osong"), lines(added));
        Change site = added.changes().get(0);
        assertEquals(List.of(new FieldChange("name", null, "Osong cloud zone"),
                new FieldChange("kind", null, "cloud-zone"),
                new FieldChange("provider", null, "example-cloud"),
                new FieldChange("region", null, "KR-43"),
                new FieldChange("location", null, "36.624, 127.329"),
                new FieldChange("riskGroups", null, "campus:osong, metro:cheongju")), site.fields());
        assertEquals(LocalizedText.of("사이트 osong 추가", "site osong added"), site.description());

        TopologyDiffReport removed = diff(after, example(KAKAO));
        assertEquals(List.of("sites removed osong"), lines(removed));
        assertEquals(new FieldChange("name", "Osong cloud zone", null), removed.changes().get(0).fields().get(0));
        assertEquals(1, removed.summary().section(Change.SITES).removed());
    }

    @Test
    void aChangedSiteReportsOnlyTheFieldsThatDiffer() {
        Topology after = edited(KAKAO,
                "name: Ansan own data centre", "name: Ansan data centre",
                "location: {lat: 37.3219, lon: 126.8309}", "location: {lat: 37.3219, lon: 126.83}",
                "riskGroups: [campus:ansan, power:ansan-west, metro:capital]",
                "riskGroups: [campus:ansan, power:ansan-west, power:ansan-east, metro:capital]");
        Change ansan = change(diff(example(KAKAO), after), Change.SITES, "ansan");
        assertEquals(Change.CHANGED, ansan.kind());
        assertEquals(List.of(new FieldChange("name", "Ansan own data centre", "Ansan data centre"),
                new FieldChange("location", "37.3219, 126.8309", "37.3219, 126.83"),
                new FieldChange("riskGroups", "campus:ansan, power:ansan-west, metro:capital",
                        "campus:ansan, power:ansan-west, power:ansan-east, metro:capital")), ansan.fields());
        assertTrue(ansan.description().en().startsWith("site ansan changed: name Ansan own data centre → Ansan data centre"),
                ansan.description().en());
        assertTrue(ansan.description().ko().startsWith("사이트 ansan 변경: name "), ansan.description().ko());
    }

    @Test
    void aFacilityChangeNamesTheFacilityFieldsThatChanged() {
        Topology after = edited(IDC,
                "bmsSamplingSeconds: 30", "bmsSamplingSeconds: 5",
                "standbyPowerDuplicated: false", "standbyPowerDuplicated: true");
        TopologyDiffReport report = diff(example(IDC), after);
        assertEquals(List.of("sites changed pangyo-a"), lines(report));
        List<FieldChange> fields = report.changes().get(0).fields();
        assertEquals(List.of("facility.batteryRooms", "facility.standbyPowerDuplicated"),
                fields.stream().map(FieldChange::field).toList());
        assertTrue(fields.get(0).before().contains("ups-b3 chemistry=lithium-ion mwh=6.2 sharesSpace=true bms=30s"),
                fields.get(0).before());
        assertTrue(fields.get(0).after().contains("bms=5s"), fields.get(0).after());
        assertEquals(new FieldChange("facility.standbyPowerDuplicated", "false", "true"), fields.get(1));
    }

    @Test
    void aFacilityDroppedFromASiteIsReportedAsAbsentWithEveryValueItHad() {
        Topology before = example(IDC);
        Site osong = before.sitesById().get("osong-b");
        Site bare = new Site(osong.id(), osong.name(), osong.kind(), osong.provider(), osong.facilityRef(),
                osong.region(), osong.location(), osong.riskGroups(), null);
        Topology after = new Topology(before.format(), before.operator(), before.asOf(),
                List.of(before.sites().get(0), bare), before.services(), before.components(), before.drills());
        Change change = change(diff(before, after), Change.SITES, "osong-b");
        assertEquals(new FieldChange("facility", "present", null), change.fields().get(0));
        assertEquals(new FieldChange("facility.powerFeeds", "feed-1 (osong), feed-2 (ochang)", null),
                change.fields().get(1));
        assertEquals(new FieldChange("facility.generators", "count=6 fuelHours=48", null), change.fields().get(3));
        assertTrue(change.fields().stream().allMatch(f -> f.field().startsWith("facility") && f.after() == null));
    }

    @Test
    void aTargetChangeShowsItsBeforeAndAfterValues() {
        Topology after = edited(KAKAO, "    rtoMinutes: 60\n    rpoMinutes: 5\n    entrypoints: [talk-api]",
                "    rtoMinutes: 30\n    rpoMinutes: 5\n    entrypoints: [talk-api]");
        TopologyDiffReport report = diff(example(KAKAO), after);
        assertEquals(List.of("services changed talk"), lines(report));
        Change talk = report.changes().get(0);
        assertEquals(List.of(new FieldChange("rtoMinutes", "60", "30")), talk.fields());
        assertEquals(LocalizedText.of("서비스 talk 변경: rtoMinutes 60 → 30", "service talk changed: rtoMinutes 60 → 30"),
                talk.description());
        assertEquals(1, report.summary().section(Change.SERVICES).changed());
        assertEquals(1, report.summary().changed());
    }

    @Test
    void servicesAddedAndRemoved() {
        Topology after = edited(KAKAO, "    entrypoints: [map-api]\n", """
                    entrypoints: [map-api]
                  - id: gift
                    name: Gifts
                    tier: 2
                    dailyUsers: 3000000
                    entrypoints: [pay-api, talk-api]
                """);
        Change gift = change(diff(example(KAKAO), after), Change.SERVICES, "gift");
        assertEquals(Change.ADDED, gift.kind());
        assertEquals(List.of(new FieldChange("name", null, "Gifts"), new FieldChange("tier", null, "2"),
                new FieldChange("dailyUsers", null, "3000000"),
                new FieldChange("entrypoints", null, "pay-api, talk-api")), gift.fields());
        assertEquals(List.of("services removed gift"), lines(diff(after, example(KAKAO))));
    }

    @Test
    void componentChangesCoverFailoverReplicationBackupsAndTheControlPlaneFlag() {
        Topology after = edited(KAKAO,
                "    name: Messaging API\n    kind: app\n", "    name: Messaging API\n    kind: app\n    controlPlane: true\n",
                "    failover: {mode: manual, minutes: 30, requires: [deploy-tool, admin-console]}\n    dependsOn:\n      - {component: auth, mode: hard}\n      - {anyOf",
                "    failover: {mode: automatic, minutes: 5}\n    dependsOn:\n      - {component: auth, mode: hard}\n      - {anyOf",
                "replication: [{from: pangyo, to: ansan, mode: async, lagSeconds: 5}]",
                "replication: [{from: pangyo, to: ansan, mode: async, lagSeconds: 1}]",
                "mode: async, lagSeconds: 1}]\n    backups: [{site: ansan, intervalMinutes: 60, retentionDays: 30, immutable: true}]",
                "mode: async, lagSeconds: 1}]\n    backups: [{site: ansan, intervalMinutes: 15, retentionDays: 30, immutable: true}]");
        TopologyDiffReport report = diff(example(KAKAO), after);
        assertEquals(List.of("components changed talk-api", "components changed talk-db"), lines(report));
        assertEquals(List.of(new FieldChange("controlPlane", null, "true"),
                new FieldChange("failover.mode", "manual", "automatic"),
                new FieldChange("failover.minutes", "30", "5"),
                new FieldChange("failover.requires", "deploy-tool, admin-console", null)),
                report.changes().get(0).fields());
        assertEquals(List.of(new FieldChange("replication", "pangyo->ansan async lag=5s", "pangyo->ansan async lag=1s"),
                new FieldChange("backups", "ansan interval=60min retention=30d immutable=true",
                        "ansan interval=15min retention=30d immutable=true")), report.changes().get(1).fields());
        assertEquals(2, report.summary().section(Change.COMPONENTS).changed());
    }

    @Test
    void reorderingActivePlacementsMovesThePrimarySite() {
        Topology after = edited(KAKAO,
                "      - {site: pangyo, role: active, capacityPct: 100}\n      - {site: ansan, role: active, capacityPct: 50}",
                "      - {site: ansan, role: active, capacityPct: 50}\n      - {site: pangyo, role: active, capacityPct: 100}");
        TopologyDiffReport report = diff(example(KAKAO), after);
        assertEquals(List.of("components changed pay-api"), lines(report));
        assertEquals(List.of(new FieldChange("primarySite", "pangyo", "ansan")), report.changes().get(0).fields());
    }

    @Test
    void aPlacementRoleChangeIsReportedUnderItsComponentAndSite() {
        Topology after = edited(KAKAO, "{site: ansan, role: standby, capacityPct: 60}", "{site: ansan, role: active, capacityPct: 80}");
        TopologyDiffReport report = diff(example(KAKAO), after);
        assertEquals(List.of("placements changed talk-api@ansan"), lines(report));
        Change placement = report.changes().get(0);
        assertEquals(List.of(new FieldChange("role", "standby", "active"), new FieldChange("capacityPct", "60", "80")),
                placement.fields());
        assertEquals(LocalizedText.of("구성요소 talk-api의 배치 ansan 변경: role standby → active, capacityPct 60 → 80",
                "component talk-api: placement in ansan changed: role standby → active, capacityPct 60 → 80"),
                placement.description());
    }

    @Test
    void placementsAddedAndRemoved() {
        Topology after = edited(KAKAO,
                "    kind: key-management\n    placements: [{site: pangyo, role: active, capacityPct: 100}]",
                "    kind: key-management\n    placements: [{site: ansan, role: active, capacityPct: 100}]");
        TopologyDiffReport report = diff(example(KAKAO), after);
        assertEquals(List.of("components changed key-store", "placements added key-store@ansan",
                "placements removed key-store@pangyo"), lines(report));
        assertEquals(LocalizedText.of("구성요소 key-store의 배치 ansan 추가", "component key-store: placement in ansan added"),
                report.changes().get(1).description());
        assertEquals(List.of(new FieldChange("role", "active", null), new FieldChange("capacityPct", "100", null)),
                report.changes().get(2).fields());
    }

    @Test
    void aDependencyModeChangeIsAChangeOfThatDependency() {
        Topology after = edited(KAKAO, "{component: talk-db, mode: hard}", "{component: talk-db, mode: soft}");
        TopologyDiffReport report = diff(example(KAKAO), after);
        assertEquals(List.of("dependencies changed talk-api->talk-db"), lines(report));
        assertEquals(List.of(new FieldChange("mode", "hard", "soft")), report.changes().get(0).fields());
        assertEquals("구성요소 talk-api의 의존성 talk-db 변경: mode hard → soft", report.changes().get(0).description().ko());
    }

    @Test
    void changingTheMembersOfAnAnyOfIsARemovalAndAnAddition() {
        Topology after = edited(KAKAO,
                "{anyOf: [session-cache-a, session-cache-b], mode: hard}",
                "{anyOf: [session-cache-c, session-cache-a], mode: hard}",
                "  - id: talk-db\n",
                "  - id: session-cache-c\n    kind: cache\n    placements: [{site: ansan, role: active}]\n  - id: talk-db\n");
        TopologyDiffReport report = diff(example(KAKAO), after);
        assertEquals(List.of("components added session-cache-c",
                "placements added session-cache-c@ansan",
                "dependencies added talk-api->anyOf(session-cache-a, session-cache-c)",
                "dependencies removed talk-api->anyOf(session-cache-a, session-cache-b)"), lines(report));
        assertEquals(List.of(new FieldChange("mode", null, "hard")), report.changes().get(2).fields());
        assertEquals(List.of(new FieldChange("role", null, "active")), report.changes().get(1).fields());
        assertEquals("component talk-api: dependency on anyOf(session-cache-a, session-cache-b) removed",
                report.changes().get(3).description().en());
    }

    @Test
    void aSingleDependencyAndAnAnyOfOfOneAreDifferentDependencies() {
        Topology after = edited(KAKAO, "{component: auth, mode: hard}\n      - {anyOf",
                "{anyOf: [auth], mode: hard}\n      - {anyOf");
        assertEquals(List.of("dependencies added talk-api->anyOf(auth)", "dependencies removed talk-api->auth"),
                lines(diff(example(KAKAO), after)));
    }

    @Test
    void aRepeatedPlacementOfOneComponentInOneSiteGetsAnOccurrenceKey() {
        Topology after = edited(KAKAO,
                "    kind: monitoring\n    placements: [{site: pangyo, role: active, capacityPct: 100}]",
                "    kind: monitoring\n    placements: [{site: pangyo, role: active, capacityPct: 100}, {site: pangyo, role: standby}]");
        TopologyDiffReport report = diff(example(KAKAO), after);
        assertEquals(List.of("placements added metrics@pangyo#2"), lines(report));
        assertEquals("component metrics: placement in pangyo#2 added", report.changes().get(0).description().en());
    }

    @Test
    void drillsAddedRemovedAndChanged() {
        Topology after = edited(KAKAO, "achievedRtoMinutes: 240", "achievedRtoMinutes: 90", "drills:\n", """
                drills:
                  - id: drill-2022-09
                    date: 2022-09-01
                    scenario: tabletop
                    services: [talk, login]
                """);
        TopologyDiffReport report = diff(example(KAKAO), after);
        assertEquals(List.of("drills added drill-2022-09", "drills changed drill-2022-06"), lines(report));
        assertEquals(List.of(new FieldChange("date", null, "2022-09-01"), new FieldChange("scenario", null, "tabletop"),
                new FieldChange("services", null, "talk, login")), report.changes().get(0).fields());
        assertEquals(List.of(new FieldChange("achievedRtoMinutes", "240", "90")), report.changes().get(1).fields());
        assertEquals(LocalizedText.of("훈련 drill-2022-06 변경: achievedRtoMinutes 240 → 90",
                "drill drill-2022-06 changed: achievedRtoMinutes 240 → 90"), report.changes().get(1).description());

        Topology renamed = edited(KAKAO, "id: drill-2022-06", "id: drill-2022-06b");
        assertEquals(List.of("drills added drill-2022-06b", "drills removed drill-2022-06"),
                lines(diff(example(KAKAO), renamed)));
    }

    @Test
    void theFilingsOperatorAndDateAreTopLevelChanges() {
        Topology after = edited(KAKAO, "operator: example-talk", "operator: example-talk-corp",
                "asOf: 2022-10-14", "asOf: 2022-11-30");
        TopologyDiffReport report = diff(example(KAKAO), after);
        assertEquals(List.of("filing changed filing"), lines(report));
        assertEquals(List.of(new FieldChange("operator", "example-talk", "example-talk-corp"),
                new FieldChange("asOf", "2022-10-14", "2022-11-30")), report.changes().get(0).fields());
        assertEquals("제출 정보 변경: operator example-talk → example-talk-corp, asOf 2022-10-14 → 2022-11-30",
                report.changes().get(0).description().ko());
    }

    @Test
    void longValuesAreNamedButNotQuotedInTheDescription() {
        Topology after = edited(IDC, "bmsSamplingSeconds: 30", "bmsSamplingSeconds: 5");
        Change change = diff(example(IDC), after).changes().get(0);
        assertEquals("site pangyo-a changed: facility.batteryRooms", change.description().en());
        assertFalse(change.fields().get(0).before().isEmpty());
    }

    @Test
    void sectionsComeInOrderAndRemovalsFollowAdditionsAndChangesInTheirSection() {
        Topology after = edited(KAKAO,
                "asOf: 2022-10-14", "asOf: 2022-11-30",
                "services:\n", OSONG_SITE,
                "    kind: deployment\n    placements: [{site: pangyo, role: active, capacityPct: 100}]",
                "    kind: deployment\n    placements: [{site: osong, role: active, capacityPct: 100}]",
                "{site: ansan, role: standby, capacityPct: 60}", "{site: osong, role: standby, capacityPct: 60}",
                "achievedRpoMinutes: 10", "achievedRpoMinutes: 5");
        assertEquals(List.of("sites added osong",
                "components changed deploy-tool",
                "placements added talk-api@osong",
                "placements added deploy-tool@osong",
                "placements removed talk-api@ansan",
                "placements removed deploy-tool@pangyo",
                "drills changed drill-2022-06",
                "filing changed filing"), lines(diff(example(KAKAO), after)));
    }

    @Test
    void theEngineDiffsEveryDeclaredSectionInTheDeclaredOrder() {
        assertEquals(Change.SECTIONS, Sections.ALL.stream().map(Section::name).toList());
    }

    @Test
    void nullTopologiesAreRejected() {
        Topology t = example(KAKAO);
        assertThrows(NullPointerException.class, () -> TopologyDiff.between(null, t));
        assertThrows(NullPointerException.class, () -> TopologyDiff.between(t, null));
    }

    @Test
    void theSummaryCountsEverySectionAndKind() {
        Topology after = edited(KAKAO, "{component: talk-db, mode: hard}", "{component: talk-db, mode: soft}",
                "id: drill-2022-06", "id: drill-2022-06b");
        Summary summary = diff(example(KAKAO), after).summary();
        assertEquals(new SectionCount(Change.DEPENDENCIES, 0, 0, 1), summary.section(Change.DEPENDENCIES));
        assertEquals(new SectionCount(Change.DRILLS, 1, 1, 0), summary.section(Change.DRILLS));
        assertEquals(new SectionCount(Change.SITES, 0, 0, 0), summary.section(Change.SITES));
        assertEquals(1, summary.added());
        assertEquals(1, summary.removed());
        assertEquals(1, summary.changed());
        assertNull(summary.sections().stream().filter(s -> s.section().equals("other")).findFirst().orElse(null));
    }
}
