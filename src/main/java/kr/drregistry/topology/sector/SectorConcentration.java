package kr.drregistry.topology.sector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kr.drregistry.topology.model.GeoPoint;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.rules.Policy;
import kr.drregistry.rules.RuleText;

/**
 * CONC-001 across the sector: the places (data centres, campuses, power groups) that carry tier-1 services of
 * several operators. Places are matched by key (a tenant's {@code facilityRef} equals the IDC's own
 * {@code facility:<org>/<site>}; risk groups by their name) and, for sites, by location: sites of different keys
 * closer than {@code sameSiteKm} are one place.
 */
public final class SectorConcentration {
    public static final String ID = "CONC-001";

    private SectorConcentration() {
    }

    /**
     * What CONC-001 finds and what resolves it, with the policy's operator count (the format guide shows it; the
     * rule runs in the regulator's sector view, not on one filing).
     */
    public static RuleText text(Policy policy) {
        long n = Math.round(policy.param(Policy.CONCENTRATION_MIN_OPERATORS));
        return new RuleText(ID,
                LocalizedText.of("여러 사업자의 1등급 서비스가 한 장소에 집중", "Several operators' tier-1 services in one place"),
                LocalizedText.of(
                        "한 사이트·캠퍼스·전력 그룹이 사업자 " + n + "곳 이상의 한 사이트에만 있는 1등급 구성요소를 떠받칩니다. "
                                + "규제 기관의 부문 보기에서 모든 사업자의 최근 제출 버전을 모아 판단합니다.",
                        "One site, campus or power group carries single-site tier-1 components of " + n
                                + " or more operators; the regulator's sector view judges it over every operator's "
                                + "latest submitted filing."),
                LocalizedText.of(
                        "그 장소에 한 사이트로만 놓인 1등급 구성요소를 위험군이 다른 사이트로 나누십시오(각 사업자의 SPOF-001·SPOF-002 해소).",
                        "Spread the single-site tier-1 components away from that place into sites of other risk "
                                + "groups (each operator resolving its SPOF-001 and SPOF-002 findings)."));
    }

    /** One operator's exposures (from its latest submitted topology) and that filing's review status. */
    public record OperatorExposures(String operator, String operatorName, String filingStatus, List<Exposure> exposures) {
    }

    /**
     * What one operator loses at a place: {@code users} sums its services' daily users, {@code least} is its largest
     * single service's (null when an exposure was stored before it was kept); docs/people-counts.md.
     */
    public record Share(String operator, String operatorName, String filingStatus, List<String> services, long users,
                        Long least) {
    }

    /**
     * A place with the operators that lose tier-1 services there, ranked by users at risk: {@code users} sums over
     * operators and services (a person who uses two of them counts twice), {@code least} is the largest single
     * service's users among them (null when an operator's exposure lacks it).
     */
    public record Place(String key, String kind, String label, String region, Double lat, Double lon, List<Share> shares,
                        long users, Long least, boolean concentrated) {
        public int operators() {
            return shares.size();
        }
    }

    public static List<Place> rank(List<OperatorExposures> sector, int minOperators, double sameSiteKm) {
        // union the keys of facility places that lie within sameSiteKm of each other
        Map<String, Exposure> firstByKey = new LinkedHashMap<>();
        for (OperatorExposures o : sector) {
            for (Exposure e : o.exposures()) {
                firstByKey.putIfAbsent(e.key(), e);
            }
        }
        Map<String, String> parent = new HashMap<>();
        List<Exposure> located = firstByKey.values().stream()
                .filter(e -> e.kind().equals("facility") && e.lat() != null && e.lon() != null).toList();
        for (int i = 0; i < located.size(); i++) {
            for (int j = i + 1; j < located.size(); j++) {
                Exposure a = located.get(i);
                Exposure b = located.get(j);
                if (new GeoPoint(a.lat(), a.lon()).distanceKm(new GeoPoint(b.lat(), b.lon())) <= sameSiteKm) {
                    union(parent, a.key(), b.key());
                }
            }
        }
        Map<String, Map<String, Share>> byPlace = new LinkedHashMap<>();
        Map<String, Exposure> placeInfo = new LinkedHashMap<>();
        for (OperatorExposures o : sector) {
            for (Exposure e : o.exposures()) {
                String place = find(parent, e.key());
                placeInfo.putIfAbsent(place, firstByKey.get(place));
                Map<String, Share> shares = byPlace.computeIfAbsent(place, k -> new LinkedHashMap<>());
                Share prior = shares.get(o.operator());
                if (prior == null) {
                    shares.put(o.operator(), new Share(o.operator(), o.operatorName(), o.filingStatus(), e.services(), e.users(),
                            e.largestServiceUsers()));
                } else {
                    List<String> services = new ArrayList<>(prior.services());
                    e.services().stream().filter(s -> !services.contains(s)).forEach(services::add);
                    shares.put(o.operator(), new Share(o.operator(), o.operatorName(), o.filingStatus(), services,
                            Math.max(prior.users(), e.users()), max(prior.least(), e.largestServiceUsers())));
                }
            }
        }
        List<Place> places = new ArrayList<>();
        byPlace.forEach((key, shares) -> {
            Exposure info = placeInfo.get(key);
            List<Share> list = new ArrayList<>(shares.values());
            list.sort(Comparator.comparingLong(Share::users).reversed().thenComparing(Share::operator));
            long users = list.stream().mapToLong(Share::users).sum();
            Long least = list.stream().map(Share::least).reduce(0L, SectorConcentration::max);
            places.add(new Place(key, info.kind(), info.label(), info.region(), info.lat(), info.lon(), List.copyOf(list), users,
                    least,
                    list.size() >= minOperators));
        });
        places.sort(Comparator.comparing((Place p) -> !p.concentrated()).thenComparing(Comparator.comparingLong(Place::users).reversed())
                .thenComparing(Place::key));
        return places;
    }

    /** The larger of two lower bounds; unknown (null) when either is. */
    private static Long max(Long a, Long b) {
        return a == null || b == null ? null : Math.max(a, b);
    }

    private static String find(Map<String, String> parent, String k) {
        String p = parent.getOrDefault(k, k);
        if (p.equals(k)) {
            return k;
        }
        String root = find(parent, p);
        parent.put(k, root);
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            // the smaller key is the place's name, so the result does not depend on the order of filings
            if (ra.compareTo(rb) < 0) {
                parent.put(rb, ra);
            } else {
                parent.put(ra, rb);
            }
        }
    }
}
