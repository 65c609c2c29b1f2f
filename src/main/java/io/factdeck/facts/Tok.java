package io.factdeck.facts;

import java.util.Locale;

/** A word or a punctuation mark of a sentence, with its offsets. */
record Tok(String text, int start, int end) {
    boolean word() {
        return Character.isLetterOrDigit(text.charAt(0));
    }

    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }
}
