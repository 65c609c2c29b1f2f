package io.factdeck.questionbank;

import java.util.List;

/**
 * Writes questions as RFC 4180 CSV (CRLF line ends, fields quoted when they hold a comma, quote or line break,
 * quotes doubled), one row per question under a header row. List fields (options, accept, items, facts, tags) are
 * joined with {@value #LIST_SEPARATOR}.
 */
public final class CsvExporter {

    public static final String LIST_SEPARATOR = " | ";

    static final List<String> HEADER =
            List.of("id", "kind", "prompt", "answer", "options", "accept", "items", "facts", "explanation", "tags");

    private CsvExporter() {}

    public static String export(List<Question> questions) {
        StringBuilder out = new StringBuilder();
        row(out, HEADER);
        for (Question q : questions) {
            row(
                    out,
                    List.of(
                            q.id(),
                            q.kind().yamlName(),
                            q.prompt(),
                            q.answer(),
                            String.join(LIST_SEPARATOR, q.options()),
                            String.join(LIST_SEPARATOR, q.accept()),
                            String.join(LIST_SEPARATOR, q.items()),
                            String.join(LIST_SEPARATOR, q.facts()),
                            q.explanation(),
                            String.join(LIST_SEPARATOR, q.tags())));
        }
        return out.toString();
    }

    private static void row(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
    }

    static String field(String value) {
        boolean quote = value.indexOf(',') >= 0
                || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
