package kr.drregistry.topology.sector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.parse.DrrParser;
import kr.drregistry.topology.simulation.LossSimulator;

/** CONC-001: one data centre carrying the tier-1 services of three operators. */
class SectorConcentrationTest {
    static Topology parse(String yaml) {
        return new DrrParser().parse(yaml.getBytes(StandardCharsets.UTF_8), "application/yaml");
    }

    static List<Exposure> exposures(Topology t) {
        return Exposures.of(t, LossSimulator.simulate(t, 60), 1);
    }

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
                new SectorConcentration.OperatorExposures("example-talk", "예시톡", "UNDER_REVIEW", exposures(parse(kakao))),
                new SectorConcentration.OperatorExposures("example-portal", "예시포털", "ACCEPTED", exposures(parse(portal))),
                new SectorConcentration.OperatorExposures("example-third", "셋째", "SUBMITTED", exposures(parse(third)))), 2, 0.5);

        SectorConcentration.Place top = places.get(0);
        assertEquals("facility:example-idc/pangyo-a", top.key());
        assertEquals(3, top.operators(), top.toString());
        assertTrue(top.concentrated());
        assertTrue(top.shares().stream().allMatch(s -> s.services().contains("talk")));
        assertEquals(3 * top.shares().get(0).users(), top.users(), "users at risk add up across operators");
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
                new SectorConcentration.OperatorExposures("example-talk", "예시톡", "ACCEPTED", exposures(parse(kakao))),
                new SectorConcentration.OperatorExposures("example-far", "부산", "ACCEPTED", exposures(parse(far)))), 2, 0.5);
        assertFalse(places.stream().anyMatch(SectorConcentration.Place::concentrated), places.toString());
    }
}
