package kr.drregistry.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import kr.drregistry.topology.api.ReportView;

/**
 * The JSON outputs. A report is the API's own report type ({@link ReportView}, the body of {@code POST /api/v1/validate}),
 * written by Jackson as the API writes it.
 */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private Json() {
    }

    /** Streams {@code value} to {@code out} (a report of 35,000 findings is never held as one string). */
    static void write(PrintWriter out, Object value) {
        try {
            MAPPER.writeValue(out, value);
            out.println();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("a report could not be written as JSON", e);
        }
    }

    /**
     * One file: exactly the API's report (or {@code {"errors": […]}} when the document was refused, or {@code {"error":
     * "…"}} when it could not be read). Several files: a list of {@code {"file": …, "report" | "errors" | "error": …}}.
     */
    static void check(PrintWriter out, List<Checked> files) {
        if (files.size() == 1) {
            write(out, body(files.get(0)));
            return;
        }
        List<Map<String, Object>> all = new ArrayList<>();
        for (Checked c : files) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("file", c.name());
            Object body = body(c);
            if (body instanceof ReportView) {
                item.put("report", body);
            } else {
                item.putAll(castMap(body));
            }
            all.add(item);
        }
        write(out, all);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object body) {
        return (Map<String, Object>) body;
    }

    private static Object body(Checked c) {
        if (c.report() != null) {
            return ReportView.of(c.report());
        }
        Map<String, Object> m = new LinkedHashMap<>();
        if (c.unreadable() != null) {
            m.put("error", c.unreadable());
        } else {
            m.put("errors", c.document().errors());
        }
        return m;
    }
}
