package io.factdeck.facts;

/**
 * A time expression found in a sentence, normalised.
 *
 * @param start offset of the first character in the sentence
 * @param end offset after the last character
 * @param text the expression as written
 * @param type what form it has
 * @param value ISO 8601 at reduced precision, a decade ({@code 1980s}), a century ({@code 16XX}), a range
 *     ({@code 1954/1975}); null while a relative or year-less expression is unresolved
 * @param firstYear first year covered, or 0 when not known yet
 * @param lastYear last year covered, or 0 when not known yet
 * @param note how the value was read when that is not obvious, or null
 */
public record TimeExpression(
        int start, int end, String text, Type type, String value, int firstYear, int lastYear, String note) {

    /** The forms of time expression the extractor knows. */
    public enum Type {
        /** a full date, a month and year, or a year */
        DATE,
        /** two dates or years joined ({@code 1954-75}, {@code from 1976 to 1978}) */
        RANGE,
        /** {@code the 1980s} */
        DECADE,
        /** {@code the early 17th century} */
        CENTURY,
        /** a month and day or a month alone, whose year comes from the context */
        YEARLESS,
        /**
         * {@code two years later}, {@code the following month}, {@code on the same day}, {@code since then},
         * {@code in less than four years}
         */
        RELATIVE,
        /** {@code the 10th Party Congress}: dated only where its own document dates that congress */
        CONGRESS,
        /** {@code the National Conference on Foreign Affairs}: a named meeting its own document dates elsewhere */
        MEETING
    }

    /** Whether the expression is a meeting named in the sentence (a congress or another meeting), not a date. */
    boolean meeting() {
        return type == Type.CONGRESS || type == Type.MEETING;
    }

    public boolean resolved() {
        return value != null;
    }

    TimeExpression withValue(String newValue, int first, int last, String newNote) {
        return new TimeExpression(start, end, text, type, newValue, first, last, newNote);
    }
}
