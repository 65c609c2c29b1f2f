package io.factdeck.practice;

import java.util.List;

/**
 * Everything the practice page shows for one question.
 *
 * @param mode how it is answered: {@code flashcard}, {@code choice}, {@code typed} or {@code order}
 * @param version the card version the answer form carries (0 for a question never answered)
 * @param shownAt when the page was rendered, epoch milliseconds; the answer's time taken starts here
 * @param otherMode the mode a student may switch to ({@code typed} or {@code choice}), or null
 */
public record CardPage(
        long sessionId,
        String sessionTitle,
        int answered,
        long questionId,
        String kind,
        String kindLabel,
        String source,
        String prompt,
        String mode,
        List<Option> options,
        List<Item> items,
        String back,
        boolean revealed,
        List<Grade> grades,
        int version,
        long shownAt,
        String otherMode,
        String gradingHelp,
        String error) {

    /** A multiple-choice option with its keyboard number. */
    public record Option(int number, String text) {}

    /** An event to put in order, with the position currently chosen and all positions offered. */
    public record Item(int index, String text, int position, List<Integer> positions) {}

    /** A flashcard button: its number, its name and the interval it gives. */
    public record Grade(int value, String name, String interval) {}

    public boolean isFlashcard() {
        return "flashcard".equals(mode);
    }

    public boolean isChoice() {
        return "choice".equals(mode);
    }

    public boolean isTyped() {
        return "typed".equals(mode);
    }

    public boolean isOrder() {
        return "order".equals(mode);
    }
}
