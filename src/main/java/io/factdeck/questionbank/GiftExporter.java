package io.factdeck.questionbank;

import java.util.List;
import java.util.Locale;

/**
 * Writes questions in Moodle's GIFT format: multiple choice for when/who/which, true-false, short answer (missing
 * word) for cloze, and matching to positions for order questions. Every question is titled {@code ::id::} and
 * preceded by Moodle's {@code // [id:...] [tag:...]} comment and a {@code // factdeck:} comment that
 * {@link GiftParser} reads back (kind and facts), so an export imports again without loss of what GIFT can carry.
 */
public final class GiftExporter {

    private GiftExporter() {}

    public static String export(BankInfo info, List<Question> questions) {
        StringBuilder out = new StringBuilder();
        out.append("// ").append(info.title().replace("\n", " ")).append('\n');
        out.append("$CATEGORY: $course$/")
                .append(info.title().replace("/", "-").replace("\n", " "))
                .append("\n\n");
        for (Question q : questions) {
            out.append("// [id:").append(q.id()).append(']');
            q.tags().forEach(tag -> out.append(" [tag:").append(tag).append(']'));
            out.append('\n');
            out.append("// factdeck: kind=").append(q.kind().yamlName());
            if (!q.facts().isEmpty()) {
                out.append(" facts=").append(String.join(",", q.facts()));
            }
            out.append('\n');
            out.append("::").append(escape(q.id())).append("::");
            switch (q.kind()) {
                case TRUE_FALSE ->
                    out.append(escape(q.prompt()))
                            .append(" {")
                            .append(Question.TRUE.equals(q.answer()) ? "TRUE" : "FALSE")
                            .append(feedback(q))
                            .append('}');
                case CLOZE, SHORT_ANSWER -> shortAnswer(out, q);
                case ORDER -> {
                    out.append(escape(q.prompt())).append(" {\n");
                    List<String> shown = q.shuffledItems();
                    for (String item : shown) {
                        int position = q.items().indexOf(item) + 1;
                        out.append("  =")
                                .append(escape(item))
                                .append(" -> ")
                                .append(FactDate.ordinal(position))
                                .append('\n');
                    }
                    out.append(feedback(q).isEmpty() ? "" : "  " + feedback(q) + "\n")
                            .append('}');
                }
                default -> {
                    out.append(escape(q.prompt())).append(" {\n");
                    for (String option : q.options()) {
                        out.append("  ")
                                .append(option.equals(q.answer()) ? '=' : '~')
                                .append(escape(option))
                                .append('\n');
                    }
                    out.append(feedback(q).isEmpty() ? "" : "  " + feedback(q) + "\n")
                            .append('}');
                }
            }
            out.append("\n\n");
        }
        return out.toString();
    }

    private static void shortAnswer(StringBuilder out, Question q) {
        StringBuilder answers = new StringBuilder("{");
        answers.append('=').append(escape(q.answer()));
        for (String variant : q.accept()) {
            answers.append(" =").append(escape(variant));
        }
        answers.append(feedback(q)).append('}');
        int blank = q.prompt().indexOf(Question.BLANK);
        if (blank >= 0) {
            // the missing-word form: Moodle shows a blank where the braces stand
            out.append(escape(q.prompt().substring(0, blank)))
                    .append(answers)
                    .append(escape(q.prompt().substring(blank + Question.BLANK.length())));
        } else {
            out.append(escape(q.prompt())).append(' ').append(answers);
        }
    }

    private static String feedback(Question q) {
        return q.explanation().isBlank() ? "" : "####" + escape(q.explanation());
    }

    /** Escapes GIFT's special characters {@code ~ = # { } :} and the backslash; newlines become {@code \n}. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '~', '=', '#', '{', '}', ':' -> out.append('\\').append(c);
                case '\n' -> out.append("\\n");
                case '\r' -> {}
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String slug(String text) {
        return English.slug(text.toLowerCase(Locale.ROOT));
    }
}
