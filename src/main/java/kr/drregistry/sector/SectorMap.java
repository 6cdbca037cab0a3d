package kr.drregistry.sector;

import java.util.List;
import java.util.Locale;

import kr.drregistry.topology.sector.KoreaRegions;
import kr.drregistry.topology.sector.SectorConcentration;
import kr.drregistry.topology.sector.SectorRegions;

/** What the sector page's map of Korea draws: each region's outline and totals, the places with a location. */
public record SectorMap(SectorRegions.Summary summary, List<Cell> cells, String selected) {
    public record Cell(SectorRegions.RegionTotal total, String outline, boolean selected) {
        public KoreaRegions.Region region() {
            return total.region();
        }

        /** Users at risk, short enough to write on the map: 1,234만 / 12.3M. */
        public String compact(String lang) {
            return SectorMap.compact(total.users(), lang);
        }
    }

    public static SectorMap of(List<SectorConcentration.Place> places, KoreaMapShapes shapes, String selected) {
        SectorRegions.Summary summary = SectorRegions.of(places);
        List<Cell> cells = summary.regions().stream()
                .map(t -> new Cell(t, shapes.outline(t.region()), t.code().equals(selected))).toList();
        return new SectorMap(summary, cells, selected);
    }

    /** The region of a site's region code (Gangwon for KR-42 too), or null outside Korea's 17 regions. */
    public KoreaRegions.Region region(String code) {
        return KoreaRegions.of(code).orElse(null);
    }

    public Cell selectedCell() {
        return cells.stream().filter(Cell::selected).findFirst().orElse(null);
    }

    static String compact(long n, String lang) {
        if ("ko".equals(lang)) {
            if (n >= 100_000_000L) {
                return trim(n / 100_000_000.0) + "억";
            }
            if (n >= 10_000L) {
                return String.format(Locale.ROOT, "%,d", Math.round(n / 10_000.0)) + "만";
            }
            return String.format(Locale.ROOT, "%,d", n);
        }
        if (n >= 1_000_000_000L) {
            return trim(n / 1_000_000_000.0) + "B";
        }
        if (n >= 1_000_000L) {
            return trim(n / 1_000_000.0) + "M";
        }
        if (n >= 10_000L) {
            return trim(n / 1_000.0) + "k";
        }
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String trim(double v) {
        String s = String.format(Locale.ROOT, v >= 100 ? "%.0f" : "%.1f", v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
