package kr.drregistry.topology.model;

/** WGS84 latitude and longitude in degrees. */
public record GeoPoint(double lat, double lon) {
    private static final double EARTH_RADIUS_KM = 6371.0088;

    /** Great-circle (haversine) distance in kilometres. */
    public double distanceKm(GeoPoint other) {
        double p1 = Math.toRadians(lat), p2 = Math.toRadians(other.lat);
        double dp = p2 - p1, dl = Math.toRadians(other.lon - lon);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
