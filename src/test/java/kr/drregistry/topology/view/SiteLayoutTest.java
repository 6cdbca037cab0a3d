package kr.drregistry.topology.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import kr.drregistry.topology.SimFixture;
import kr.drregistry.topology.model.Topology;

class SiteLayoutTest {
    private static SiteLayout layout(SimFixture f) {
        Topology t = f.comp("x").active("a").build();
        return SiteLayout.of(t.sites());
    }

    private static Map<String, List<SiteLayout.Band>> byGroup(SiteLayout l) {
        return l.bands().stream().collect(Collectors.groupingBy(SiteLayout.Band::group));
    }

    @Test
    void sitesSharingACampusSitNextToEachOtherUnderOneBand() {
        SiteLayout l = layout(new SimFixture().site("a", "campus:x").site("b", "campus:y").site("c", "campus:x")
                .site("d", "campus:y"));
        assertEquals(List.of("a", "c", "b", "d"), l.order());
        SiteLayout.Band x = byGroup(l).get("campus:x").get(0);
        assertEquals(0, x.from());
        assertEquals(1, x.to());
        assertEquals(List.of("a", "c"), x.sites());
        assertEquals("campus", x.kind());
        assertFalse(x.split());
        SiteLayout.Band y = byGroup(l).get("campus:y").get(0);
        assertEquals(List.of("b", "d"), y.sites());
        assertEquals(2, y.from());
    }

    @Test
    void aCampusStaysTogetherInsideItsPowerFeedAndTheWiderBandIsOnTop() {
        SiteLayout l = layout(new SimFixture().site("a", "campus:x", "power:p").site("b", "power:q")
                .site("c", "power:p").site("d", "campus:x", "power:p"));
        List<String> order = l.order();
        assertEquals(1, Math.abs(order.indexOf("a") - order.indexOf("d")), "campus x is one run: " + order);
        SiteLayout.Band power = byGroup(l).get("power:p").get(0);
        assertEquals(2, power.to() - power.from(), "power p spans its three sites: " + order);
        assertFalse(power.split());
        SiteLayout.Band campus = byGroup(l).get("campus:x").get(0);
        assertTrue(power.level() < campus.level(), "the wider band is drawn above the narrower one");
    }

    @Test
    void groupsThatCrossEachOtherAreSplitButNeverLost() {
        SiteLayout l = layout(new SimFixture().site("a", "g:ab", "g:ca").site("b", "g:ab", "g:bc").site("c", "g:bc", "g:ca"));
        Map<String, List<SiteLayout.Band>> groups = byGroup(l);
        assertEquals(3, groups.size(), "every shared group has a band");
        long split = l.bands().stream().filter(SiteLayout.Band::split).count();
        assertTrue(split >= 2, "a group that cannot be one run is drawn in several runs, marked split: " + l.bands());
        for (SiteLayout.Band b : l.bands()) {
            for (SiteLayout.Band o : l.bands()) {
                if (b != o && b.level() == o.level()) {
                    assertTrue(b.to() < o.from() || o.to() < b.from(), "bands of one level never overlap: " + l.bands());
                }
            }
        }
    }

    @Test
    void aGroupOfOneSiteIsNoBandAndDocumentOrderIsKeptWithoutSharing() {
        SiteLayout l = layout(new SimFixture().site("z", "campus:z").site("y").site("x", "power:x"));
        assertEquals(List.of("z", "y", "x"), l.order());
        assertTrue(l.bands().isEmpty());
    }
}
