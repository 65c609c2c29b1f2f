package io.factdeck.facts;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a paragraph into sentences with the JDK's {@link BreakIterator}, then repairs its known mistakes:
 * breaks after abbreviations ({@code U.S.}, {@code Prof.}), inside a broken number ({@code $1. 6 billion}) and
 * before a lone closing mark.
 */
public final class SentenceSplitter {

    /** Longest sentence kept whole; longer runs (lists, garbage without full stops) are cut at a space. */
    static final int MAX_SENTENCE = 2000;

    private static final Set<String> ABBREVIATIONS = Set.of(
            "U.S.",
            "U.S.S.R.",
            "U.N.",
            "U.K.",
            "Prof.",
            "Dr.",
            "Mr.",
            "Mrs.",
            "Ms.",
            "No.",
            "St.",
            "Gen.",
            "Lt.",
            "Col.",
            "Capt.",
            "Sgt.",
            "Jr.",
            "Sr.",
            "Inc.",
            "Co.",
            "Corp.",
            "Ltd.",
            "vs.",
            "e.g.",
            "i.e.",
            "cf.",
            "approx.",
            "Jan.",
            "Feb.",
            "Mar.",
            "Apr.",
            "Jun.",
            "Jul.",
            "Aug.",
            "Sep.",
            "Sept.",
            "Oct.",
            "Nov.",
            "Dec.",
            "Pha.",
            "Mt.",
            "Ft.",
            "Gov.",
            "Sen.",
            "Rep.",
            "Adm.",
            "Maj.",
            "Rev.");
    private static final Pattern BROKEN_NUMBER = Pattern.compile(".*\\$\\s?\\d{1,4}\\.$");
    private static final Pattern INITIAL = Pattern.compile(".*\\b[A-Z]\\.$");

    private SentenceSplitter() {}

    /** The sentences of one paragraph, trimmed, in order. */
    public static List<String> split(String paragraph) {
        List<String> raw = new ArrayList<>();
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        it.setText(paragraph);
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            String s = paragraph.substring(start, end).strip();
            if (!s.isEmpty()) {
                raw.add(s);
            }
        }
        List<String> merged = new ArrayList<>();
        for (String s : raw) {
            if (!merged.isEmpty() && shouldJoin(merged.get(merged.size() - 1), s)) {
                merged.set(merged.size() - 1, merged.get(merged.size() - 1) + " " + s);
            } else {
                merged.add(s);
            }
        }
        List<String> out = new ArrayList<>();
        for (String s : merged) {
            cut(s, out);
        }
        return out;
    }

    private static boolean shouldJoin(String previous, String next) {
        if (next.chars().noneMatch(Character::isLetterOrDigit)) {
            return true;
        }
        int lastSpace = previous.lastIndexOf(' ');
        String lastWord = previous.substring(lastSpace + 1);
        if (ABBREVIATIONS.contains(lastWord)
                || lastWord.startsWith("(") && ABBREVIATIONS.contains(lastWord.substring(1))) {
            return true;
        }
        if (BROKEN_NUMBER.matcher(previous).matches() && !next.isEmpty() && Character.isDigit(next.charAt(0))) {
            return true;
        }
        if (INITIAL.matcher(previous).matches() && lastWord.length() <= 4) {
            return !next.isEmpty() && Character.isUpperCase(next.charAt(0));
        }
        return !next.isEmpty() && Character.isLowerCase(next.charAt(0)) && !previous.endsWith("?");
    }

    private static void cut(String s, List<String> out) {
        int from = 0;
        while (s.length() - from > MAX_SENTENCE) {
            int at = s.lastIndexOf(' ', from + MAX_SENTENCE);
            if (at <= from + MAX_SENTENCE / 2) {
                at = from + MAX_SENTENCE;
            }
            String piece = s.substring(from, at).strip();
            if (!piece.isEmpty()) {
                out.add(piece);
            }
            from = at;
        }
        String rest = s.substring(from).strip();
        if (!rest.isEmpty()) {
            out.add(rest);
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
