package kr.drregistry.topology.sector;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sector's places by region (ISO 3166-2:KR), for the regulator's map. A region's users at risk count each
 * operator once: the most it loses at any one concentrated place (CONC-001) in the region, so a building, its campus
 * and its power feed, all in one region, do not add up the same services three times. Places without a known region
 * (a risk group spanning regions, a site without {@code region}, a code outside Korea) are counted apart.
 */
public final class SectorRegions {
    /** Number of shade steps above "none" on the map. */
    public static final int STEPS = 4;

    private SectorRegions() {
    }

    /**
     * One region: concentrated places, the operators losing tier-1 services there, users at risk (per operator its
     * largest loss at one concentrated place), all places listed there, and the shade step 0 (none) to {@link #STEPS}.
     */
    public record RegionTotal(KoreaRegions.Region region, int concentrated, int operators, long users, int places, int step) {
        public String code() {
            return region.code();
        }
    }

    /** A place with a location, where the drawing puts it. */
    public record Point(SectorConcentration.Place place, double x, double y) {
    }

    /** A lower bound of a shade step and its upper bound (inclusive). */
    public record Step(int step, long from, long to) {
    }

    public record Summary(List<RegionTotal> regions, List<Step> legend, List<Point> points, int unmapped, int unmappedConcentrated,
                          long max) {
        public RegionTotal get(String code) {
            return regions.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
        }

        /** The regions that have any place, most users at risk first. */
        public List<RegionTotal> withPlaces() {
            return regions.stream().filter(r -> r.places() > 0)
                    .sorted((a, b) -> a.users() != b.users() ? Long.compare(b.users(), a.users())
                            : a.concentrated() != b.concentrated() ? Integer.compare(b.concentrated(), a.concentrated())
                            : Integer.compare(b.places(), a.places()))
                    .toList();
        }
    }

    public static Summary of(List<SectorConcentration.Place> places) {
        Map<String, List<SectorConcentration.Place>> byRegion = new LinkedHashMap<>();
        int unmapped = 0;
        int unmappedConcentrated = 0;
        List<Point> points = new ArrayList<>();
        for (SectorConcentration.Place p : places) {
            var region = KoreaRegions.of(p.region());
            if (region.isPresent()) {
                byRegion.computeIfAbsent(region.get().code(), k -> new ArrayList<>()).add(p);
            } else {
                unmapped++;
                if (p.concentrated()) {
                    unmappedConcentrated++;
                }
            }
            if (p.lat() != null && p.lon() != null) {
                double[] xy = KoreaRegions.project(p.lat(), p.lon());
                if (xy != null) {
                    points.add(new Point(p, xy[0], xy[1]));
                }
            }
        }
        long max = 0;
        Map<String, long[]> totals = new HashMap<>();
        for (KoreaRegions.Region r : KoreaRegions.ALL) {
            List<SectorConcentration.Place> here = byRegion.getOrDefault(r.code(), List.of());
            Map<String, Long> worstByOperator = new LinkedHashMap<>();
            int concentrated = 0;
            for (SectorConcentration.Place p : here) {
                if (!p.concentrated()) {
                    continue;
                }
                concentrated++;
                for (SectorConcentration.Share s : p.shares()) {
                    worstByOperator.merge(s.operator(), s.users(), Math::max);
                }
            }
            long users = worstByOperator.values().stream().mapToLong(Long::longValue).sum();
            max = Math.max(max, users);
            totals.put(r.code(), new long[] {concentrated, worstByOperator.size(), users, here.size()});
        }
        List<RegionTotal> regions = new ArrayList<>();
        for (KoreaRegions.Region r : KoreaRegions.ALL) {
            long[] t = totals.get(r.code());
            regions.add(new RegionTotal(r, (int) t[0], (int) t[1], t[2], (int) t[3], step(t[2], max)));
        }
        // concentrated places drawn last, so they lie on top
        points.sort((a, b) -> Boolean.compare(a.place().concentrated(), b.place().concentrated()));
        return new Summary(List.copyOf(regions), legend(max), List.copyOf(points), unmapped, unmappedConcentrated, max);
    }

    /** The shade step of a value: 0 for none, else 1..STEPS by equal parts of the largest value. */
    static int step(long users, long max) {
        if (users <= 0 || max <= 0) {
            return 0;
        }
        return (int) Math.max(1, Math.min(STEPS, (long) Math.ceil((double) users * STEPS / max)));
    }

    static List<Step> legend(long max) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(0, 0, 0));
        if (max <= 0) {
            return steps;
        }
        long from = 1;
        for (int i = 1; i <= STEPS; i++) {
            long to = (long) Math.floor((double) max * i / STEPS);
            if (to >= from) {
                steps.add(new Step(i, from, to));
                from = to + 1;
            }
        }
        return steps;
    }

    /** The places in a region (its old code counts too); all places when the code is null or not a region. */
    public static List<SectorConcentration.Place> inRegion(List<SectorConcentration.Place> places, String code) {
        var region = KoreaRegions.of(code);
        if (region.isEmpty()) {
            return places;
        }
        return places.stream().filter(p -> KoreaRegions.of(p.region()).equals(region)).toList();
    }
}
