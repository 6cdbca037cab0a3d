package kr.drregistry.topology.parse;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import kr.drregistry.topology.bench.SyntheticTopology;
import kr.drregistry.topology.model.Topology;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The canonical JSON is streamed from the topology ({@link CanonicalTree#write}) instead of being written from the
 * maps of {@link CanonicalTree#of}; both are the one walk, and the bytes (hence every content hash) are the same.
 */
class CanonicalStreamTest {
    private static final JsonMapper MAPS = JsonMapper.builder().enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();

    @Test
    void streamedBytesAreTheBytesOfTheMaps() throws IOException {
        List<Topology> topologies = new ArrayList<>();
        try (var files = Files.list(Path.of("examples"))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                topologies.add(Fixtures.PARSER.parseYaml(Files.readAllBytes(p)));
            }
        }
        topologies.add(Fixtures.PARSER.parseYaml(Fixtures.resource("contract-v2.yaml")));
        topologies.add(Fixtures.PARSER.parseJson(Fixtures.resource("contract-complete.json")));
        topologies.add(SyntheticTopology.generateV2(1_000, 10, 10, 20, 10, 11));
        for (Topology t : topologies) {
            byte[] streamed = CanonicalJson.write(t);
            assertArrayEquals(MAPS.writeValueAsBytes(CanonicalTree.of(t)), streamed, t.operator());
            assertEquals(t, Fixtures.PARSER.parseJson(streamed), t.operator());
        }
    }
}
