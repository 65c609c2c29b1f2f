package io.factdeck.facts;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Dates a sentence takes from its context when it has none of its own: the date of the section it belongs to
 * ("+ Period 1945-1946: ..."), of the visit it continues ("During his visit, ..."), or of the source that says
 * something "has just" happened. Each gives a time expression whose note says where the date came from.
 */
final class ContextDates {

    private ContextDates() {}

    private static final Pattern SECTION_HEAD = Pattern.compile(
            "(?:(?:Period|Phase|Stage|Era|Years?)\\s+)?[0-9]{4}(?:\\s?[-\u2013\u2014]\\s?[0-9]{2,4})?s?");

    private static final Pattern VISIT_OPENING = Pattern.compile(
            "^(?:During|On|In the course of) (his|her|their|its|the|this|that) (?:official |state |first |recent )?"
                    + "(?:visit|trip|tour|stay)\\b");

    /**
     * The date a paragraph's heading gives all of it: "Period 1945-1946: After the surrender ..." dates every
     * sentence of the paragraph that has no date of its own. Only a short heading made of a date (and a word such
     * as "Period") before a colon counts; a topic heading with a date in it ("Relations with ASEAN in the 1970s")
     * does not. The expression returned spans the heading and its colon. Null when the paragraph has no such
     * heading.
     */
    static TimeExpression section(String paragraph) {
        int colon = paragraph.indexOf(':');
        if (colon < 4 || colon > 40) {
            return null;
        }
        String head = paragraph.substring(0, colon).strip();
        if (!SECTION_HEAD.matcher(head).matches()) {
            return null;
        }
        List<TimeExpression> found = DateExpressions.find(head);
        if (found.size() != 1 || !found.get(0).resolved()) {
            return null;
        }
        TimeExpression x = found.get(0);
        // the expression spans the heading, so the paragraph's first sentence can leave it out
        return new TimeExpression(
                0,
                colon + 1,
                x.text(),
                x.type(),
                x.value(),
                x.firstYear(),
                x.lastYear(),
                "the section's heading: " + head);
    }

    /** Whether the sentence opens by placing itself in a visit ("During his visit, ..."); null if not, else the word. */
    static String visitOpening(String s) {
        java.util.regex.Matcher m = VISIT_OPENING.matcher(s);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /** The date of a visit fact, as a time expression for the sentences that continue it. */
    static TimeExpression ofVisit(Draft visit) {
        String value = visit.date();
        int first = Integer.parseInt(value.substring(0, 4));
        int slash = value.indexOf('/');
        int last = slash < 0 ? first : Integer.parseInt(value.substring(slash + 1, slash + 5));
        TimeExpression.Type type = slash < 0 ? TimeExpression.Type.DATE : TimeExpression.Type.RANGE;
        return new TimeExpression(
                0, 0, visit.dateText(), type, value, first, last, "during the visit dated " + visit.dateText());
    }

    /**
     * "X has just paid a visit": the act came shortly before the text was written, so it takes the month of the
     * text's date: the date its source citation gives ("[Source: Yomiuri Shimbun, May 24, 2009]"), else the
     * document's dateline. Null when neither is known.
     */
    static TimeExpression justBefore(String citation, String dateline) {
        if (citation != null) {
            for (TimeExpression x : DateExpressions.find(citation)) {
                if (x.resolved()
                        && x.type() == TimeExpression.Type.DATE
                        && x.value().length() >= 7) {
                    String month = x.value().substring(0, 7);
                    int y = x.firstYear();
                    return new TimeExpression(
                            0, 0, x.text(), x.type(), month, y, y, "'has just': the month of the source, " + citation);
                }
            }
        }
        if (dateline != null && dateline.length() >= 7) {
            int y = Integer.parseInt(dateline.substring(0, 4));
            String text = DateExpressions.MONTHS.get(Integer.parseInt(dateline.substring(5, 7)) - 1) + " " + y;
            return new TimeExpression(
                    0,
                    0,
                    text,
                    TimeExpression.Type.DATE,
                    dateline.substring(0, 7),
                    y,
                    y,
                    "'has just': the month of the dateline " + text);
        }
        return null;
    }
}
