package kr.drregistry.topology.facility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kr.drregistry.topology.facility.FacilityReference.Resolution;
import kr.drregistry.topology.model.GeoPoint;
import kr.drregistry.topology.model.Site;
import kr.drregistry.topology.model.SiteKind;
import kr.drregistry.topology.model.Topology;

/** FILING-FORMAT-V2.md §2 (F1 to F5) and §7.10. */
class FacilityResolverTest {
    private static Site site(String id, String ref, GeoPoint location, String... groups) {
        return new Site(id, null, SiteKind.COLOCATION, null, ref, null, location, List.of(groups), null);
    }

    private static Topology filing(Site... sites) {
        return new Topology(Topology.FORMAT_V2, "talk", LocalDate.of(2026, 11, 1), List.of(sites), List.of(), List.of(),
                List.of());
    }

    private static final GeoPoint DAEJEON = new GeoPoint(36.35, 127.38);

    private static final FacilityLookup IDC = FacilityLookup.of(Map.of(
            "idc/hall-a", new FiledSite(site("hall-a", "idc/building", null, "hall:a", "site:hall-a"), "idc v4"),
            "idc/building", new FiledSite(site("building", "power-co/sub-7", DAEJEON, "campus:daedeok"), "idc v4"),
            "power-co/sub-7", new FiledSite(site("sub-7", "idc/hall-a", null, "grid:south", "campus:daedeok"),
                    "power-co v1")));

    @Test
    void f2InheritsTheReferenceGroupThenTheReferencedGroupsWithoutSiteStringsTransitively() {
        ResolvedFacilities f = FacilityResolver.resolve(filing(site("pangyo", "idc/hall-a", null, "metro:capital")),
                IDC);
        assertEquals(List.of("metro:capital", "facility:idc/hall-a", "hall:a", "facility:idc/building",
                "campus:daedeok", "facility:power-co/sub-7", "grid:south"), f.groups(0),
                "F5 order, first occurrence kept (campus:daedeok twice); the chain stops when idc/hall-a comes again");
        assertEquals(List.of(new FacilityReference("idc/hall-a", Resolution.RESOLVED, "idc v4"),
                new FacilityReference("idc/building", Resolution.RESOLVED, "idc v4"),
                new FacilityReference("power-co/sub-7", Resolution.RESOLVED, "power-co v1")),
                f.sites().get(0).references());
        assertTrue(f.sites().get(0).referenceResolves());
    }

    @Test
    void f3ASiteWithoutLocationTakesTheFirstOneUpTheChain() {
        ResolvedFacilities f = FacilityResolver.resolve(filing(site("pangyo", "idc/hall-a", null),
                site("own", "idc/hall-a", new GeoPoint(37.4, 127.1))), IDC);
        assertEquals(DAEJEON, f.sites().get(0).location(), "hall-a states none, building does");
        assertEquals(new GeoPoint(37.4, 127.1), f.sites().get(1).location(), "its own location wins");
    }

    @Test
    void f4AnUnresolvedReferenceInheritsOnlyItsOwnGroup() {
        ResolvedFacilities f = FacilityResolver.resolve(filing(site("pangyo", "idc/hall-z", null, "metro:capital")),
                IDC);
        assertEquals(List.of("metro:capital", "facility:idc/hall-z"), f.groups(0));
        assertEquals(List.of(new FacilityReference("idc/hall-z", Resolution.UNRESOLVED, null)), f.references());
        assertFalse(f.sites().get(0).referenceResolves());
        assertNull(f.sites().get(0).location());
        assertEquals("facility:idc/hall-z", f.references().get(0).group());
    }

    @Test
    void s7_10TheFilersOwnSitesResolveInTheSameDocumentEvenUpAForeignChain() {
        Topology idcFiling = new Topology(Topology.FORMAT_V2, "idc", LocalDate.of(2026, 11, 1), List.of(
                site("hall-a", "idc/building", null),
                site("building", "power-co/sub-7", null, "campus:new-name")), List.of(), List.of(), List.of());
        ResolvedFacilities f = FacilityResolver.resolve(idcFiling, IDC);
        assertEquals(List.of("facility:idc/building", "campus:new-name", "facility:power-co/sub-7", "grid:south",
                "campus:daedeok", "facility:idc/hall-a"), f.groups(0),
                "its own building from this document (not its accepted v4), the substation from power-co's filing, "
                        + "which leads back to idc/hall-a: met for the first time on this chain, so its group is "
                        + "inherited, resolved in this document, and its idc/building is not followed again");
        assertEquals(Resolution.SAME_DOCUMENT, f.sites().get(0).references().get(0).resolution());
    }

    @Test
    void withoutAnyReferenceTheDeclaredGroupsAreTheGroups() {
        Topology t = filing(site("a", null, null, "x", "y", "x"));
        assertEquals(List.of("x", "y"), FacilityResolver.resolve(t, FacilityLookup.NONE).groups(0));
        assertEquals(FacilityResolver.resolve(t, FacilityLookup.NONE), ResolvedFacilities.declaredOnly(t));
    }
}
