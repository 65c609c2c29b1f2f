package io.factdeck.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The meetings a document dates ("In December 2021, the Politburo hosted a high-level foreign affairs
 * conference"), so that a later mention by name ("At the National Conference on Foreign Affairs, ...") can be
 * dated too. Like a Party Congress, a meeting is dated only by its own document, and only when the document gives
 * one date to one meeting of that description: two dated "ASEAN summits" date neither.
 */
final class Meetings {

    private static final String HEADS = "conference|summit|meeting|plenum|forum|session";

    /** A meeting the document dates: hosted, held, convened or attended on a date, or "held in" a date. */
    private static final Pattern DATED = Pattern.compile("(?:\\b(?:hosted|held|convened|organi[sz]ed|attended|opened)"
            + "\\s+)?\\b(?:a|an|the)\\s+((?:(?!(?:a|an|the)\\s)[\\p{L}-]+\\s+){0,6}?)(" + HEADS + ")\\b(\\s+held\\b)?");

    /** A meeting named with capitals: "the National Conference on Foreign Affairs". */
    private static final Pattern NAMED = Pattern.compile("\\b[Tt]he ((?:[A-Z][\\p{L}-]*\\s+){0,4}"
            + "(Conference|Summit|Meeting|Plenum|Forum|Session)"
            + "(?:\\s+(?:on|of|for)\\s+(?:the\\s+)?[A-Z][\\p{L}-]*(?:\\s+(?:and\\s+)?[A-Z][\\p{L}-]*){0,4})?)");

    /** Words that describe any meeting and so do not tell one from another. */
    private static final Set<String> GENERIC = Set.of(
            "national",
            "international",
            "high-level",
            "high",
            "level",
            "first",
            "special",
            "annual",
            "regular",
            "extraordinary",
            "plenary",
            "joint",
            "ministerial",
            "official",
            "the",
            "a",
            "an",
            "of",
            "on",
            "for",
            "and",
            "in",
            "new",
            "major");

    /** The date each meeting description was given, or null when the document gives it more than one. */
    private final Map<String, TimeExpression> dated = new HashMap<>();

    /** Learns the meetings one sentence dates: one meeting phrase and one plain date in the sentence. */
    void learn(String sentence, List<TimeExpression> exprs) {
        TimeExpression date = null;
        for (TimeExpression x : exprs) {
            if (x.resolved() && (x.type() == TimeExpression.Type.DATE || x.type() == TimeExpression.Type.RANGE)) {
                if (date != null) {
                    return; // two dates: which one is the meeting's is not plain
                }
                date = x;
            }
        }
        if (date == null) {
            return;
        }
        Matcher m = DATED.matcher(sentence);
        String key = null;
        while (m.find()) {
            boolean governed = m.group().matches("(?s)^(?:hosted|held|convened|organi[sz]ed|attended|opened)\\s.*")
                    || m.group(3) != null;
            if (!governed) {
                continue;
            }
            if (key != null) {
                return; // two meetings in one sentence
            }
            key = key(m.group(1), m.group(2));
        }
        if (key == null || key.equals(VAGUE)) {
            return;
        }
        if (dated.containsKey(key)
                && (dated.get(key) == null || !dated.get(key).value().equals(date.value()))) {
            dated.put(key, null);
        } else {
            dated.put(key, date);
        }
    }

    /** The named meetings of a sentence that the document dates, as time expressions, outside those already found. */
    List<TimeExpression> find(String sentence, List<TimeExpression> taken) {
        List<TimeExpression> out = new ArrayList<>();
        if (dated.isEmpty()) {
            return out;
        }
        Matcher m = NAMED.matcher(sentence);
        while (m.find()) {
            int start = m.start(1);
            int end = m.end(1);
            boolean overlaps = false;
            for (TimeExpression x : taken) {
                overlaps |= start < x.end() && x.start() < end;
            }
            String name = m.group(1).strip();
            String key = key(name.replaceFirst("\\b" + m.group(2) + "\\b", " "), m.group(2));
            TimeExpression date = key.equals(VAGUE) ? null : dated.get(key);
            if (overlaps || date == null) {
                continue;
            }
            out.add(new TimeExpression(
                    start,
                    start + name.length(),
                    name,
                    TimeExpression.Type.MEETING,
                    date.value(),
                    date.firstYear(),
                    date.lastYear(),
                    name + ", dated " + date.text() + " in the document"));
        }
        return out;
    }

    /** The head noun and the words that tell the meeting apart, lower case and sorted; at least two such words. */
    static String key(String words, String head) {
        TreeSet<String> content = new TreeSet<>();
        for (String w : words.toLowerCase(Locale.ROOT).split("[^\\p{L}-]+")) {
            if (!w.isEmpty() && !GENERIC.contains(w)) {
                content.add(w);
            }
        }
        return content.size() < 2 ? VAGUE : head.toLowerCase(Locale.ROOT) + "|" + String.join(" ", content);
    }

    /** The key of a meeting described too vaguely to be told from others ("the summit"). */
    private static final String VAGUE = "?";
}
