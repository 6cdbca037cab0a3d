package kr.drregistry.export;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import kr.drregistry.rules.LocalizedText;

/**
 * A view of the registry as a document that {@link TableExports} writes as CSV and as PDF: a title, an optional
 * status banner (the review status, prominent, as the version PDF shows it), facts (what was filtered, when), notes
 * (e.g. that rows were capped) and one or more tables. The CSV is the table named by {@link #csv()} (the first one
 * unless a CSV-only table is set). A status column becomes three CSV columns (code, Korean, English) so a spreadsheet can
 * filter on the code and a person reads the words.
 *
 * <p>Adding a view: build one with {@link #builder}, add a table with columns and rows, and hand it to
 * {@code TableExports.csv(doc)} / {@code pdf(doc)} from two endpoints.
 *
 * @param fileBase    ASCII file name without extension
 * @param subjectType what the audit trail records as read ({@code review-queue}, {@code sector}, {@code filing})
 * @param subjectId   which one (a filing id; a filter string; null)
 */
public record ExportDocument(String fileBase, String subjectType, String subjectId, LocalizedText title, LocalizedText subtitle,
                             Banner banner, List<Fact> facts, List<LocalizedText> notes, List<Table> tables, Table csvTable,
                             Instant generatedAt) {

    private static final DateTimeFormatter SEOUL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'KST'")
            .withZone(ZoneId.of("Asia/Seoul"));

    /** Korean time, as people read it ({@code 2026-11-26 21:39 KST}); empty for null. */
    public static String seoul(Instant at) {
        return at == null ? "" : SEOUL.format(at);
    }

    /** The table the CSV is made of: its own when set, else the first. */
    public Table csv() {
        return csvTable != null ? csvTable : tables.get(0);
    }

    /** The review status, shown large at the top of the PDF ({@code code}: a {@code VersionStatus.Kind} code). */
    public record Banner(String code, LocalizedText status, LocalizedText explanation, boolean accepted) {
    }

    public record Fact(LocalizedText label, String value) {
    }

    public enum Kind {
        TEXT, NUMBER, STATUS
    }

    /** A column: its CSV header (stable, English), its label for people, and its kind. */
    public record Column(String csvHeader, LocalizedText label, Kind kind) {
        public static Column text(String csvHeader, String ko, String en) {
            return new Column(csvHeader, new LocalizedText(ko, en), Kind.TEXT);
        }

        public static Column number(String csvHeader, String ko, String en) {
            return new Column(csvHeader, new LocalizedText(ko, en), Kind.NUMBER);
        }

        public static Column status(String csvHeader, String ko, String en) {
            return new Column(csvHeader, new LocalizedText(ko, en), Kind.STATUS);
        }

        public boolean status() {
            return kind == Kind.STATUS;
        }

        public boolean number() {
            return kind == Kind.NUMBER;
        }
    }

    /**
     * One cell: text, optionally with an English line under it (shown smaller in the PDF, after " / " in the CSV),
     * and a code (a status code; the CSV writes it in a column of its own).
     */
    public record Cell(String text, String en, String code) {
        public static Cell of(Object value) {
            return new Cell(value == null ? "" : value.toString(), null, null);
        }

        public static Cell localized(LocalizedText t) {
            return t == null ? of(null) : new Cell(t.ko(), t.en(), null);
        }

        public static Cell status(String code, LocalizedText words) {
            return new Cell(words.ko(), words.en(), code);
        }

        public boolean hasEn() {
            return en != null && !en.isEmpty() && !en.equals(text);
        }
    }

    /** A row; {@code statusCode} lets the PDF mark rows that are not accepted. */
    public record Row(List<Cell> cells, String statusCode) {
    }

    public record Table(LocalizedText heading, List<Column> columns, List<Row> rows, LocalizedText empty) {
        /** The CSV header: a status column is three (code, Korean, English). */
        public List<String> csvHeader() {
            List<String> h = new ArrayList<>();
            for (Column c : columns) {
                if (c.status()) {
                    h.add(c.csvHeader());
                    h.add(c.csvHeader() + " (ko)");
                    h.add(c.csvHeader() + " (en)");
                } else {
                    h.add(c.csvHeader());
                }
            }
            return h;
        }

        public List<List<String>> csvRows() {
            List<List<String>> out = new ArrayList<>(rows.size());
            for (Row r : rows) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < columns.size(); i++) {
                    Cell c = i < r.cells().size() ? r.cells().get(i) : Cell.of(null);
                    if (columns.get(i).status()) {
                        cells.add(c.code() == null ? "" : c.code());
                        cells.add(c.text());
                        cells.add(c.en() == null ? "" : c.en());
                    } else {
                        cells.add(c.hasEn() ? c.text() + " / " + c.en() : c.text());
                    }
                }
                out.add(cells);
            }
            return out;
        }
    }

    public static Builder builder(String fileBase, String subjectType, String subjectId, LocalizedText title) {
        return new Builder(fileBase, subjectType, subjectId, title);
    }

    /** Builds a document step by step; tables are built with {@link TableBuilder}. */
    public static final class Builder {
        private final String fileBase;
        private final String subjectType;
        private final String subjectId;
        private final LocalizedText title;
        private LocalizedText subtitle;
        private Banner banner;
        private final List<Fact> facts = new ArrayList<>();
        private final List<LocalizedText> notes = new ArrayList<>();
        private final List<Table> tables = new ArrayList<>();
        private Table csvTable;

        private Builder(String fileBase, String subjectType, String subjectId, LocalizedText title) {
            this.fileBase = fileBase.replaceAll("[^A-Za-z0-9._-]", "_");
            this.subjectType = subjectType;
            this.subjectId = subjectId;
            this.title = title;
        }

        public Builder subtitle(LocalizedText s) {
            subtitle = s;
            return this;
        }

        public Builder banner(Banner b) {
            banner = b;
            return this;
        }

        public Builder fact(String ko, String en, String value) {
            facts.add(new Fact(new LocalizedText(ko, en), value));
            return this;
        }

        public Builder note(LocalizedText note) {
            notes.add(note);
            return this;
        }

        public Builder table(Table t) {
            tables.add(t);
            return this;
        }

        /** A table for the CSV only (when the PDF shows several tables that the CSV joins into one). */
        public Builder csvTable(Table t) {
            csvTable = t;
            return this;
        }

        /** The document, stamped as made at {@code generatedAt} (the application's clock). */
        public ExportDocument build(Instant generatedAt) {
            if (tables.isEmpty()) {
                throw new IllegalStateException("an export needs a table");
            }
            return new ExportDocument(fileBase, subjectType, subjectId, title, subtitle, banner, List.copyOf(facts),
                    List.copyOf(notes), List.copyOf(tables), csvTable, generatedAt);
        }
    }

    /** Builds a table row by row: {@code new TableBuilder(heading).col(...).row(statusCode, cells...)}. */
    public static final class TableBuilder {
        private final LocalizedText heading;
        private final List<Column> columns = new ArrayList<>();
        private final List<Row> rows = new ArrayList<>();
        private LocalizedText empty;

        public TableBuilder(LocalizedText heading) {
            this.heading = heading;
        }

        public TableBuilder col(Column c) {
            columns.add(c);
            return this;
        }

        public TableBuilder empty(LocalizedText e) {
            empty = e;
            return this;
        }

        /** A row; plain values become text cells, {@link Cell}s stay as they are. */
        public TableBuilder row(String statusCode, Object... cells) {
            if (cells.length != columns.size()) {
                throw new IllegalArgumentException(cells.length + " cells for " + columns.size() + " columns");
            }
            List<Cell> list = new ArrayList<>(cells.length);
            for (Object c : cells) {
                list.add(c instanceof Cell cell ? cell : c instanceof LocalizedText t ? Cell.localized(t) : Cell.of(c));
            }
            rows.add(new Row(list, statusCode == null ? null : statusCode.toLowerCase(Locale.ROOT)));
            return this;
        }

        public int size() {
            return rows.size();
        }

        public Table build() {
            return new Table(heading, List.copyOf(columns), List.copyOf(rows), empty);
        }
    }
}
