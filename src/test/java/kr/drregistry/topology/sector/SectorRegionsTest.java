package kr.drregistry.topology.sector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The sector's places by region, for the regulator's map of Korea. */
class SectorRegionsTest {
    static List<SectorConcentration.Place> threeTenantsOfPangyo() throws Exception {
        String kakao = Files.readString(Path.of("examples", "kakao-like-2022.yaml"));
        String portal = kakao.replace("operator: example-talk", "operator: example-portal");
        String third = kakao.replace("operator: example-talk", "operator: example-third");
        return SectorConcentration.rank(List.of(
                new SectorConcentration.OperatorExposures("example-talk", "예시톡", "SUBMITTED",
                        SectorFixtures.exposures(SectorFixtures.parse(kakao))),
                new SectorConcentration.OperatorExposures("example-portal", "예시포털", "ACCEPTED",
                        SectorFixtures.exposures(SectorFixtures.parse(portal))),
                new SectorConcentration.OperatorExposures("example-third", "셋째", "SUBMITTED",
                        SectorFixtures.exposures(SectorFixtures.parse(third)))), 2, 0.5);
    }

    @Test
    void threeOperatorsSharingOneIdcInGyeonggiShowUnderKr41WithTheirUsers() throws Exception {
        List<SectorConcentration.Place> places = threeTenantsOfPangyo();
        SectorConcentration.Place idc = places.stream().filter(p -> p.key().equals("facility:example-idc/pangyo-a")).findFirst()
                .orElseThrow();
        assertEquals("KR-41", idc.region());

        SectorRegions.Summary s = SectorRegions.of(places);
        SectorRegions.RegionTotal gyeonggi = s.get("KR-41");
        assertEquals(3, gyeonggi.operators());
        // each operator once, with the most it loses at one place there (building, campus and feed do not add up)
        long perOperator = idc.shares().get(0).users();
        assertTrue(perOperator > 0);
        assertEquals(3 * perOperator, gyeonggi.users(), gyeonggi.toString());
        assertTrue(gyeonggi.concentrated() >= 1);
        assertEquals(SectorRegions.STEPS, gyeonggi.step(), "the region with most users at risk has the darkest shade");
        assertEquals(3 * perOperator, s.max());

        SectorRegions.RegionTotal seoul = s.get("KR-11");
        assertEquals(0, seoul.users());
        assertEquals(0, seoul.step(), "a region without places is not shaded");
        assertEquals(List.of(gyeonggi), s.withPlaces().stream().filter(r -> r.users() > 0).toList());

        assertTrue(s.points().stream().anyMatch(p -> p.place() == idc), "the IDC has a location and is drawn");
        assertEquals(SectorRegions.inRegion(places, "KR-41").size(), gyeonggi.places());
        assertTrue(SectorRegions.inRegion(places, "KR-11").isEmpty());
        assertEquals(places, SectorRegions.inRegion(places, null));
    }

    @Test
    void oldCodesOfGangwonAndJeonbukReadAsTheCurrentOnes() {
        assertEquals("KR-51", KoreaRegions.of("KR-42").orElseThrow().code());
        assertEquals("KR-51", KoreaRegions.of("kr-51").orElseThrow().code());
        assertEquals("KR-52", KoreaRegions.of("KR-45").orElseThrow().code());
        assertTrue(KoreaRegions.of("US-CA").isEmpty());
        assertEquals(17, KoreaRegions.ALL.size());

        var place = new SectorConcentration.Place("facility:a/b", "facility", "춘천", "KR-42", null, null,
                List.of(new SectorConcentration.Share("a", "A", "ACCEPTED", List.of("s"), 10, 10L),
                        new SectorConcentration.Share("b", "B", "ACCEPTED", List.of("t"), 30, 30L)), 40, 30L, true);
        var spanning = new SectorConcentration.Place("group:metro", "risk-group", "metro", null, null, null,
                List.of(new SectorConcentration.Share("a", "A", "ACCEPTED", List.of("s"), 10, 10L),
                        new SectorConcentration.Share("b", "B", "ACCEPTED", List.of("t"), 30, 30L)), 40, 30L, true);
        SectorRegions.Summary s = SectorRegions.of(List.of(place, spanning));
        assertEquals(40, s.get("KR-51").users());
        assertEquals(1, s.unmapped());
        assertEquals(1, s.unmappedConcentrated());
        assertEquals(List.of(place), SectorRegions.inRegion(List.of(place, spanning), "KR-51"));
    }

    @Test
    void shadeStepsSplitTheLargestValueIntoEqualPartsThatTheLegendNames() {
        List<SectorRegions.Step> legend = SectorRegions.legend(1000);
        assertEquals(5, legend.size());
        assertEquals(new SectorRegions.Step(1, 1, 250), legend.get(1));
        assertEquals(new SectorRegions.Step(4, 751, 1000), legend.get(4));
        for (long v : new long[] {1, 250, 251, 500, 750, 751, 1000}) {
            int step = SectorRegions.step(v, 1000);
            SectorRegions.Step named = legend.stream().filter(l -> l.step() == step).findFirst().orElseThrow();
            assertTrue(named.from() <= v && v <= named.to(), v + " in " + named);
        }
        assertEquals(0, SectorRegions.step(0, 1000));
        assertEquals(1, SectorRegions.legend(0).size());
    }

    @Test
    void pointsOfKnownPlacesFallInsideTheirRegionsDrawnFrame() {
        double[] pangyo = KoreaRegions.project(37.400, 127.103);
        assertNotNull(pangyo);
        // Gyeonggi's drawn bounds are x 66..232, y 41..207; Busan's x 322..369, y 382..421
        assertTrue(pangyo[0] > 66 && pangyo[0] < 232 && pangyo[1] > 41 && pangyo[1] < 207, pangyo[0] + "," + pangyo[1]);
        double[] busan = KoreaRegions.project(35.1796, 129.0756);
        assertTrue(busan[0] > 322 && busan[0] < 369 && busan[1] > 382 && busan[1] < 421, busan[0] + "," + busan[1]);
        assertNull(KoreaRegions.project(48.85, 2.35), "a point far outside Korea is not drawn");
    }
}
