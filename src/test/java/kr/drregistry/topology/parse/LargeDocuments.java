package kr.drregistry.topology.parse;

import java.nio.charset.StandardCharsets;

/** Generates large valid drr/v1 documents for the scale test and the benchmark. */
final class LargeDocuments {
    private LargeDocuments() {
    }

    /** A JSON filing with {@code components} components (about 300 bytes each), 4 sites and 100 services. */
    static byte[] json(int components) {
        StringBuilder b = new StringBuilder(components * 320);
        b.append("{\"format\":\"drr/v1\",\"operator\":\"big-operator\",\"asOf\":\"2026-11-01\",\"sites\":[");
        for (int s = 0; s < 4; s++) {
            b.append(s == 0 ? "" : ",").append("{\"id\":\"site-").append(s).append("\",\"name\":\"Site ").append(s)
                    .append("\",\"kind\":\"own\",\"region\":\"KR-41\",\"location\":{\"lat\":37.").append(s)
                    .append(",\"lon\":127.1},\"riskGroups\":[\"metro:capital\"]}");
        }
        b.append("],\"services\":[");
        for (int s = 0; s < 100; s++) {
            b.append(s == 0 ? "" : ",").append("{\"id\":\"svc-").append(s).append("\",\"name\":\"Service ").append(s)
                    .append("\",\"tier\":").append(1 + s % 3).append(",\"dailyUsers\":").append(1000L * s)
                    .append(",\"rtoMinutes\":60,\"entrypoints\":[\"c-").append(s).append("\"]}");
        }
        b.append("],\"components\":[");
        for (int c = 0; c < components; c++) {
            b.append(c == 0 ? "" : ",").append("{\"id\":\"c-").append(c).append("\",\"kind\":\"")
                    .append(c % 2 == 0 ? "app" : "database").append("\",\"placements\":[{\"site\":\"site-")
                    .append(c % 4).append("\",\"role\":\"active\",\"capacityPct\":100},{\"site\":\"site-")
                    .append((c + 1) % 4).append("\",\"role\":\"standby\",\"capacityPct\":50}],")
                    .append("\"failover\":{\"mode\":\"manual\",\"minutes\":30,\"requires\":[\"c-0\"]},")
                    .append("\"dependsOn\":[{\"component\":\"c-").append((c + 1) % components)
                    .append("\",\"mode\":\"hard\"},{\"anyOf\":[\"c-").append((c + 2) % components).append("\",\"c-")
                    .append((c + 3) % components).append("\"]}],")
                    .append("\"replication\":[{\"from\":\"site-0\",\"to\":\"site-1\",\"mode\":\"async\",\"lagSeconds\":5}],")
                    .append("\"backups\":[{\"site\":\"site-2\",\"intervalMinutes\":60}]}");
        }
        b.append("]}");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Prints parse times (wall clock, and CPU time of the parsing thread) of a 100,000-component document. */
    public static void main(String[] args) {
        byte[] doc = json(100_000);
        DrrParser parser = new DrrParser();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        System.out.printf("document: %.1f MB%n", doc.length / 1e6);
        for (int i = 0; i < 15; i++) {
            long start = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            parser.parseJson(doc);
            System.out.printf("run %2d: %4d ms wall, %4d ms thread CPU%n", i, (System.nanoTime() - start) / 1_000_000,
                    (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000);
        }
    }
}
