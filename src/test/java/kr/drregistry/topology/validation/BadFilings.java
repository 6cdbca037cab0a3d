package kr.drregistry.topology.validation;

import static kr.drregistry.topology.model.ComponentKind.APP;
import static kr.drregistry.topology.model.ComponentKind.AUTH;
import static kr.drregistry.topology.model.ComponentKind.CACHE;
import static kr.drregistry.topology.model.ComponentKind.DATABASE;

import java.util.List;

import kr.drregistry.topology.model.DrillScenario;
import kr.drregistry.topology.model.Facility;
import kr.drregistry.topology.model.GeoPoint;
import kr.drregistry.topology.model.Site;
import kr.drregistry.topology.model.SiteKind;
import kr.drregistry.topology.model.Topology;

/** A small filing that breaks every rule this module implements (the loss-based rules aside). */
final class BadFilings {
    private BadFilings() {
    }

    static Topology everythingWrong() {
        Facility facility = new Facility(List.of(new Facility.PowerFeed("f1", "east")),
                List.of(new Facility.BatteryRoom("ups-b4", "lithium-ion", 6.2, true, 30, false)), null, false,
                List.of(), null, List.of("example-talk"));
        return RuleFixture.filing()
                .site(new Site("pangyo", "Pangyo", SiteKind.COLOCATION,
                        "idc", null, "KR-41", new GeoPoint(37.400, 127.103),
                        List.of("metro:capital"), facility))
                .site(new Site("ansan", "Ansan", SiteKind.COLOCATION,
                        "idc", null, "KR-41", new GeoPoint(37.3219, 126.8309),
                        List.of("metro:capital"), null))
                .serviceWithTargets("talk", 1, 60, 5, "talk-api")
                .component("talk-api", APP).active("pangyo", 100).standby("ansan", 50).hard("auth", "db", "gateway").done()
                // CAP-001 judges only components that stay up (FILING-FORMAT-V2 §7.9): half the gateway survives either loss
                .component("gateway", APP).active("pangyo", 50).active("ansan", 50).done()
                .component("auth", AUTH).active("pangyo").done()
                .component("db", DATABASE).active("pangyo").backup("ansan", 60).done()
                .component("cache", CACHE).active("pangyo").done()
                .drill("d", RuleFixture.AS_OF.minusYears(2), DrillScenario.SITE_LOSS, List.of("talk"), 240, 10)
                .topology();
    }
}
