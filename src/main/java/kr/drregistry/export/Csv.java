package kr.drregistry.export;

import java.util.List;

/**
 * CSV for spreadsheets, shared by every export: UTF-8 with a byte-order mark (so that Excel reads Korean
 * correctly), RFC 4180 quoting and CRLF line ends. Cells that a spreadsheet would run as a formula (starting with
 * {@code = + - @}, a tab or a carriage return) are prefixed with an apostrophe.
 */
public final class Csv {
    public static final String BOM = "\uFEFF";

    private Csv() {
    }

    /** A whole file: the byte-order mark, the header row, then the rows. */
    public static String write(List<String> header, List<? extends List<String>> rows) {
        StringBuilder out = new StringBuilder(BOM);
        row(out, header);
        rows.forEach(r -> row(out, r));
        return out.toString();
    }

    /** Appends one row (cells joined with commas, CRLF). */
    public static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    /** One cell: defused if it would be read as a formula, quoted when it holds a comma, quote or line break. */
    public static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
