package kr.drregistry.topology.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The drr/v2 Kakao-like example (examples/kakao-like-2022-v2.yaml) with the maps API's capacity split 60 % Pangyo /
 * 40 % Ansan, so that losing Ansan degrades maps to 60 % (the shipped example degrades nothing): for the picture tests
 * of degraded services.
 */
public final class SplitMapsExample {
    private SplitMapsExample() {
    }

    public static String yaml() {
        try {
            String yaml = Files.readString(Path.of("examples", "kakao-like-2022-v2.yaml"), StandardCharsets.UTF_8);
            String maps = "  - id: map-api\n    name: Maps API\n    kind: app\n    placements:\n"
                    + "      - {site: pangyo, role: active, capacityPct: 100}\n"
                    + "      - {site: ansan, role: active, capacityPct: 100}";
            assertTrue(yaml.contains(maps), "the example still files the maps API as the picture tests expect");
            return yaml.replace(maps, maps.replace("pangyo, role: active, capacityPct: 100", "pangyo, role: active, capacityPct: 60")
                    .replace("ansan, role: active, capacityPct: 100", "ansan, role: active, capacityPct: 40"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
