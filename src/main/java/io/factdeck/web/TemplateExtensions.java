package io.factdeck.web;

import io.quarkus.qute.TemplateExtension;

/** Words for codes, usable in every template: {@code {q.kind.kindLabel}}, {@code {tag.tagLabel}}. */
@TemplateExtension
public class TemplateExtensions {

    private TemplateExtensions() {}

    /** A question kind as people say it: {@code which-agreement} is "Which agreement?". */
    public static String kindLabel(String kind) {
        return switch (kind) {
            case "when" -> "When?";
            case "who" -> "Who?";
            case "which-agreement" -> "Which agreement?";
            case "which-organization" -> "Which organization?";
            case "order" -> "Put in order";
            case "true-false" -> "True or false?";
            case "cloze" -> "Flashcard";
            case "choice" -> "Choose the answer";
            case "short-answer" -> "Type the answer";
            default -> kind;
        };
    }

    /** A topic tag as words: {@code council-for-mutual-economic-assistance} reads with spaces. */
    public static String tagLabel(String tag) {
        return tag.replace('-', ' ');
    }

    /** A decade tag's span: {@code 1990} is "1990–1999". */
    public static String decadeLabel(Integer decade) {
        return decade + "–" + (decade + 9);
    }
}
