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
        for (Topology t : topologies()) {
            byte[] streamed = CanonicalJson.write(t);
            assertArrayEquals(MAPS.writeValueAsBytes(CanonicalTree.of(t)), streamed, t.operator());
            assertEquals(t, Fixtures.PARSER.parseJson(streamed), t.operator());
        }
    }

    /**
     * The YAML download is emitted from the same walk as events, not dumped from the maps (whose node graph did not fit
     * a 100,000-component filing in 1 GB): the text is SnakeYAML's dump of the maps, character for character, quoting
     * included (ids such as "007", "true" or "null", Korean names, multi-line text).
     */
    @Test
    void streamedYamlIsTheDumpOfTheMaps() throws IOException {
        List<Topology> topologies = topologies();
        topologies.add(Fixtures.PARSER.parseYaml(("""
                format: drr/v1
                operator: "007"
                asOf: 2026-01-01
                sites:
                  - {id: "true", name: "null", provider: "1e3"}
                  - {id: "12", name: "판교 데이터센터: 1동 #2", provider: "- 경기", region: KR-41}
                services:
                  - id: "no"
                    name: "첫 줄\n둘째 줄"
                    tier: 1
                    dailyUsers: 47000000
                    rtoMinutes: 60
                    rpoMinutes: 5
                    entrypoints: ["yes"]
                components:
                  - id: "yes"
                    kind: app
                    placements: [{site: "true", role: active, capacityPct: 100}, {site: "12", role: standby, capacityPct: 60}]
                """).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        for (Topology t : topologies) {
            String dumped = new org.snakeyaml.engine.v2.api.Dump(YamlWriter.SETTINGS).dumpToString(CanonicalTree.of(t));
            String streamed = YamlWriter.toYaml(t);
            assertEquals(dumped, streamed, t.operator());
            assertEquals(t, Fixtures.PARSER.parseYaml(YamlWriter.write(t)), t.operator());
        }
    }

    private static List<Topology> topologies() throws IOException {
        List<Topology> topologies = new ArrayList<>();
        try (var files = Files.list(Path.of("examples"))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                topologies.add(Fixtures.PARSER.parseYaml(Files.readAllBytes(p)));
            }
        }
        topologies.add(Fixtures.PARSER.parseYaml(Fixtures.resource("contract-v2.yaml")));
        topologies.add(Fixtures.PARSER.parseJson(Fixtures.resource("contract-complete.json")));
        topologies.add(SyntheticTopology.generateV2(1_000, 10, 10, 20, 10, 11));
        return topologies;
    }
}
