package kr.drregistry.topology.view;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.parse.DrrParser;

/**
 * The shipped Kakao-like examples, analysed once for the view tests with the drr/v2 loss analysis (the drr/v1 file is
 * read with drr/v2 semantics, FILING-FORMAT-V2.md §7.11) and the policy's default of 60 minutes for a manual failover.
 */
final class Kakao {
    static final TopologyLoss ANALYSIS = analyze("kakao-like-2022.yaml");
    static final TopologyLoss V2 = analyze("kakao-like-2022-v2.yaml");

    private Kakao() {
    }

    static TopologyLoss analyze(String file) {
        try {
            Topology t = new DrrParser().parseYaml(Files.readAllBytes(Path.of("examples", file)));
            return TopologyLoss.analyse(t, 60);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
