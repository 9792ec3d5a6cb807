package de.tenor.web;

import de.tenor.search.SearchHit;
import java.util.List;

/**
 * The result list as CSV for spreadsheets: UTF-8 with a byte order mark (so Excel shows umlauts),
 * semicolons between fields (what Excel with German settings expects), CRLF line ends and
 * RFC 4180 quoting. A field that starts with {@code = + - @} gets a leading {@code '}, so a
 * crawled title cannot become a spreadsheet formula. When the export is capped, a last line
 * starting with {@code #} says so. Stateless.
 */
final class CsvExport {

    static final String BOM = "\uFEFF";
    static final char SEPARATOR = ';';
    static final List<String> HEADER = DocumentView.CSV;

    private CsvExport() {
    }

    static String write(ExportRows rows, String baseUrl) {
        StringBuilder out = new StringBuilder(BOM);
        line(out, HEADER);
        for (SearchHit hit : rows.hits()) {
            line(out, DocumentView.cells(hit, HEADER, baseUrl));
        }
        if (rows.capped()) {
            out.append("# ").append(rows.capNote().replace(String.valueOf(SEPARATOR), ",")).append("\r\n");
        }
        return out.toString();
    }

    /** German spreadsheets read "7,5" as a number; "7.5" would become a date or text. */
    static String number(Double v) {
        if (v == null) {
            return null;
        }
        return v == Math.rint(v) ? Long.toString(v.longValue()) : String.format(java.util.Locale.GERMANY, "%.2f", v)
                .replaceAll(",?0+$", "");
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(SEPARATOR);
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(SEPARATOR) >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
