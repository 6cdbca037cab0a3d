package kr.drregistry.topology.view;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.parse.DrrParser;
import kr.drregistry.topology.validation.Analysis;
import kr.drregistry.topology.validation.Policies;
import kr.drregistry.topology.validation.Validator;

/** The shipped Kakao-like example, analysed once for the view tests. */
final class Kakao {
    static final Analysis ANALYSIS = analyze("kakao-like-2022.yaml");

    private Kakao() {
    }

    static Analysis analyze(String file) {
        try {
            Topology t = new DrrParser().parseYaml(Files.readAllBytes(Path.of("examples", file)));
            return new Validator().analyze(t, Policies.defaultPolicy());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
