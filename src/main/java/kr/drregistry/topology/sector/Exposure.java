package kr.drregistry.topology.sector;

import java.util.List;

/**
 * What one operator loses with one place: the tier-1 services (tier ≤ the policy's {@code concentration.maxTier})
 * that go down when the place is lost, and their daily users. {@code key} names the place so that the same place
 * filed by several operators has the same key: {@code facility:<org>/<site>} for a site (its {@code facilityRef}, or
 * the filing operator's own site), {@code group:<risk group>} for a shared risk group (a campus, a power feed).
 * {@code lat}/{@code lon} are null when the site gives no location. {@code users} sums the services' daily users (a
 * person using two of them counts twice); {@code largestServiceUsers} is the largest single service's, the least the
 * people lost can be (docs/people-counts.md; null for exposures stored before it was kept).
 */
public record Exposure(String key, String kind, String label, String region, Double lat, Double lon,
                       List<String> services, long users, Long largestServiceUsers) {
    public Exposure {
        services = List.copyOf(services);
    }
}
