package kr.drregistry.filing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import kr.drregistry.rules.SyntaxSentences;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import kr.drregistry.platform.ProblemException;
import kr.drregistry.platform.ProblemException.FieldError;

/** Strict JSON documents (no duplicate keys) with a canonical form: keys sorted, no insignificant whitespace. */
public final class JsonDocuments {
    private static final ObjectMapper STRICT = JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    private JsonDocuments() {
    }

    /** Plans and incident reports are JSON: anything else is a 415 problem. */
    public static void requireJson(String mediaType) {
        if (mediaType == null || !mediaType.toLowerCase().startsWith("application/json")) {
            throw new ProblemException(415, "unsupported-media-type", "지원하지 않는 형식입니다", "Unsupported media type",
                    "send this filing type as application/json", List.of())
                    .withText(m -> m.unsupported_media_type("application/json"));
        }
    }

    /** The body as a JSON object; anything else is a 400/415 problem. */
    public static JsonNode object(byte[] body, String mediaType) {
        requireJson(mediaType);
        try {
            JsonNode node = STRICT.readTree(body);
            if (node == null || !node.isObject()) {
                throw ProblemException.invalid("the document must be a JSON object",
                        List.of(FieldError.of("", "expected a JSON object", "JSON 객체여야 합니다")));
            }
            return node;
        } catch (JsonProcessingException e) {
            Integer line = e.getLocation() == null ? null : e.getLocation().getLineNr();
            Integer column = e.getLocation() == null ? null : e.getLocation().getColumnNr();
            SyntaxSentences.Sentence said = SyntaxSentences.of(e.getOriginalMessage());
            throw new ProblemException(400, "malformed-document", "문서 구문이 올바르지 않습니다", "Malformed document",
                    "the document is not well-formed JSON", List.of(new FieldError("", "syntax", said.en(), said.ko(), line, column)))
                    .withText(m -> m.malformed_document(line, column));
        } catch (java.io.CharConversionException e) {
            throw new ProblemException(400, "malformed-document", "문서 구문이 올바르지 않습니다", "Malformed document",
                    "the document is not valid UTF-8 JSON", List.of(new FieldError("", "syntax", "not valid UTF-8 JSON",
                    "올바른 UTF-8 JSON이 아닙니다", null, null))).withText(m -> m.malformed_document(null, null));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keys sorted at every level, compact. */
    public static String canonical(JsonNode node) {
        try {
            Object tree = CANONICAL.treeToValue(node, Object.class);
            return CANONICAL.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String yaml(String json) {
        try {
            return new YAMLMapper().writeValueAsString(STRICT.readTree(json.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
