package kr.drregistry.topology.sector;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The 17 first-level divisions of the Republic of Korea (ISO 3166-2:KR) as the sector map draws them. A site's
 * {@code region} may use the current code or the one it replaced: Gangwon is KR-51 since 2023 (was KR-42), Jeonbuk
 * KR-52 since 2024 (was KR-45); both read as the current code. {@code shape} is the region's id in the bundled
 * boundary drawing (vendor/svg-maps-south-korea), {@code labelX}/{@code labelY} where its value is written on it.
 */
public final class KoreaRegions {
    private KoreaRegions() {
    }

    /**
     * One region, in the order of ISO 3166-2:KR (special city, metropolitan cities, provinces, special self-governing
     * provinces and city). A closed set, so that its names are words of the sector bundle Qute checks at build time
     * ({@code {sector:region(cell.region)}}, keys {@code region_KR11}).
     */
    public enum Region {
        KR11("KR-11", "seoul", 153, 128),
        KR26("KR-26", "busan", 350, 402),
        KR27("KR-27", "daegu", 301, 335),
        KR28("KR-28", "incheon", 112, 137),
        KR29("KR-29", "gwangju", 140, 408),
        KR30("KR-30", "daejeon", 192, 277),
        KR31("KR-31", "ulsan", 364, 366),
        KR41("KR-41", "gyeonggi", 192, 180),
        KR51("KR-51", "gangwon", 276, 105),
        KR43("KR-43", "north-chungcheong", 238, 222),
        KR44("KR-44", "south-chungcheong", 118, 244),
        KR52("KR-52", "north-jeolla", 165, 345),
        KR46("KR-46", "south-jeolla", 120, 460),
        KR47("KR-47", "north-gyeongsang", 330, 270),
        KR48("KR-48", "south-gyeongsang", 262, 395),
        KR49("KR-49", "jeju", 112, 610),
        KR50("KR-50", "sejong", 177, 250);

        private final String code;
        private final String shape;
        private final int labelX;
        private final int labelY;

        Region(String code, String shape, int labelX, int labelY) {
            this.code = code;
            this.shape = shape;
            this.labelX = labelX;
            this.labelY = labelY;
        }

        /** The ISO 3166-2 code: {@code KR-41}. */
        public String code() {
            return code;
        }

        public String shape() {
            return shape;
        }

        public int labelX() {
            return labelX;
        }

        public int labelY() {
            return labelY;
        }
    }

    /** Every region, in the order of ISO 3166-2:KR. */
    public static final List<Region> ALL = List.of(Region.values());

    /** The drawing's coordinate space (its viewBox is {@code 0 0 WIDTH HEIGHT}). */
    public static final int WIDTH = 524;
    public static final int HEIGHT = 631;

    /** The region of an ISO 3166-2 code, old codes read as their successors; empty for anything else. */
    public static Optional<Region> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim().toUpperCase(Locale.ROOT);
        if (c.equals("KR-42")) {
            c = "KR-51";
        } else if (c.equals("KR-45")) {
            c = "KR-52";
        }
        for (Region r : ALL) {
            if (r.code().equals(c)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /**
     * Where a WGS84 point lies in the drawing, or null outside the mainland-and-Jeju frame. The drawing is close to an
     * equirectangular projection; the factors were fitted to the drawn centres of Seoul, Busan, Daegu, Daejeon, Gwangju
     * and Jeju (within about 5 units of 631), which is fine for a marker and no more.
     */
    public static double[] project(double lat, double lon) {
        double x = 94.0 * lon - 11783.1;
        double y = 4486.7 - 116.0 * lat;
        if (x < 0 || x > WIDTH || y < 0 || y > HEIGHT) {
            return null;
        }
        return new double[] {Math.round(x * 10) / 10.0, Math.round(y * 10) / 10.0};
    }
}
