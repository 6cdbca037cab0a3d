package kr.drregistry.filing.web;

import kr.drregistry.topology.web.GuidePages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.TemplateGlobal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kr.drregistry.policy.PolicyService;
import kr.drregistry.topology.guide.DrrV1;
import kr.drregistry.topology.guide.ExampleKey;
import kr.drregistry.topology.guide.FormatGuide;
import kr.drregistry.topology.guide.FormatGuides;
import kr.drregistry.rules.Policy;
import kr.drregistry.rules.RuleText;

/**
 * The filing formats people can read about at {@code /guide/{format}}: each one's JSON Schema, its rules and the
 * example filings it offers (the workspace loads them into the editor): drr/v1 and drr/v2.
 */
@ApplicationScoped
public class FilingFormats {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * An example filing of format {@code format} shipped on the class path under {@code examples/} (the repository's
     * {@code examples/} folder); {@code key} names its texts in the {@code topology} message bundle
     * ({@code {topology:example(e.key)}}, {@code {topology:example_hint(e.key)}}).
     */
    public record Example(String format, ExampleKey key, String file) {
        /** Where the example's text is served ({@code GuidePages}). */
        public String url() {
            return "/guide/" + format + "/examples/" + file;
        }
    }

    /** A format: its page slug, its schema's class-path location, its examples and its rules under a policy. */
    public record Format(String slug, String schema, List<Example> examples, Function<Policy, List<RuleText>> rules) {
        public Optional<Example> example(String file) {
            return examples.stream().filter(e -> e.file().equals(file)).findFirst();
        }
    }

    public static final Format DRR_V1 = new Format("drr-v1", DrrV1.SCHEMA, List.of(
            new Example("drr-v1", ExampleKey.SKELETON, "drr-v1-skeleton.yaml"),
            new Example("drr-v1", ExampleKey.HEALTHY, "healthy-multisite.yaml"),
            new Example("drr-v1", ExampleKey.KAKAO, "kakao-like-2022.yaml"),
            new Example("drr-v1", ExampleKey.IDC, "idc-facility.yaml")), DrrV1::rules);

    public static final Format DRR_V2 = new Format("drr-v2", kr.drregistry.topology.guide.DrrV2.SCHEMA, List.of(
            new Example("drr-v2", ExampleKey.KAKAO_V2, "kakao-like-2022-v2.yaml")), kr.drregistry.topology.guide.DrrV2::rules);

    /** The examples the topology workspace offers, for templates: {@code {#for e in drrExamples}}. */
    @TemplateGlobal(name = "drrExamples")
    public static List<Example> drrExamples() {
        List<Example> all = new java.util.ArrayList<>(DRR_V1.examples());
        all.addAll(DRR_V2.examples());
        return List.copyOf(all);
    }

    private static final Map<String, Format> FORMATS = Map.of(DRR_V1.slug(), DRR_V1, DRR_V2.slug(), DRR_V2);

    private final Map<String, JsonNode> schemas = new ConcurrentHashMap<>();

    @Inject
    PolicyService policies;

    public Optional<Format> find(String slug) {
        return Optional.ofNullable(slug == null ? null : FORMATS.get(slug));
    }

    /** The guide of {@code format}, with the severities, bases and thresholds of the active policy. */
    public FormatGuide guide(Format format) {
        Policy policy = policies.current();
        return FormatGuides.generate(schemas.computeIfAbsent(format.schema(), FilingFormats::readSchema),
                format.rules().apply(policy), policy);
    }

    /** The text of one of the format's examples (UTF-8), as the repository ships it. */
    public String text(Example example) {
        String resource = "/examples/" + example.file();
        try (InputStream in = FilingFormats.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode readSchema(String resource) {
        try (InputStream in = FilingFormats.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
