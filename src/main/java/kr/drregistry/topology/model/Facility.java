package kr.drregistry.topology.model;

import java.util.List;

/**
 * IDC facility data of one site ({@code facility:} in drr/v1). Optional values are null when absent;
 * lists are never null. {@code fireResponsePowerCut} is drr/v2 (null when not stated).
 */
public record Facility(List<PowerFeed> powerFeeds, List<BatteryRoom> batteryRooms, Generators generators,
                       Boolean standbyPowerDuplicated, List<String> carriers,
                       FaultNotification tenantFaultNotification, List<String> tenants,
                       FireResponsePowerCut fireResponsePowerCut) {
    public Facility {
        powerFeeds = List.copyOf(powerFeeds == null ? List.of() : powerFeeds);
        batteryRooms = List.copyOf(batteryRooms == null ? List.of() : batteryRooms);
        carriers = List.copyOf(carriers == null ? List.of() : carriers);
        tenants = List.copyOf(tenants == null ? List.of() : tenants);
    }

    /** Facility data without the drr/v2 fields. */
    public Facility(List<PowerFeed> powerFeeds, List<BatteryRoom> batteryRooms, Generators generators,
                    Boolean standbyPowerDuplicated, List<String> carriers, FaultNotification tenantFaultNotification,
                    List<String> tenants) {
        this(powerFeeds, batteryRooms, generators, standbyPowerDuplicated, carriers, tenantFaultNotification, tenants,
                null);
    }

    /** A grid feed into the building and the substation it comes from. */
    public record PowerFeed(String id, String substation) {
    }

    /**
     * A UPS battery room. {@code mwhPerCompartment}: the largest battery energy in one fire compartment;
     * {@code bmsSamplingSeconds} null means no battery-management system. The drr/v2 flags
     * {@code sharesSpaceWithServers} and {@code powerCablesInRoom} are null when absent (which means false).
     */
    public record BatteryRoom(String id, String chemistry, double mwhPerCompartment, boolean sharesSpaceWithElectrical,
                              Integer bmsSamplingSeconds, boolean earlyFireDetection, Boolean sharesSpaceWithServers,
                              Boolean powerCablesInRoom) {
        /** A battery room without the drr/v2 fields. */
        public BatteryRoom(String id, String chemistry, double mwhPerCompartment, boolean sharesSpaceWithElectrical,
                           Integer bmsSamplingSeconds, boolean earlyFireDetection) {
            this(id, chemistry, mwhPerCompartment, sharesSpaceWithElectrical, bmsSamplingSeconds, earlyFireDetection,
                    null, null);
        }
    }

    /** Standby generators: how many and for how long their fuel lasts (null when not stated). */
    public record Generators(int count, Double fuelHours) {
    }

    /** How the IDC tells its tenants of a facility fault, e.g. {@code {channel: sms, contact: noc@…}}. */
    public record FaultNotification(String channel, String contact) {
    }
}
