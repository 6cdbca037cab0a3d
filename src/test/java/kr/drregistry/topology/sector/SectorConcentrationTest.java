package kr.drregistry.topology.sector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.facility.FacilityLookup;
import kr.drregistry.topology.facility.FiledSite;

/** CONC-001: one data centre carrying the tier-1 services of three operators. */
class SectorConcentrationTest {
    @Test
    void threeOperatorsInOneIdcAreOneConcentratedPlace() throws Exception {
        String kakao = Files.readString(Path.of("examples", "kakao-like-2022.yaml"));
        // the same building filed by a second tenant (by facilityRef) and a third (no facilityRef, 200 m away)
        String portal = kakao.replace("operator: example-talk", "operator: example-portal")
                .replace("campus:pangyo", "campus:pangyo-portal").replace("power:seongnam-east", "power:portal-feed");
        String third = kakao.replace("operator: example-talk", "operator: example-third")
                .replace("    facilityRef: example-idc/pangyo-a\n", "")
                .replace("location: {lat: 37.400, lon: 127.103}", "location: {lat: 37.4015, lon: 127.1035}")
                .replace("campus:pangyo", "campus:third").replace("power:seongnam-east", "power:third-feed");
        List<SectorConcentration.Place> places = SectorConcentration.rank(List.of(
                new SectorConcentration.OperatorExposures("example-talk", "예시톡", "UNDER_REVIEW", SectorFixtures.exposures(SectorFixtures.parse(kakao))),
                new SectorConcentration.OperatorExposures("example-portal", "예시포털", "ACCEPTED", SectorFixtures.exposures(SectorFixtures.parse(portal))),
                new SectorConcentration.OperatorExposures("example-third", "셋째", "SUBMITTED", SectorFixtures.exposures(SectorFixtures.parse(third)))), 2, 0.5);

        SectorConcentration.Place top = places.get(0);
        assertEquals("facility:example-idc/pangyo-a", top.key());
        assertEquals(3, top.operators(), top.toString());
        assertTrue(top.concentrated());
        assertTrue(top.shares().stream().allMatch(s -> s.services().contains("talk")));
        assertEquals(3 * top.shares().get(0).users(), top.users(), "users at risk add up across operators");
        // a sum across operators and services counts a person once per service; the least is one service's users
        assertEquals(47_000_000L, top.shares().get(0).least(), "talk is each operator's largest tier-1 service there");
        assertTrue(top.shares().get(0).users() > top.shares().get(0).least(), "several services: the sum is above the least");
        assertEquals(47_000_000L, top.least(), "the place's least is its largest single service, not a sum");
        assertEquals("UNDER_REVIEW", top.shares().stream().filter(s -> s.operator().equals("example-talk")).findFirst()
                .orElseThrow().filingStatus(), "each share says how far its filing's review is");

        // the metro group is shared by name; a campus only one operator filed is not a concentration
        assertTrue(places.stream().anyMatch(p -> p.key().equals("group:metro:capital") && p.operators() == 3));
        assertTrue(places.stream().filter(p -> p.key().equals("group:campus:third")).allMatch(p -> !p.concentrated()));
    }

    @Test
    void placesFarApartStaySeparate() throws Exception {
        String kakao = Files.readString(Path.of("examples", "kakao-like-2022.yaml"));
        String far = kakao.replace("operator: example-talk", "operator: example-far")
                .replace("    facilityRef: example-idc/pangyo-a\n", "")
                .replace("location: {lat: 37.400, lon: 127.103}", "location: {lat: 35.1796, lon: 129.0756}")
                .replace("campus:pangyo", "campus:busan").replace("power:seongnam-east", "power:busan").replace("metro:capital", "metro:busan");
        List<SectorConcentration.Place> places = SectorConcentration.rank(List.of(
                new SectorConcentration.OperatorExposures("example-talk", "예시톡", "ACCEPTED", SectorFixtures.exposures(SectorFixtures.parse(kakao))),
                new SectorConcentration.OperatorExposures("example-far", "부산", "ACCEPTED", SectorFixtures.exposures(SectorFixtures.parse(far)))), 2, 0.5);
        assertFalse(places.stream().anyMatch(SectorConcentration.Place::concentrated), places.toString());
    }

    /**
     * FILING-FORMAT-V2 §2 F5: inherited groups count for CONC-001. Two operators rent halls 3 and 4 of one IDC building;
     * neither declares anything about the building, but the IDC's accepted filing says both halls are in building A
     * on the Tancheon flood plain. The sector view sees the building and the flood plain carrying both.
     */
    @Test
    void twoOperatorsInDifferentHallsOfOneBuildingShareTheBuildingsInheritedGroups() {
        Topology idc = SectorFixtures.parse("""
                format: drr/v2
                operator: example-idc
                asOf: 2026-11-01
                sites:
                  - {id: building-a, name: A동, location: {lat: 37.40, lon: 127.10}, riskGroups: [flood:tancheon]}
                  - {id: hall-3, facilityRef: example-idc/building-a}
                  - {id: hall-4, facilityRef: example-idc/building-a}
                services: []
                components: []
                """);
        java.util.Map<String, FiledSite> filed = new java.util.HashMap<>();
        idc.sites().forEach(site -> filed.put("example-idc/" + site.id(), new FiledSite(site, "example-idc f-1 v1")));
        FacilityLookup lookup = FacilityLookup.of(filed);
        String tenant = """
                format: drr/v2
                operator: %s
                asOf: 2026-11-01
                sites:
                  - {id: colo, facilityRef: example-idc/%s}
                  - {id: own, location: {lat: 35.1, lon: 129.0}}
                services:
                  - {id: %s, tier: 1, dailyUsers: %d, entrypoints: [app]}
                components:
                  - {id: app, kind: app, placements: [{site: colo, role: active}, {site: own, role: standby}]}
                """;
        List<Exposure> shop = SectorFixtures.exposures(SectorFixtures.parse(tenant.formatted("example-shop", "hall-3", "shop", 1_000_000)), lookup);
        List<Exposure> bank = SectorFixtures.exposures(SectorFixtures.parse(tenant.formatted("example-bank", "hall-4", "bank", 3_000_000)), lookup);
        List<SectorConcentration.Place> places = SectorConcentration.rank(List.of(
                new SectorConcentration.OperatorExposures("example-shop", "쇼핑", "ACCEPTED", shop),
                new SectorConcentration.OperatorExposures("example-bank", "은행", "ACCEPTED", bank)), 2, 0.5);

        SectorConcentration.Place flood = places.stream().filter(p -> p.key().equals("group:flood:tancheon")).findFirst()
                .orElseThrow(() -> new AssertionError("the inherited flood plain is a place: " + places));
        assertTrue(flood.concentrated(), flood.toString());
        assertEquals(2, flood.operators());
        assertEquals(4_000_000, flood.users());
        assertEquals(3_000_000L, flood.least(), "the bank's 3,000,000 is the largest single service lost on the flood plain");
        assertTrue(places.stream().anyMatch(p -> p.key().equals("facility:example-idc/building-a") && p.concentrated()),
                "the building both halls are in: " + places);
        Exposure hall = shop.stream().filter(e -> e.key().equals("facility:example-idc/hall-3")).findFirst().orElseThrow();
        assertEquals(37.40, hall.lat(), 1e-9, "the hall takes the building's location (rule F3)");
        assertEquals(1, shop.stream().filter(e -> e.key().startsWith("facility:example-idc/hall-3")).count(),
                "the referring site is one place, not also its own site");

        // without the IDC's filing, nothing says the two halls share a building
        List<SectorConcentration.Place> blind = SectorConcentration.rank(List.of(
                new SectorConcentration.OperatorExposures("example-shop", "쇼핑", "ACCEPTED",
                        SectorFixtures.exposures(SectorFixtures.parse(tenant.formatted("example-shop", "hall-3", "shop", 1_000_000)))),
                new SectorConcentration.OperatorExposures("example-bank", "은행", "ACCEPTED",
                        SectorFixtures.exposures(SectorFixtures.parse(tenant.formatted("example-bank", "hall-4", "bank", 3_000_000))))), 2, 0.5);
        assertFalse(blind.stream().anyMatch(SectorConcentration.Place::concentrated), blind.toString());
    }
}
