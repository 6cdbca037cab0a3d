package kr.drregistry.topology.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.AbstractSequentialList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

import kr.drregistry.topology.graph.IntList;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import kr.drregistry.rules.ChainStep;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.rules.Subject;
import kr.drregistry.topology.api.ReportView.FacilityView;
import kr.drregistry.topology.api.ReportView.FindingView;
import kr.drregistry.topology.api.ReportView.PolicyRef;
import kr.drregistry.topology.validation.ScenarioSummary;
import kr.drregistry.topology.validation.ServiceOutcome;

/**
 * The one codec of the report a submitted version keeps ({@code filing_version.report}). Since issue 18 it is stored in
 * a shared-step form ({@link #FORM}, the idea of {@link CompactReport}, but with everything: both languages, every
 * finding, every scenario's detail): every distinct text ({@code {ko, en}}) is stated once in {@code texts}, every
 * distinct explanation step once in {@code steps}, and a finding's chain is a list of {@code depth, step} numbers. A
 * 100,000-component report that is ~190 MB in full is a small fraction of that, so a submission writes, sends and
 * stores far less. The full report ({@code view=full}, the API's and CLI's promise) is produced from it
 * ({@link #expand}) byte for byte as the full JSON was stored before.
 *
 * <p>Versions stored before this form (and the small reports of incident versions, which are still stored in full)
 * keep the full JSON: the form is told by the content — a stored-form report starts with {@code "form"}, a full one with
 * {@code "policy"}. Every reader of the column reads through here and gets the same {@link ReportView} from either.
 *
 * <pre>
 * {"form": "drr-report-stored/1", "policy": {...}, "summary": {...},
 *  "scenarios": [... without their per-service outcomes ...], "outcomes": [[[id, status, capacityPct, rpoSeconds,
 *  recoveryMinutes, repairEstimateMinutes], ...] | null, ...] (only when a scenario has them), "facilities": [...],
 *  "count": number of findings,
 *  "texts": [[ko, en], ...],
 *  "steps": [[kind, id, relation, [site, ...], text], ...],
 *  "findings": [[rule, severity, [subject kind, subject id] | null, scenario, message, basis, remedy, usersLost,
 *                [depth, step, depth, step, ...] | null], ...]}
 * </pre>
 * ({@code text}, {@code message}, {@code basis}, {@code remedy}: an index into {@code texts} or null.) The findings come
 * last, so that a reader gets everything else first and then the findings one at a time.
 */
public final class StoredReport {
    public static final String FORM = "drr-report-stored/1";

    private StoredReport() {
    }

    /** What a report holds besides its findings. */
    public record Parts(PolicyRef policy, Map<String, Integer> summary, List<ScenarioSummary> scenarios,
                        List<FacilityView> facilities) {
    }

    // ---------------------------------------------------------------- writing

    /** Writes {@code report} in the stored form to {@code out} (closed when done). */
    public static void write(ObjectMapper json, ReportView report, OutputStream out) throws IOException {
        // every text and step is looked up once, where it first occurs; what is written is its index, kept here. Each
        // finding, text and step is handled by a method of its own: those run tens of thousands of times per report and
        // the JIT compiles them early, where one large method with these loops is compiled anew on each of the first
        // large submissions (one to two seconds of the compiler's CPU each, BENCHMARKS.md)
        List<FindingView> findings = report.findings() == null ? List.of() : report.findings();
        Indexes indexes = new Indexes(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            indexes.add(i, findings.get(i));
        }
        try (JsonGenerator g = json.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("form", FORM);
            g.writeFieldName("policy");
            json.writeValue(g, report.policy());
            g.writeFieldName("summary");
            json.writeValue(g, report.summary());
            g.writeFieldName("scenarios");
            json.writeValue(g, report.scenarios() == null ? null : report.scenarios().stream()
                    .map(s -> s.withServices(null)).toList());
            writeOutcomes(json, g, report.scenarios());
            g.writeFieldName("facilities");
            json.writeValue(g, report.facilities());
            g.writeNumberField("count", findings.size());
            g.writeArrayFieldStart("texts");
            for (LocalizedText t : indexes.texts) {
                writeText(g, t);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("steps");
            for (int i = 0; i < indexes.steps.size(); i++) {
                writeStep(g, indexes.steps.get(i), indexes.stepTexts.get(i));
            }
            g.writeEndArray();
            g.writeArrayFieldStart("findings");
            for (int i = 0; i < findings.size(); i++) {
                writeFinding(g, findings.get(i), indexes, i);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /** The texts and chain steps of a report's findings, each once, and each finding's references to them. */
    private static final class Indexes {
        final Map<LocalizedText, Integer> textIndex;
        final List<LocalizedText> texts = new ArrayList<>();
        final Map<StepKey, Integer> stepIndex;
        final List<StepKey> steps = new ArrayList<>();
        final IntList stepTexts = new IntList();
        /** Per finding: its message, basis and remedy. */
        final int[] findingTexts;
        /** Per finding: its chain as depth, step pairs; null without one. */
        final int[][] chains;

        Indexes(int findings) {
            textIndex = new HashMap<>(2 * findings);
            stepIndex = new HashMap<>(4 * findings);
            findingTexts = new int[3 * findings];
            chains = new int[findings][];
        }

        void add(int i, FindingView f) {
            findingTexts[3 * i] = index(f.message(), textIndex, texts);
            findingTexts[3 * i + 1] = index(f.basis(), textIndex, texts);
            findingTexts[3 * i + 2] = index(f.remedy(), textIndex, texts);
            if (f.chain() != null) {
                int[] chain = new int[2 * f.chain().size()];
                int k = 0;
                for (ChainStep s : f.chain()) {
                    chain[k++] = s.depth();
                    chain[k++] = step(s);
                }
                chains[i] = chain;
            }
        }

        /** The index of a chain step (the engine makes each chain's steps anew: equal, not the same). */
        private int step(ChainStep s) {
            StepKey key = new StepKey(s.kind(), s.id(), s.relation(), s.sites(), s.text());
            Integer at = stepIndex.putIfAbsent(key, steps.size());
            if (at != null) {
                return at;
            }
            steps.add(key);
            stepTexts.add(index(s.text(), textIndex, texts));
            return steps.size() - 1;
        }
    }

    private static void writeText(JsonGenerator g, LocalizedText t) throws IOException {
        g.writeStartArray();
        g.writeString(t.ko());
        g.writeString(t.en());
        g.writeEndArray();
    }

    private static void writeStep(JsonGenerator g, StepKey s, int text) throws IOException {
        g.writeStartArray();
        g.writeString(s.kind());
        g.writeString(s.id());
        g.writeString(s.relation());
        g.writeStartArray();
        for (String site : s.sites()) {
            g.writeString(site);
        }
        g.writeEndArray();
        writeIndex(g, text);
        g.writeEndArray();
    }

    private static void writeFinding(JsonGenerator g, FindingView f, Indexes indexes, int i) throws IOException {
        g.writeStartArray();
        g.writeString(f.rule());
        g.writeString(f.severity());
        if (f.subject() == null) {
            g.writeNull();
        } else {
            g.writeStartArray();
            g.writeString(f.subject().kind());
            g.writeString(f.subject().id());
            g.writeEndArray();
        }
        g.writeString(f.scenario());
        writeIndex(g, indexes.findingTexts[3 * i]);
        writeIndex(g, indexes.findingTexts[3 * i + 1]);
        writeIndex(g, indexes.findingTexts[3 * i + 2]);
        if (f.usersLost() == null) {
            g.writeNull();
        } else {
            g.writeNumber(f.usersLost());
        }
        int[] chain = indexes.chains[i];
        if (chain == null) {
            g.writeNull();
        } else {
            g.writeArray(chain, 0, chain.length);
        }
        g.writeEndArray();
    }

    /**
     * The per-service outcomes of each scenario (drr/v2: 1,000 services × 250 scenarios at 100,000 components) as
     * {@code [id, status, capacityPct, rpoSeconds, recoveryMinutes, repairEstimateMinutes]} lists, null for a scenario
     * without them: the same values without their names repeated a quarter of a million times.
     */
    private static void writeOutcomes(ObjectMapper json, JsonGenerator g, List<ScenarioSummary> scenarios) throws IOException {
        if (scenarios == null || scenarios.stream().allMatch(s -> s.services() == null)) {
            return;
        }
        g.writeArrayFieldStart("outcomes");
        for (ScenarioSummary s : scenarios) {
            if (s.services() == null) {
                g.writeNull();
                continue;
            }
            g.writeStartArray();
            for (ServiceOutcome o : s.services()) {
                writeOutcome(json, g, o);
            }
            g.writeEndArray();
        }
        g.writeEndArray();
    }

    private static void writeOutcome(ObjectMapper json, JsonGenerator g, ServiceOutcome o) throws IOException {
        g.writeStartArray();
        g.writeString(o.id());
        g.writeString(o.status());
        value(json, g, o.capacityPct());
        value(json, g, o.rpoSeconds());
        value(json, g, o.recoveryMinutes());
        value(json, g, o.repairEstimateMinutes());
        g.writeEndArray();
    }

    /** A number, {@link ServiceOutcome#UNBOUNDED} or null, as Jackson writes it (without a serializer look-up per value). */
    private static void value(ObjectMapper json, JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof Long || v instanceof Integer) {
            g.writeNumber(((Number) v).longValue());
        } else if (v instanceof String text) {
            g.writeString(text);
        } else {
            json.writeValue(g, v);
        }
    }

    private static List<List<ServiceOutcome>> outcomes(ObjectMapper json, JsonParser p) throws IOException {
        List<List<ServiceOutcome>> all = new ArrayList<>();
        for (JsonToken t; (t = p.nextToken()) != JsonToken.END_ARRAY; ) {
            if (t == JsonToken.VALUE_NULL) {
                all.add(null);
                continue;
            }
            List<ServiceOutcome> outcomes = new ArrayList<>();
            while (p.nextToken() == JsonToken.START_ARRAY) {
                String id = string(p);
                String status = string(p);
                Long capacity = p.nextToken() == JsonToken.VALUE_NULL ? null : p.getLongValue();
                p.nextToken();
                Object rpo = json.readValue(p, Object.class);
                p.nextToken();
                Object recovery = json.readValue(p, Object.class);
                p.nextToken();
                Object repair = json.readValue(p, Object.class);
                end(p);
                outcomes.add(new ServiceOutcome(id, status, capacity, rpo, recovery, repair));
            }
            all.add(outcomes);
        }
        return all;
    }

    /** A chain step without its depth: what is stated once. */
    private record StepKey(String kind, String id, String relation, List<String> sites, LocalizedText text) {
    }

    /** The index of {@code t} among {@code texts}, added if new (one look-up either way); -1 for null. */
    private static int index(LocalizedText t, Map<LocalizedText, Integer> index, List<LocalizedText> texts) {
        if (t == null) {
            return -1;
        }
        Integer at = index.putIfAbsent(t, texts.size());
        if (at != null) {
            return at;
        }
        texts.add(t);
        return texts.size() - 1;
    }

    /** A text's index as {@link #index} gave it: a number, or null for -1. */
    private static void writeIndex(JsonGenerator g, int index) throws IOException {
        if (index < 0) {
            g.writeNull();
        } else {
            g.writeNumber(index);
        }
    }

    // ---------------------------------------------------------------- reading

    /** The whole report in memory (either form). */
    public static ReportView read(ObjectMapper json, InputStream in) {
        List<FindingView> findings = new ArrayList<>();
        Parts parts = stream(json, in, findings::add);
        return new ReportView(parts.policy(), parts.summary(), findings, parts.scenarios(), parts.facilities());
    }

    /** The whole report in memory (either form), from its text. */
    public static ReportView read(ObjectMapper json, String text) {
        return read(json, new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /**
     * Reads a stored report (either form) as a stream: gives {@code each} finding in report order, one at a time (none
     * when {@code each} is null), and returns the rest. A 100,000-component report is never held whole.
     */
    public static Parts stream(ObjectMapper json, InputStream in, Consumer<FindingView> each) {
        try (JsonParser p = json.getFactory().createParser(in)) {
            Head head = head(json, p);
            if (each == null) {
                if (head.findingsNext) {
                    p.skipChildren();
                    head.rest(json, p);
                }
            } else if (head.stored) {
                if (head.findingsNext) {
                    Decoder d = new Decoder(head);
                    for (FindingView f; (f = d.next(p)) != null; ) {
                        each.accept(f);
                    }
                    head.rest(json, p);
                }
            } else if (head.findingsNext) {
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    each.accept(json.readValue(p, FindingView.class));
                }
                head.rest(json, p);
            }
            return head.parts();
        } catch (IOException e) {
            throw new UncheckedIOException("the stored report does not read", e);
        }
    }

    /** Everything but the findings of a stored report (either form), which are skipped unread. */
    public static Parts parts(ObjectMapper json, String text) {
        return stream(json, new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), null);
    }

    /**
     * Writes the full report (the JSON of {@link ReportView}, both languages, every chain) of a stored report to
     * {@code out}: a full one is copied as it is; the stored form is expanded one finding at a time, so a 190 MB report
     * is never held whole.
     */
    public static void expand(ObjectMapper json, InputStream in, OutputStream out) throws IOException {
        java.io.PushbackInputStream peek = new java.io.PushbackInputStream(in, 64);
        byte[] start = peek.readNBytes(64);
        peek.unread(start);
        String opening = new String(start, java.nio.charset.StandardCharsets.UTF_8);
        if (!opening.matches("(?s)\\s*\\{\\s*\"form\".*")) {
            peek.transferTo(out);
            return;
        }
        try (JsonParser p = json.getFactory().createParser(peek)) {
            Head head = head(json, p);
            List<FindingView> findings = head.findingsNext ? new Streamed(new Decoder(head), p, head.count) : null;
            OutputStream kept = new java.io.FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush(); // the caller closes its stream
                }
            };
            json.writeValue(kept, new ReportView(head.policy, head.summary, findings, head.scenarios, head.facilities));
        }
    }

    /** Everything before the findings; the parser is then at the {@code findings} array's start when {@code findingsNext}. */
    private static final class Head {
        boolean stored;
        boolean findingsNext;
        PolicyRef policy;
        Map<String, Integer> summary;
        List<ScenarioSummary> scenarios;
        List<FacilityView> facilities;
        List<LocalizedText> texts = List.of();
        List<Object[]> steps = List.of();
        int count = -1;

        Parts parts() {
            return new Parts(policy, summary == null ? Map.of() : summary, scenarios == null ? List.of() : scenarios,
                    facilities);
        }

        /** Reads the fields after the findings (a full report has the scenarios and facilities there). */
        void rest(ObjectMapper json, JsonParser p) throws IOException {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                field(json, p, p.currentName(), p.nextToken());
            }
        }

        /** Reads one field's value; false for {@code findings}, which is left to the caller. */
        boolean field(ObjectMapper json, JsonParser p, String name, JsonToken value) throws IOException {
            if (value == JsonToken.VALUE_NULL) {
                return true;
            }
            switch (name) {
                case "form" -> stored = FORM.equals(p.getText());
                case "policy" -> policy = json.readValue(p, PolicyRef.class);
                case "summary" -> summary = json.readValue(p, new TypeReference<LinkedHashMap<String, Integer>>() { });
                case "scenarios" -> scenarios = json.readValue(p, new TypeReference<List<ScenarioSummary>>() { });
                case "facilities" -> facilities = json.readValue(p, new TypeReference<List<FacilityView>>() { });
                case "outcomes" -> {
                    List<List<ServiceOutcome>> outcomes = outcomes(json, p);
                    List<ScenarioSummary> merged = new ArrayList<>(scenarios.size());
                    for (int i = 0; i < scenarios.size(); i++) {
                        ScenarioSummary s = scenarios.get(i);
                        merged.add(s.withServices(outcomes.get(i)));
                    }
                    scenarios = merged;
                }
                case "texts" -> texts = texts(p);
                case "steps" -> steps = steps(p);
                case "count" -> count = p.getIntValue();
                case "findings" -> {
                    if (value != JsonToken.START_ARRAY) {
                        throw new IOException("findings is not a list");
                    }
                    return false;
                }
                default -> p.skipChildren();
            }
            return true;
        }
    }

    private static Head head(ObjectMapper json, JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new IOException("a stored report is a JSON object");
        }
        Head head = new Head();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            if (!head.field(json, p, p.currentName(), p.nextToken())) {
                head.findingsNext = true;
                return head;
            }
        }
        return head;
    }

    private static List<LocalizedText> texts(JsonParser p) throws IOException {
        List<LocalizedText> texts = new ArrayList<>();
        while (p.nextToken() == JsonToken.START_ARRAY) {
            String ko = string(p);
            String en = string(p);
            end(p);
            texts.add(new LocalizedText(ko, en));
        }
        return texts;
    }

    /** Each step as {kind, id, relation, sites, text index or null}. */
    private static List<Object[]> steps(JsonParser p) throws IOException {
        List<Object[]> steps = new ArrayList<>();
        while (p.nextToken() == JsonToken.START_ARRAY) {
            String kind = string(p);
            String id = string(p);
            String relation = string(p);
            List<String> sites = new ArrayList<>();
            expect(p, JsonToken.START_ARRAY);
            while (p.nextToken() != JsonToken.END_ARRAY) {
                sites.add(p.getValueAsString());
            }
            Integer text = index(p);
            end(p);
            steps.add(new Object[] {kind, id, relation, List.copyOf(sites), text});
        }
        return steps;
    }

    /** Turns the findings of the stored form back into {@link FindingView}s, sharing the texts and sites. */
    private static final class Decoder {
        private final List<LocalizedText> texts;
        private final List<Object[]> steps;

        Decoder(Head head) {
            this.texts = head.texts;
            this.steps = head.steps;
        }

        /** The next finding, or null after the last (the parser then past the findings' end). */
        FindingView next(JsonParser p) throws IOException {
            JsonToken t = p.nextToken();
            if (t == JsonToken.END_ARRAY) {
                return null;
            }
            if (t != JsonToken.START_ARRAY) {
                throw new IOException("a stored finding is a list");
            }
            String rule = string(p);
            String severity = string(p);
            Subject subject = null;
            if (p.nextToken() == JsonToken.START_ARRAY) {
                String kind = string(p);
                String id = string(p);
                end(p);
                subject = new Subject(kind, id);
            }
            String scenario = string(p);
            LocalizedText message = text(index(p));
            LocalizedText basis = text(index(p));
            LocalizedText remedy = text(index(p));
            Long usersLost = p.nextToken() == JsonToken.VALUE_NULL ? null : p.getLongValue();
            List<ChainStep> chain = null;
            if (p.nextToken() == JsonToken.START_ARRAY) {
                chain = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    int depth = p.getIntValue();
                    p.nextToken();
                    Object[] s = steps.get(p.getIntValue());
                    @SuppressWarnings("unchecked")
                    List<String> sites = (List<String>) s[3];
                    chain.add(new ChainStep(depth, (String) s[0], (String) s[1], (String) s[2], sites, text((Integer) s[4])));
                }
            }
            end(p);
            return new FindingView(rule, severity, subject, scenario, message, chain, basis, remedy, usersLost);
        }

        private LocalizedText text(Integer index) {
            return index == null ? null : texts.get(index);
        }
    }

    /** The findings of a stored-form report as a list read once, front to back, while Jackson writes the full report. */
    private static final class Streamed extends AbstractSequentialList<FindingView> {
        private final Decoder decoder;
        private final JsonParser parser;
        private final int size;
        private boolean used;

        Streamed(Decoder decoder, JsonParser parser, int size) {
            this.decoder = decoder;
            this.parser = parser;
            this.size = size;
        }

        @Override
        public int size() {
            if (size < 0) {
                throw new UnsupportedOperationException("the stored report does not say how many findings it has");
            }
            return size;
        }

        @Override
        public boolean isEmpty() {
            return size == 0;
        }

        @Override
        public java.util.Iterator<FindingView> iterator() {
            if (used) {
                throw new IllegalStateException("the findings of a stored report are read once");
            }
            used = true;
            return new java.util.Iterator<>() {
                private FindingView next = advance();

                private FindingView advance() {
                    try {
                        return decoder.next(parser);
                    } catch (IOException e) {
                        throw new UncheckedIOException("the stored report does not read", e);
                    }
                }

                @Override
                public boolean hasNext() {
                    return next != null;
                }

                @Override
                public FindingView next() {
                    if (next == null) {
                        throw new NoSuchElementException();
                    }
                    FindingView f = next;
                    next = advance();
                    return f;
                }
            };
        }

        @Override
        public ListIterator<FindingView> listIterator(int index) {
            throw new UnsupportedOperationException("the findings of a stored report are read front to back");
        }
    }

    private static String string(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.VALUE_STRING) {
            throw new IOException("a string was expected, not " + t);
        }
        return p.getText();
    }

    private static Integer index(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        return t == JsonToken.VALUE_NULL ? null : p.getIntValue();
    }

    private static void expect(JsonParser p, JsonToken token) throws IOException {
        if (p.nextToken() != token) {
            throw new IOException(token + " was expected");
        }
    }

    private static void end(JsonParser p) throws IOException {
        expect(p, JsonToken.END_ARRAY);
    }
}
