package io.factdeck.questionbank;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes an Anki text import file (Anki 2.1.55 or later): tab-separated, HTML fields, one note per question. Cloze
 * questions become notes of Anki's Cloze type with the answer as {@code {{c1::...}}}; the others are Basic notes
 * whose back holds the answer and the explanation. The question id, prefixed with the bank id, is the note's GUID,
 * so importing a regenerated bank updates notes in place instead of duplicating them.
 */
public final class AnkiExporter {

    /** The columns, in order; the header lines name them. */
    static final List<String> COLUMNS = List.of("Notetype", "GUID", "Front", "Back", "Tags");

    private AnkiExporter() {}

    public static String export(BankInfo info, List<Question> questions) {
        StringBuilder out = new StringBuilder();
        out.append("#separator:tab\n");
        out.append("#html:true\n");
        out.append("#notetype column:1\n");
        out.append("#guid column:2\n");
        out.append("#deck:")
                .append(info.title().replace("\n", " ").replace("\t", " "))
                .append('\n');
        out.append("#columns:").append(String.join("\t", COLUMNS)).append('\n');
        out.append("#tags column:5\n");
        for (Question q : questions) {
            List<String> fields = new ArrayList<>();
            if (q.kind() == QuestionKind.CLOZE && q.prompt().contains(Question.BLANK)) {
                fields.add("Cloze");
                fields.add(guid(info, q));
                int blank = q.prompt().indexOf(Question.BLANK);
                String after = q.prompt().substring(blank + Question.BLANK.length());
                // "_____ (month and year)": the card's hint, which Anki shows in the blank
                Matcher hint = HINT.matcher(after);
                String cloze = hint.lookingAt()
                        ? "{{c1::" + clozeSafe(html(q.answer())) + "::" + clozeSafe(html(hint.group(1))) + "}}"
                        : "{{c1::" + clozeSafe(html(q.answer())) + "}}";
                fields.add(html(q.prompt().substring(0, blank))
                        + cloze
                        + html(hint.lookingAt() ? after.substring(hint.end()) : after));
                fields.add(html(q.back() != null ? q.back() : q.explanation()));
            } else {
                fields.add("Basic");
                fields.add(guid(info, q));
                fields.add(front(q));
                fields.add("<b>" + html(q.answer()) + "</b>"
                        + (q.explanation().isBlank() ? "" : "<br><br>" + html(q.explanation())));
            }
            List<String> tags = new ArrayList<>(q.tags());
            tags.add(q.kind().yamlName());
            fields.add(String.join(" ", tags));
            out.append(String.join("\t", fields)).append('\n');
        }
        return out.toString();
    }

    private static String front(Question q) {
        StringBuilder front = new StringBuilder(html(q.prompt()));
        List<String> list = q.kind() == QuestionKind.ORDER ? q.shuffledItems() : List.of();
        if (!list.isEmpty()) {
            front.append("<ul>");
            list.forEach(item -> front.append("<li>").append(html(item)).append("</li>"));
            front.append("</ul>");
        }
        return front.toString();
    }

    private static String guid(BankInfo info, Question q) {
        return "factdeck:" + info.id() + ":" + q.id();
    }

    /** HTML-escapes a field; tabs and newlines, which would break the row, become a space and {@code <br>}. */
    static String html(String text) {
        return MoodleXmlExporter.escapeHtml(text)
                .replace("\t", " ")
                .replace("\r\n", "<br>")
                .replace("\n", "<br>")
                .replace("\r", "<br>");
    }

    /** "::" and "}}" would end the cloze or start a hint; an entity for the colon or brace keeps them literal. */
    private static final Pattern HINT = Pattern.compile(" \\(([^()]+)\\)");

    private static String clozeSafe(String text) {
        return text.replace("::", ":&#58;").replace("}}", "}&#125;");
    }
}
