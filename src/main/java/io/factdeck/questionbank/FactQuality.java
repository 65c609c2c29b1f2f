package io.factdeck.questionbank;

import io.factdeck.facts.DatedFact;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a fact reads well enough to be asked. Extracted facts include states ("the situation remained
 * deadlocked"), vague subjects ("private suspicions grew"), reported speech, truncated clauses and fragments of
 * fact-sheet lists; a question built from them would be vague or wrong, so none is asked. Also knows which
 * capitalized words are common words in this bank's documents, to lower-case them inside a sentence.
 */
final class FactQuality {

    private static final Pattern WORD = Pattern.compile("[\\p{L}’'-]+");
    private static final Pattern GARBLED_NUMBER = Pattern.compile("\\d\\. \\d");
    /** "leaders from Japanese and Vietnam": a people's adjective where a country's name belongs. */
    private static final Pattern GARBLED_DEMONYM =
            Pattern.compile("\\b(from|of|between) \\p{Lu}\\p{Ll}+(ese|ian|ish) and \\p{Lu}");

    private static final Pattern LONG_QUOTE = Pattern.compile("[\"“][^\"”]{40,}[\"”]");

    /** Verbs of a state, not an event: a date on them says little and invites wrong answers. */
    private static final Set<String> STATIVE = Set.of(
            "remained",
            "continued",
            "seemed",
            "appeared",
            "stayed",
            "lagged",
            "maintained",
            "worked",
            "stood",
            "stand",
            "served",
            "serve",
            "maintain",
            "work",
            "remain",
            "continue",
            "seem",
            "appear",
            "stay",
            "lag");

    /** Words that point back into the document ("a similar gesture"): out of context they mean nothing. */
    private static final Set<String> ANAPHORIC =
            Set.of("similar", "same", "such", "this", "these", "those", "latter", "former");

    /** Reported speech: the question would be about a quotation, with the date attached to the wrong clause. */
    private static final Set<String> SAYING = Set.of(
            "said",
            "stated",
            "told",
            "explained",
            "noted",
            "added",
            "stressed",
            "emphasized",
            "reiterated",
            "say",
            "state",
            "tell",
            "explain",
            "note",
            "add",
            "stress",
            "emphasize",
            "reiterate",
            "shared",
            "share");

    /** Countable nouns that cannot follow a verb without a determiner. */
    private static final Set<String> BARE_COUNT_NOUNS = Set.of(
            "office",
            "embassy",
            "consulate",
            "agreement",
            "treaty",
            "summit",
            "meeting",
            "statement",
            "visit",
            "delegation",
            "conference",
            "invasion",
            "incursion",
            "ban");

    private static boolean bareCountNoun(String[] words, int verb) {
        for (int i = verb + 1; i <= verb + 2 && i < words.length; i++) {
            String w = words[i].toLowerCase(Locale.ROOT);
            if (!Character.isLowerCase(words[i].charAt(0)) || DETERMINER_WORDS.contains(w)) {
                return false;
            }
            if (BARE_COUNT_NOUNS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> DETERMINER_WORDS = Set.of(
            "a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these", "those", "two", "three",
            "four", "several", "many", "some", "no", "each", "every", "both", "to", "with", "in", "on", "at", "for");

    /** Last words that show a clause was cut short. */
    private static final Set<String> DANGLING = Set.of(
            "that",
            "to",
            "and",
            "or",
            "of",
            "with",
            "for",
            "by",
            "the",
            "a",
            "an",
            "in",
            "on",
            "as",
            "stated",
            "said",
            "explained",
            "noted",
            "added");

    private final Set<String> lowercaseWords = new HashSet<>();

    /** @param sentences every source sentence of the bank, to learn which words are common words */
    FactQuality(List<String> sentences) {
        for (String sentence : sentences) {
            Matcher m = WORD.matcher(sentence);
            while (m.find()) {
                String word = m.group();
                if (Character.isLowerCase(word.charAt(0))) {
                    lowercaseWords.add(word);
                }
            }
        }
    }

    /** True if questions may be built from the fact. */
    boolean usable(DatedFact fact) {
        String event = English.clause(fact.event());
        String sentence = fact.source().sentence().trim();
        if (!sentence.isEmpty() && Character.isLowerCase(sentence.charAt(0))
                || sentence.contains(":")
                        && sentence.chars().filter(c -> c == ';').count() >= 2) {
            return false; // a fragment of a fact-sheet list ("Disputes: ...; ...; ..."), not a sentence
        }
        if (!balanced(event)
                || GARBLED_NUMBER.matcher(event).find()
                || GARBLED_DEMONYM.matcher(event).find()
                || LONG_QUOTE.matcher(event).find()) {
            return false;
        }
        String[] words = event.split("\\s+");
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        if (DANGLING.contains(last)
                || (last.endsWith("ing") && words.length > 1 && English.isPastTense(words[words.length - 2]))) {
            return false; // "discussed coordinating": cut short
        }
        int verb = mainVerb(words);
        if (verb < 1) {
            return false;
        }
        String verbWord = words[verb].toLowerCase(Locale.ROOT);
        if (STATIVE.contains(verbWord)
                || SAYING.contains(verbWord)
                || actionIn(fact, STATIVE)
                || actionIn(fact, SAYING)) {
            return false;
        }
        if (verbWord.equals("had")
                && (verb + 1 >= words.length
                        || words[verb + 1].equalsIgnoreCase("become")
                        || !participle(words[verb + 1]) && !English.isPastTense(words[verb + 1]))) {
            return false; // possession ("had 1,500 projects") or a state reached by then ("had become")
        }
        if ((verbWord.equals("was") || verbWord.equals("were"))
                && !firstToAct(words, verb)
                && (verb + 1 >= words.length
                        || !English.isPastTense(words[verb + 1]) && !participle(words[verb + 1]))) {
            return false; // a copula ("was a signatory", "were both symbolic"): a state
        }
        if (vague(String.join(" ", List.of(words).subList(0, verb)))) {
            return false; // "the situation", "private suspicions": who or what is meant is lost
        }
        for (String w : words) {
            if (ANAPHORIC.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        String predicate = String.join(" ", List.of(words).subList(verb, words.length));
        String subject = String.join(" ", List.of(words).subList(0, verb));
        if (bareCountNoun(words, verb)) {
            return false; // "reopened trade office": a determiner went missing
        }
        if (!subject.contains(" ") && (" " + predicate + " ").contains(" their ")) {
            return false; // "Vietnam started to expand their foreign relation": agreement lost in the source
        }
        // "Vietnam shifted its focus" says too little; "Vietnam and Russia declared a strategic partnership" does not
        boolean passive = verbWord.equals("was") || verbWord.equals("were");
        return passive
                || !vague(predicate)
                || words.length - verb >= 5
                || subject.contains(" and ")
                || names(subject) >= 2;
    }

    private static boolean actionIn(DatedFact fact, Set<String> verbs) {
        if (fact.action() == null || fact.action().isBlank()) {
            return false;
        }
        return verbs.contains(fact.action().trim().split("\\s+")[0].toLowerCase(Locale.ROOT));
    }

    /** "were the first two countries to recognize ...": a copula that reports an act. */
    private static boolean firstToAct(String[] words, int verb) {
        return verb + 2 < words.length
                && words[verb + 1].equalsIgnoreCase("the")
                && (words[verb + 2].equalsIgnoreCase("first") || words[verb + 2].equalsIgnoreCase("last"));
    }

    /** How many words of a phrase, after its first, are capitalized: the names in it. */
    private static int names(String phrase) {
        String[] words = phrase.trim().split("[\\s–-]+");
        int count = 0;
        for (int i = 1; i < words.length; i++) {
            if (!words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0))) {
                count++;
            }
        }
        return count
                + (words.length > 0
                                && !words[0].isEmpty()
                                && Character.isUpperCase(words[0].charAt(0))
                                && !COMMON_STARTS.contains(words[0].toLowerCase(Locale.ROOT))
                        ? 1
                        : 0);
    }

    /** The index of the first finite past verb within the first eleven words, or -1. */
    static int mainVerb(String[] words) {
        for (int i = 1; i < Math.min(words.length, 11); i++) {
            if (English.isPastTense(words[i]) && !words[i].contains("-") && Character.isLowerCase(words[i].charAt(0))) {
                return i; // "United" ends in -ed but is a name
            }
        }
        return -1;
    }

    private static boolean participle(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.endsWith("en")
                || w.endsWith("ed")
                || w.equals("held")
                || w.equals("made")
                || w.equals("built")
                || w.equals("set")
                || w.equals("won")
                || w.equals("led")
                || w.equals("sent")
                || w.equals("paid");
    }

    /**
     * True if a phrase names nothing: no number, no capitalized word after the first, and a first word that is
     * lower case, an article or a common word ("The situation", "Private suspicions", "its focus").
     */
    private static boolean vague(String phrase) {
        String[] words = phrase.trim().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty()) {
                continue;
            }
            if (Character.isDigit(w.charAt(0)) || w.startsWith("$")) {
                return false;
            }
            if (Character.isUpperCase(w.charAt(0)) && (i > 0 || !COMMON_STARTS.contains(w.toLowerCase(Locale.ROOT)))) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> COMMON_STARTS = Set.of(
            "the",
            "a",
            "an",
            "tension",
            "tensions",
            "private",
            "resolving",
            "relations",
            "trade",
            "contact",
            "cooperation",
            "both",
            "several",
            "some",
            "many",
            "most",
            "all",
            "this",
            "that",
            "these",
            "those",
            "it",
            "they",
            "he",
            "she",
            "its",
            "their",
            "his",
            "her",
            "maritime",
            "agreement",
            "agreements");

    private static final Set<String> DETERMINERS =
            Set.of("The", "A", "An", "Both", "Several", "Many", "Most", "Some", "All", "More", "Each", "Every", "Few");

    /** Lower-cases the first word of a clause when the documents use it as a common word ("Trade between ..."). */
    String midSentence(String clause) {
        String[] parts = clause.split(" ", 2);
        String first = parts[0];
        if (DETERMINERS.contains(first)) {
            return first.toLowerCase(Locale.ROOT) + (parts.length > 1 ? " " + parts[1] : "");
        }
        // "Foreign Minister Thach", "Trade and Industry Ministry": a capital in the next two words makes it a name
        String[] next = parts.length > 1 ? parts[1].split("\\s+", 3) : new String[0];
        boolean nameFollows = false;
        for (int i = 0; i < Math.min(2, next.length); i++) {
            nameFollows |= !next[i].isEmpty() && Character.isUpperCase(next[i].charAt(0));
        }
        if (first.length() > 1
                && !nameFollows // "Foreign Minister Thach", "Communist Party leaders": part of a name
                && Character.isUpperCase(first.charAt(0))
                && first.substring(1).chars().allMatch(Character::isLowerCase)
                && lowercaseWords.contains(first.toLowerCase(Locale.ROOT))) {
            return first.toLowerCase(Locale.ROOT) + (parts.length > 1 ? " " + parts[1] : "");
        }
        return clause;
    }

    private static boolean balanced(String text) {
        long straight = text.chars().filter(c -> c == '"').count();
        long open = text.chars().filter(c -> c == '“').count();
        long close = text.chars().filter(c -> c == '”').count();
        long openParen = text.chars().filter(c -> c == '(').count();
        long closeParen = text.chars().filter(c -> c == ')').count();
        return straight % 2 == 0 && open == close && openParen == closeParen;
    }
}
