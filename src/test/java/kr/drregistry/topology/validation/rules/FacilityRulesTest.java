package kr.drregistry.topology.validation.rules;

import static kr.drregistry.topology.validation.RuleFixture.filing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import kr.drregistry.topology.model.Facility;
import kr.drregistry.topology.model.Facility.BatteryRoom;
import kr.drregistry.topology.model.Facility.FaultNotification;
import kr.drregistry.topology.model.Facility.Generators;
import kr.drregistry.topology.model.Facility.PowerFeed;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.Policies;
import kr.drregistry.rules.Policy;
import kr.drregistry.topology.validation.Rule;
import kr.drregistry.topology.validation.RuleFixture;
import kr.drregistry.rules.Subject;

class FacilityRulesTest {
    private static final BatteryRoom GOOD_ROOM = new BatteryRoom("ups-1", "lithium-ion", 4.0, false, 5, true);
    private static final Facility GOOD = facility(List.of(GOOD_ROOM),
            List.of(new PowerFeed("f1", "east"), new PowerFeed("f2", "west")), new Generators(2, 24.0), true,
            new FaultNotification("sms", "noc@example.kr"));

    private static Facility facility(List<BatteryRoom> rooms, List<PowerFeed> feeds, Generators generators,
                                     Boolean duplicated, FaultNotification notification) {
        return new Facility(feeds, rooms, generators, duplicated, List.of("kt"), notification, List.of("example-talk"));
    }

    private static List<Finding> run(Rule rule, Facility facility) {
        return filing().facilitySite("idc-a", facility).facilitySite("idc-ok", GOOD).site("office").run(rule);
    }

    private static List<Finding> rooms(Rule rule, BatteryRoom... rooms) {
        return run(rule, facility(List.of(rooms), GOOD.powerFeeds(), GOOD.generators(), true, GOOD.tenantFaultNotification()));
    }

    @Test
    void compliantFacilityAndSitesWithoutFacilityYieldNothing() {
        for (Rule rule : List.of(new Fac001(), new Fac002(), new Fac003(), new Fac004(), new Fac005(), new Fac006(),
                new Fac007())) {
            assertTrue(run(rule, GOOD).isEmpty(), rule.id());
        }
    }

    @Test
    void fac001BatteryRoomSharingSpaceWithElectricalEquipment() {
        List<Finding> findings = rooms(new Fac001(), GOOD_ROOM, new BatteryRoom("ups-b4", "lithium-ion", 4, true, 5, true));
        assertEquals(List.of(Subject.site("idc-a")), findings.stream().map(Finding::subject).toList());
        assertTrue(findings.get(0).message().en().contains("ups-b4"));
        assertEquals("ups-b4", findings.get(0).chain().get(1).id());
    }

    @Test
    void fac002EnergyPerCompartmentAboveThePolicyLimit() {
        BatteryRoom big = new BatteryRoom("ups-b4", "lithium-ion", 6.2, false, 5, true);
        List<Finding> findings = rooms(new Fac002(), big);
        assertEquals(1, findings.size());
        assertTrue(findings.get(0).message().en().contains("6.2 MWh"));
        Policy lenient = RuleFixture.withParam(Policies.defaultPolicy(), Policy.FACILITY_MAX_MWH_PER_COMPARTMENT, 7);
        assertTrue(filing().facilitySite("idc-a", facility(List.of(big), GOOD.powerFeeds(), GOOD.generators(), true,
                GOOD.tenantFaultNotification())).run(new Fac002(), lenient).isEmpty());
    }

    @Test
    void fac003SlowOrMissingBmsForLithiumAndSlowStatedBmsForOthers() {
        assertEquals(1, rooms(new Fac003(), new BatteryRoom("r", "lithium-ion", 1, false, 30, true)).size());
        assertEquals(1, rooms(new Fac003(), new BatteryRoom("r", "LFP", 1, false, null, true)).size());
        assertEquals(1, rooms(new Fac003(), new BatteryRoom("r", "lead-acid", 1, false, 30, true)).size());
        assertTrue(rooms(new Fac003(), new BatteryRoom("r", "lead-acid", 1, false, null, true)).isEmpty());
        assertTrue(rooms(new Fac003(), new BatteryRoom("r", "lithium-ion", 1, false, 10, true)).isEmpty());
    }

    @Test
    void fac004SingleSubstationOrNoFeed() {
        Facility oneSubstation = facility(List.of(GOOD_ROOM),
                List.of(new PowerFeed("f1", "east"), new PowerFeed("f2", "east")), GOOD.generators(), true,
                GOOD.tenantFaultNotification());
        assertEquals(1, run(new Fac004(), oneSubstation).size());
        Facility noFeed = facility(List.of(GOOD_ROOM), List.of(), GOOD.generators(), true, GOOD.tenantFaultNotification());
        assertEquals(1, run(new Fac004(), noFeed).size());
    }

    @Test
    void fac005StandbyPowerNotDuplicatedOrNotStated() {
        assertEquals(1, run(new Fac005(), facility(List.of(), GOOD.powerFeeds(), GOOD.generators(), false, null)).size());
        assertEquals(1, run(new Fac005(), facility(List.of(), GOOD.powerFeeds(), GOOD.generators(), null, null)).size());
    }

    @Test
    void fac006NoGenerator() {
        assertEquals(1, run(new Fac006(), facility(List.of(), GOOD.powerFeeds(), null, true, null)).size());
        assertEquals(1, run(new Fac006(), facility(List.of(), GOOD.powerFeeds(), new Generators(0, null), true, null)).size());
    }

    @Test
    void fac007NoTenantFaultChannel() {
        List<Finding> findings = run(new Fac007(), facility(List.of(), GOOD.powerFeeds(), GOOD.generators(), true, null));
        assertEquals(1, findings.size());
        assertTrue(findings.get(0).message().en().contains("example-talk"));
    }
}
