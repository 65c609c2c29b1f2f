package io.factdeck.questionbank;

import java.util.List;

/**
 * Writes questions as Moodle XML ({@code <quiz>}): {@code multichoice} (single answer, fractions 100 and 0) for
 * when/who/which and imported choice questions, {@code truefalse}, {@code shortanswer} for cloze and short answer,
 * and {@code matching} of events to positions for order questions (matching imports into every Moodle version;
 * the ordering type is not in all of them). A category question first puts everything under the bank's title.
 * Question and feedback texts are HTML inside CDATA; every other text is XML-escaped.
 */
public final class MoodleXmlExporter {

    private MoodleXmlExporter() {}

    public static String export(BankInfo info, List<Question> questions) {
        StringBuilder out = new StringBuilder();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
        out.append("  <question type=\"category\">\n");
        out.append("    <category><text>")
                .append(xml("$course$/top/" + info.title().replace("/", "-")))
                .append("</text></category>\n");
        out.append("  </question>\n");
        for (Question q : questions) {
            switch (q.kind()) {
                case TRUE_FALSE -> trueFalse(out, q);
                case CLOZE, SHORT_ANSWER -> shortAnswer(out, q);
                case ORDER -> matching(out, q);
                default -> multichoice(out, q);
            }
        }
        out.append("</quiz>\n");
        return out.toString();
    }

    private static void start(StringBuilder out, Question q, String type) {
        out.append("  <question type=\"").append(type).append("\">\n");
        out.append("    <name><text>").append(xml(q.id())).append("</text></name>\n");
        out.append("    <questiontext format=\"html\"><text>")
                .append(cdata(paragraph(q.prompt())))
                .append("</text></questiontext>\n");
        out.append("    <generalfeedback format=\"html\"><text>")
                .append(q.explanation().isBlank() ? "" : cdata(paragraph(q.explanation())))
                .append("</text></generalfeedback>\n");
        out.append("    <defaultgrade>1</defaultgrade>\n");
        out.append("    <penalty>0.3333333</penalty>\n");
        out.append("    <hidden>0</hidden>\n");
        out.append("    <idnumber>").append(xml(q.id())).append("</idnumber>\n");
    }

    private static void end(StringBuilder out, Question q) {
        if (!q.tags().isEmpty()) {
            out.append("    <tags>\n");
            for (String tag : q.tags()) {
                out.append("      <tag><text>").append(xml(tag)).append("</text></tag>\n");
            }
            out.append("    </tags>\n");
        }
        out.append("  </question>\n");
    }

    private static void multichoice(StringBuilder out, Question q) {
        start(out, q, "multichoice");
        out.append("    <single>true</single>\n");
        // dates are listed in time order on purpose; names may be shuffled
        out.append("    <shuffleanswers>")
                .append(q.kind() == QuestionKind.WHEN ? "false" : "true")
                .append("</shuffleanswers>\n");
        out.append("    <answernumbering>abc</answernumbering>\n");
        for (String option : q.options()) {
            out.append("    <answer fraction=\"")
                    .append(option.equals(q.answer()) ? "100" : "0")
                    .append("\" format=\"html\"><text>")
                    .append(cdata(escapeHtml(option)))
                    .append("</text><feedback format=\"html\"><text></text></feedback></answer>\n");
        }
        end(out, q);
    }

    private static void trueFalse(StringBuilder out, Question q) {
        start(out, q, "truefalse");
        boolean truth = Question.TRUE.equals(q.answer());
        out.append("    <answer fraction=\"")
                .append(truth ? "100" : "0")
                .append(
                        "\" format=\"moodle_auto_format\"><text>true</text><feedback format=\"html\"><text></text></feedback></answer>\n");
        out.append("    <answer fraction=\"")
                .append(truth ? "0" : "100")
                .append(
                        "\" format=\"moodle_auto_format\"><text>false</text><feedback format=\"html\"><text></text></feedback></answer>\n");
        end(out, q);
    }

    private static void shortAnswer(StringBuilder out, Question q) {
        start(out, q, "shortanswer");
        out.append("    <usecase>0</usecase>\n");
        for (String answer : BankFiles.distinct(concat(q.answer(), q.accept()))) {
            out.append("    <answer fraction=\"100\" format=\"moodle_auto_format\"><text>")
                    .append(xml(answer))
                    .append("</text><feedback format=\"html\"><text></text></feedback></answer>\n");
        }
        end(out, q);
    }

    private static void matching(StringBuilder out, Question q) {
        start(out, q, "matching");
        out.append("    <shuffleanswers>true</shuffleanswers>\n");
        for (String item : q.shuffledItems()) {
            int position = q.items().indexOf(item) + 1;
            out.append("    <subquestion format=\"html\"><text>")
                    .append(cdata(escapeHtml(item)))
                    .append("</text><answer><text>")
                    .append(FactDate.ordinal(position))
                    .append("</text></answer></subquestion>\n");
        }
        end(out, q);
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new java.util.ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static String paragraph(String text) {
        return "<p>" + escapeHtml(text).replace("\n", "<br>") + "</p>";
    }

    static String escapeHtml(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    /** A CDATA section; a {@code ]]>} inside is split across two sections. */
    static String cdata(String text) {
        return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }

    /** Escapes text for an XML element; characters XML 1.0 forbids are dropped. */
    static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c == 0x9
                            || c == 0xA
                            || c == 0xD
                            || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD)
                            || c >= 0x10000) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
