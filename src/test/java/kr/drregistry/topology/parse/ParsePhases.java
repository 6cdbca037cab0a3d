package kr.drregistry.topology.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import kr.drregistry.budget.Budget;
import kr.drregistry.topology.model.Topology;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Times each phase of parsing a large JSON filing (not a test: a harness, run by hand). Usage:
 * {@code java -Xmx1g -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) kr.drregistry.topology.parse.ParsePhases
 * /tmp/big.json [runs]}; without a file it generates the {@link LargeDocuments} 100,000-component document.
 */
public final class ParsePhases {
    private ParsePhases() {
    }

    public static void main(String[] args) throws Exception {
        byte[] doc = args.length > 0 ? Files.readAllBytes(Path.of(args[0])) : LargeDocuments.json(100_000);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        Limits limits = Limits.DEFAULT;
        JsonFactory factory = JsonTreeReader.factory(limits);
        DrrParser parser = new DrrParser(limits);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.printf("document: %.1f MB%n", doc.length / 1e6);
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            byte[] read = kr.drregistry.platform.RequestBodies.readLimited(new ByteArrayInputStream(doc), limits.maxBytes());
            long t1 = System.nanoTime();
            long tokens = 0;
            try (JsonParser p = factory.createParser(read)) {
                while (p.nextToken() != null) {
                    tokens++;
                }
            }
            long t2 = System.nanoTime();
            Errors errors = new Errors(limits.maxErrors());
            Tree.Node root = JsonTreeReader.read(factory, read, errors, limits, Budget.unlimited());
            long t3 = System.nanoTime();
            Topology t = new TopologyValidator(errors, Budget.unlimited()).validate(root);
            long t4 = System.nanoTime();
            long validateMs = ms(t4 - t3);
            root = null;
            t = null;
            long ts = System.nanoTime();
            Topology streamed = JsonTreeReader.topology(factory, read, limits, Budget.unlimited());
            long streamMs = ms(System.nanoTime() - ts);
            if (streamed == null) {
                throw new AssertionError("the streaming path refused the document");
            }
            streamed = null;
            t4 = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            Topology whole = parser.parseJson(read);
            long t5 = System.nanoTime();
            long wholeCpu = threads.getCurrentThreadCpuTime() - cpu;
            byte[] canonical = CanonicalJson.write(whole);
            long t6 = System.nanoTime();
            String sha = kr.drregistry.filing.FilingService.sha256(canonical);
            long t7 = System.nanoTime();
            System.out.printf("run %2d: read %4d | tokens only %4d (%d) | tree %4d | validate %4d | parseJson %4d ms wall (%4d cpu) | canonical %4d (%.1f MB) | sha %3d ms%n",
                    i, ms(t1 - t0), ms(t2 - t1), tokens, ms(t3 - t2), validateMs, ms(t5 - t4), wholeCpu / 1_000_000,
                    ms(t6 - t5), canonical.length / 1e6, ms(t7 - t6));
            System.out.printf("        streamed %4d ms%n", streamMs);
        }
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
