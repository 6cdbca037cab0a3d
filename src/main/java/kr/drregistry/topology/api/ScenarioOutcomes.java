package kr.drregistry.topology.api;

import java.util.ArrayList;
import java.util.List;

import kr.drregistry.topology.validation.ScenarioSummary;
import kr.drregistry.topology.validation.ServiceOutcome;

/**
 * What a drr/v2 report adds, for the workspace, version and review pages (FILING-FORMAT-V2.md §3 last paragraph,
 * §7.10): per scenario that strikes, takes down or degrades something, the struck components, the down services with
 * their repair estimates, the degraded services with their capacity, users lost and affected; and the facility
 * references with the filing version each used. {@link #of} gives null for a drr/v1 report, which has none of it.
 */
public record ScenarioOutcomes(List<Row> rows, int hidden, List<ReportView.FacilityView> facilities) {
    /** How many scenarios a page lists before it says how many more there are. */
    public static final int SHOWN = 50;

    /** A service with its number: a repair estimate in minutes (down) or a capacity in percent (degraded). */
    public record Item(String service, String minutes, Long capacityPct, String rpoSeconds) {
        public boolean unbounded() {
            return ServiceOutcome.UNBOUNDED.equals(minutes);
        }

        public boolean rpoUnbounded() {
            return ServiceOutcome.UNBOUNDED.equals(rpoSeconds);
        }
    }

    /**
     * One scenario; {@code struck}, {@code down} and {@code degraded} name at most {@link #ITEMS} each (a scenario of a
     * 100,000-component topology can take hundreds of services down), the {@code more…} counts say how many more.
     */
    public record Row(String scenario, List<String> struck, List<Item> down, List<Item> degraded, long usersLost,
                      Long usersLostLargestService, long usersAffected, Long usersAffectedLargestService,
                      int moreStruck, int moreDown, int moreDegraded) {
    }

    /** How many struck components, down and degraded services a row names before it counts the rest. */
    public static final int ITEMS = 20;

    private static <T> List<T> first(List<T> all) {
        return all.size() <= ITEMS ? all : List.copyOf(all.subList(0, ITEMS));
    }

    private static int size(List<String> services) {
        return services == null ? 0 : services.size();
    }

    /**
     * The outcomes of a report's scenarios, or null when the report is drr/v1 (no per-service outcomes). The counts of
     * services down and degraded are the summary's (a version's digest keeps only the outcomes a row names).
     */
    public static ScenarioOutcomes of(List<ScenarioSummary> scenarios, List<ReportView.FacilityView> facilities) {
        if (scenarios == null || scenarios.stream().noneMatch(s -> s.services() != null)) {
            return null;
        }
        List<Row> rows = new ArrayList<>();
        int hidden = 0;
        for (ScenarioSummary s : scenarios) {
            List<String> struck = s.struckComponents() == null ? List.of() : s.struckComponents();
            List<Item> down = new ArrayList<>();
            List<Item> degraded = new ArrayList<>();
            for (ServiceOutcome o : s.services()) {
                if ("down".equals(o.status())) {
                    down.add(new Item(o.id(), String.valueOf(o.repairEstimateMinutes()), null, String.valueOf(o.rpoSeconds())));
                } else if ("degraded".equals(o.status())) {
                    degraded.add(new Item(o.id(), String.valueOf(o.recoveryMinutes()), o.capacityPct(),
                            String.valueOf(o.rpoSeconds())));
                }
            }
            if (struck.isEmpty() && down.isEmpty() && degraded.isEmpty()) {
                continue;
            }
            if (rows.size() >= SHOWN) {
                hidden++;
                continue;
            }
            rows.add(new Row(s.id(), first(struck), first(down), first(degraded), s.usersLost(),
                    s.usersLostLargestService(), s.usersAffected() == null ? 0 : s.usersAffected(),
                    s.usersAffectedLargestService(), Math.max(0, struck.size() - ITEMS),
                    Math.max(0, Math.max(down.size(), size(s.downServices())) - ITEMS),
                    Math.max(0, Math.max(degraded.size(), size(s.degradedServices())) - ITEMS)));
        }
        return new ScenarioOutcomes(rows, hidden, facilities == null ? List.of() : facilities);
    }
}
