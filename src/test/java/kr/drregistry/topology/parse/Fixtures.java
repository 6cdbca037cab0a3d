package kr.drregistry.topology.parse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertThrows;

/** Test documents and helpers. */
final class Fixtures {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final DrrParser PARSER = new DrrParser();

    private Fixtures() {
    }

    static byte[] resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/drr/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The completed contract example as a mutable JSON tree. */
    static ObjectNode complete() {
        try {
            return (ObjectNode) MAPPER.readTree(resource("contract-complete.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The errors of the completed example after {@code change}. */
    static List<ParseError> errorsAfter(Consumer<ObjectNode> change) {
        ObjectNode doc = complete();
        change.accept(doc);
        return jsonErrors(doc.toString());
    }

    static List<ParseError> jsonErrors(String json) {
        return assertThrows(DrrParseException.class, () -> PARSER.parseJson(utf8(json))).errors();
    }

    static List<ParseError> yamlErrors(String yaml) {
        return assertThrows(DrrParseException.class, () -> PARSER.parseYaml(utf8(yaml))).errors();
    }

    /** "pointer code" of each error, for compact assertions. */
    static List<String> summary(List<ParseError> errors) {
        return errors.stream().map(e -> e.pointer() + " " + e.code()).toList();
    }

    /** A minimal valid YAML document with {@code components} appended as given. */
    static String minimalYaml(String components) {
        return """
                format: drr/v1
                operator: op
                asOf: 2026-01-01
                sites:
                  - {id: a, name: A, kind: own}
                  - {id: b, name: B, kind: cloud-zone}
                services: []
                components:
                """ + components;
    }
}
