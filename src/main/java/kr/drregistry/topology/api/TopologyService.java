package kr.drregistry.topology.api;

import kr.drregistry.topology.validation.rules.AllRules;
import kr.drregistry.policy.PolicyService;
import java.io.InputStream;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kr.drregistry.platform.ProblemException;
import kr.drregistry.platform.RequestBodies;
import kr.drregistry.platform.ProblemException.FieldError;
import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.parse.DrrParseException;
import kr.drregistry.topology.parse.DrrParser;
import kr.drregistry.topology.parse.Limits;
import kr.drregistry.topology.parse.ParseError;
import kr.drregistry.topology.validation.ValidationReport;
import kr.drregistry.topology.validation.Validator;

/**
 * Parses and validates drr/v1 documents with the active policy. The one entry point for the API, the portal's
 * live validation and submissions. A document that does not parse is refused whole, with every error.
 */
@ApplicationScoped
public class TopologyService {
    private final DrrParser parser;
    private final Validator validator = AllRules.validator();

    @Inject
    PolicyService policies;
    @Inject
    kr.drregistry.platform.ExpensiveWork work;
    @Inject
    FacilityDirectory facilities;

    private final Timer validations;
    private final Timer analyses;

    /** Validation durations go to Prometheus as histograms ({@code drr_validation_seconds_bucket{kind=…}}). */
    @Inject
    public TopologyService(TopologyConfig config, kr.drregistry.platform.BudgetConfig budget, MeterRegistry metrics) {
        this.parser = new DrrParser(new Limits(config.maxBodyBytes(), config.maxDepth(), config.maxYamlAliases())
                .withText(budget.yamlMaxBytes(), budget.yamlMaxLineChars(), budget.maxTextChars()));
        this.validations = timer(metrics, "validate");
        this.analyses = timer(metrics, "analyze");
    }

    private static Timer timer(MeterRegistry metrics, String kind) {
        return Timer.builder("drr.validation").description("drr/v1 validations (rules and loss simulation)")
                .tag("kind", kind).publishPercentileHistogram().register(metrics);
    }

    /**
     * Parses a document sent as JSON or YAML, within the request's budget ({@link kr.drregistry.platform.ExpensiveWork});
     * malformed input becomes a 400/413/415/422 problem.
     */
    public Topology parse(byte[] body, String mediaType) {
        try {
            return parser.parse(body, mediaType, work.budget());
        } catch (DrrParseException e) {
            throw problem(e, mediaType);
        }
    }

    /**
     * Parses a request body of at most {@link #maxBodyBytes()} as {@link #parse(byte[], String)} does with the same
     * answers and problems; a JSON body is parsed while it is uploaded (the upload and the parse overlap), any other
     * is read whole first ({@link RequestBodies#readLimited}).
     */
    public Topology parse(InputStream body, String mediaType) {
        if (!json(mediaType)) {
            return parse(RequestBodies.readLimited(body, maxBodyBytes()), mediaType);
        }
        try {
            return parser.parseJson(RequestBodies.limited(body, maxBodyBytes()), work.budget());
        } catch (DrrParseException e) {
            throw problem(e, mediaType);
        }
    }

    private static boolean json(String mediaType) {
        try {
            return DrrParser.syntaxOf(mediaType) == DrrParser.Syntax.JSON;
        } catch (DrrParseException e) {
            return false;
        }
    }

    public ValidationReport validate(Topology topology) {
        return validations.record(() -> validator.validate(topology, policies.current(), work.budget(),
                facilities.lookup()));
    }

    /** Validation with the loss simulation kept, for the portal's pictures and explanations. */
    public kr.drregistry.topology.validation.Analysis analyze(Topology topology) {
        return analyses.record(() -> analyzeUncounted(topology));
    }

    /**
     * {@link #analyze} not counted in {@code drr_validation_seconds}: for {@link WarmUp}'s synthetic filing (outside a
     * request the budget is unlimited).
     */
    kr.drregistry.topology.validation.Analysis analyzeUncounted(Topology topology) {
        return validator.analyze(topology, policies.current(), work.budget(), facilities.lookup());
    }

    /**
     * What the portal's editor shows while someone types: the topology, or every parse error with its line and
     * JSON Pointer. Never throws for bad input.
     */
    public record Attempt(Topology topology, List<ParseError> errors, boolean tooLarge) {
        public boolean parsed() {
            return topology != null;
        }
    }

    public Attempt tryParse(byte[] body, String mediaType) {
        try {
            return new Attempt(parser.parse(body, mediaType, work.budget()), List.of(), false);
        } catch (DrrParseException e) {
            return new Attempt(null, e.errors(), e.tooLarge());
        }
    }

    public long maxBodyBytes() {
        return parser.limits().maxBytes();
    }

    /** The limits this service parses with (for messages and the portal). */
    public Limits limits() {
        return parser.limits();
    }

    /**
     * The problem for a refused document; a refusal for a size limit (the document, a YAML line, a text value) is a
     * 413 that names the configured limit and its value.
     */
    ProblemException problem(DrrParseException e, String mediaType) {
        ParseError limit = e.sizeLimit();
        if (limit != null) {
            return sizeProblem(limit, parser.limits(), DrrParser.syntaxOf(mediaType) == DrrParser.Syntax.YAML);
        }
        return problem(e.errors(), e.tooLarge(), e.unsupportedMediaType(), e.line(), e.column());
    }

    /** 413 for one size limit of {@code limits}, with the configuration name and value of that limit. */
    public static ProblemException sizeProblem(ParseError error, Limits limits, boolean yaml) {
        List<FieldError> errors = List.of(new FieldError(error.pointer(), error.code(), error.message(), error.messageKo(),
                error.line(), error.column()));
        return switch (error.code()) {
            case ParseError.LINE_TOO_LONG -> new ProblemException(413, "line-too-long", "행이 너무 깁니다", "Line too long",
                    "line " + error.line() + " is longer than the limit of " + limits.maxLineChars()
                            + " characters per YAML line (drr.budget.yaml-max-line-chars); nothing was parsed", errors)
                    .withLimit("drr.budget.yaml-max-line-chars", limits.maxLineChars())
                    .withText(m -> m.line_too_long(error.line(), limits.maxLineChars()));
            case ParseError.SCALAR_TOO_LONG -> new ProblemException(413, "text-too-long", "값이 너무 깁니다", "Text value too long",
                    "the value at " + (error.pointer().isEmpty() ? "/" : error.pointer()) + " is longer than the limit of "
                            + limits.maxScalarChars() + " characters (drr.budget.max-text-chars)", errors)
                    .withLimit("drr.budget.max-text-chars", limits.maxScalarChars())
                    .withText(m -> m.text_too_long(error.pointer().isEmpty() ? "/" : error.pointer(), limits.maxScalarChars()));
            default -> {
                long max = yaml ? limits.yamlBytes() : limits.maxBytes();
                String name = yaml && limits.yamlBytes() < limits.maxBytes() ? "drr.budget.yaml-max-bytes" : "drr.topology.max-body-bytes";
                yield RequestBodies.tooLarge(yaml ? "YAML document" : "document", max, name, errors);
            }
        };
    }

    /**
     * The problem for a refused document: 413 too large, 415 wrong media type, 400 not well-formed (syntax,
     * depth, aliases, duplicate keys, tags), otherwise 422 with every error by JSON Pointer.
     */
    public static ProblemException problem(List<ParseError> parseErrors, boolean tooLarge, boolean unsupportedMediaType,
                                           Integer line, Integer column) {
        List<FieldError> errors = parseErrors.stream()
                .map(p -> new FieldError(p.pointer(), p.code(), p.message(), p.messageKo(), p.line(), p.column()))
                .toList();
        if (tooLarge) {
            return new ProblemException(413, "too-large", "문서가 너무 큽니다", "Document too large",
                    errors.isEmpty() ? "the document exceeds the size limit" : errors.get(0).message(), errors);
        }
        if (unsupportedMediaType) {
            return new ProblemException(415, "unsupported-media-type", "지원하지 않는 형식입니다", "Unsupported media type",
                    "send drr/v1 as application/json or application/yaml", errors)
                    .withText(m -> m.unsupported_media_type("application/json, application/yaml"));
        }
        boolean syntax = parseErrors.stream().anyMatch(p -> ParseError.SYNTAX.equals(p.code()) || ParseError.TOO_DEEP.equals(p.code())
                || ParseError.TOO_MANY_ALIASES.equals(p.code()) || ParseError.DUPLICATE_KEY.equals(p.code()) || ParseError.TAG.equals(p.code()));
        if (syntax) {
            return new ProblemException(400, "malformed-document", "문서 구문이 올바르지 않습니다", "Malformed document",
                    "the document is not well-formed " + (line != null ? "(line " + line + ", column " + column + ")" : ""), errors)
                    .withText(m -> m.malformed_document(line, column));
        }
        return new ProblemException(422, "invalid-filing", "문서 형식에 맞지 않습니다", "Not a valid document",
                errors.size() + " error(s); nothing was stored", errors).withText(m -> m.invalid_filing(errors.size()));
    }
}
