package io.factdeck.facts;

import static io.factdeck.facts.Tokens.*;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates governed by "since". A "since" phrase dates the start of a state or of an ongoing effort ("Vietnam's
 * diplomacy has always put independence first since 1986", "since then, Vietnam has worked hard to ..."); the
 * state itself is not an event and gives no fact. What the phrase does date is the event it names: "since the
 * implementation of the reform policy at the Sixth Congress in 1986" dates the implementation, and "30 years of
 * reform and opening up since 1986" dates the start of reform and opening up. Membership is the one state whose
 * start the text always implies ("a member of the WTO since 2007" is joining it); the clause builder reads that.
 */
final class SincePhrases {

    private SincePhrases() {}

    /** What a "since" phrase gives: the event it names, or nothing but the information that it governs the date. */
    record Reading(boolean governed, String subject, String verbText, String action, String object) {

        static final Reading NONE = new Reading(false, null, null, null, null);

        boolean namesEvent() {
            return subject != null;
        }
    }

    /** Nouns that name an act, and the participle that states it ("the implementation of X": X was implemented). */
    private static final Map<String, String> NOMINALS = Map.ofEntries(
            Map.entry("implementation", "implemented"),
            Map.entry("introduction", "introduced"),
            Map.entry("adoption", "adopted"),
            Map.entry("launch", "launched"),
            Map.entry("launching", "launched"),
            Map.entry("establishment", "established"),
            Map.entry("founding", "founded"),
            Map.entry("signing", "signed"),
            Map.entry("opening", "opened"),
            Map.entry("creation", "created"),
            Map.entry("formation", "formed"),
            Map.entry("ratification", "ratified"),
            Map.entry("conclusion", "concluded"),
            Map.entry("normalization", "normalized"));

    private static final Pattern NAMED = Pattern.compile("^the (" + String.join("|", NOMINALS.keySet())
            + ") of (.+?)(?: ((?:at|during|under|by) .+?))?(?:,)?(?: (?:in|on|at|during))?(?: the)?$");

    private static final Pattern YEARS_OF =
            Pattern.compile("(?i)\\b(?:[0-9]+|[a-z]+) (?:years|decades) of ([a-z][a-z -]{2,60}?)\\s*$");

    /** How the date reads when "since" governs it: the event the phrase names, or only that it is governed. */
    static Reading read(String s, TimeExpression e, List<Gazetteer.Mention> mentions) {
        String text = e.text().toLowerCase(Locale.ROOT);
        if (text.startsWith("since")) {
            return new Reading(true, null, null, null, null);
        }
        int segmentStart = Math.max(s.lastIndexOf(',', e.start() - 1), s.lastIndexOf(';', e.start() - 1)) + 1;
        String segment = s.substring(segmentStart, e.start());
        Matcher since = Pattern.compile("(?i)\\bsince\\b").matcher(segment);
        int at = -1;
        while (since.find()) {
            at = since.start();
        }
        if (at < 0) {
            return Reading.NONE;
        }
        String phrase = segment.substring(at + "since".length()).strip();
        Matcher named = NAMED.matcher(phrase);
        if (named.matches()) {
            String np = named.group(2).strip();
            String rest = named.group(3) == null ? "" : " " + named.group(3).strip();
            String participle = NOMINALS.get(named.group(1));
            String verb = (plural(np) ? "were " : "was ") + participle;
            return new Reading(true, np, verb, "be " + participle, rest.isEmpty() ? null : rest.strip());
        }
        if (phrase.isEmpty()) {
            Matcher years = YEARS_OF.matcher(segment.substring(0, at));
            if (years.find()) {
                String activity = years.group(1).strip();
                String country = onlyCountry(mentions);
                return new Reading(true, activity, "began", "begin", country == null ? null : "in " + country);
            }
        }
        return new Reading(true, null, null, null, null);
    }

    /** The one country a sentence names (by canonical name), or null when it names none or several. */
    private static String onlyCountry(List<Gazetteer.Mention> mentions) {
        String found = null;
        for (Gazetteer.Mention m : mentions) {
            if (m.type() == Entity.Type.COUNTRY) {
                if (found != null && !found.equals(m.canonical())) {
                    return null;
                }
                found = m.canonical();
            }
        }
        return found;
    }

    /** Whether a verb phrase states a state or an ongoing effort ("has always put", "have worked"). */
    static boolean ongoing(String verbText) {
        String v = verbText.toLowerCase(Locale.ROOT);
        return v.startsWith("has ") || v.startsWith("have ") || v.equals("is") || v.equals("are");
    }
}
