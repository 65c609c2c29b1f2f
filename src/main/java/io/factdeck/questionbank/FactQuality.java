package io.factdeck.questionbank;

import io.factdeck.facts.DatedFact;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
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

    /** Phrases that stand for parties named in an earlier sentence ("signed between the two countries"). */
    private static final Pattern BACK_REFERENCE = Pattern.compile(
            "\\b(the two (countries|nations|states|sides|governments|parties)|both (countries|nations|sides))\\b",
            Pattern.CASE_INSENSITIVE);

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
        if ((!sentence.isEmpty() && Character.isLowerCase(sentence.charAt(0)) || factSheetEntry(sentence))
                && !namedClause(fact)) {
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
        if (BACK_REFERENCE.matcher(event).find()) {
            return false; // "between the two countries": the parties are named elsewhere
        }
        if (words.length > 2
                && words[words.length - 2].equals("to")
                && Character.isLowerCase(words[words.length - 1].charAt(0))) {
            return false; // "agreed to negotiate": the infinitive lost its object ("... their claims")
        }
        if (DANGLING.contains(last)
                || (last.endsWith("ing") && words.length > 1 && English.isPastTense(words[words.length - 2]))) {
            return false; // "discussed coordinating": cut short
        }
        int verb = mainVerb(words);
        if (verb < 1) {
            return false;
        }
        String verbWord = words[verb].toLowerCase(Locale.ROOT);
        if (heldOffice(words, verb)) {
            return !vague(String.join(" ", List.of(words).subList(0, verb)));
        }
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

    /**
     * "Vietnam resolved its maritime boundary with Thailand": a clause with a named subject and a past verb, as a
     * reviewer writes one for a fact-sheet entry; what the extractor reads off a fragment starts with its noun ("The
     * maritime boundary with Thailand was resolved").
     */
    private static boolean namedClause(DatedFact fact) {
        String subject = fact.subject() == null ? "" : fact.subject().trim();
        String event = English.clause(fact.event());
        if (subject.isEmpty() || !event.startsWith(subject + " ")) {
            return false;
        }
        String first = subject.split("\\s+")[0];
        String[] rest = event.substring(subject.length()).trim().split("\\s+");
        return Character.isUpperCase(first.charAt(0))
                && !COMMON_STARTS.contains(first.toLowerCase(Locale.ROOT))
                && !DETERMINER_WORDS.contains(first.toLowerCase(Locale.ROOT))
                && English.isPastTense(rest[0]);
    }

    /** "served as Chairman of ASEAN": an office held, dated by its term, not a state that merely lasted. */
    private static boolean heldOffice(String[] words, int verb) {
        return verb + 2 < words.length
                && (words[verb].equalsIgnoreCase("served") || words[verb].equalsIgnoreCase("serve"))
                && words[verb + 1].equals("as")
                && Character.isUpperCase(words[verb + 2].charAt(0));
    }

    /**
     * "Disputes – international: maritime boundary with Thailand resolved in August 1997; ...": a short label, a colon
     * and items cut by semicolons. "In November 2011 ... leaders signed four documents: the Joint Statement; ..." is a
     * sentence whose object is a list.
     */
    private static boolean factSheetEntry(String sentence) {
        int colon = sentence.indexOf(':');
        return colon > 0
                && sentence.chars().filter(c -> c == ';').count() >= 2
                && sentence.substring(0, colon).trim().split("\\s+").length <= 4;
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

    /** Number words start a clause with a capital only because they start it ("Twelve countries signed"). */
    private static final Set<String> NUMBER_WORDS = Set.of(
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "twenty",
            "thirty",
            "forty",
            "fifty",
            "hundreds",
            "thousands",
            "dozens");

    /** Words inside a multi-word name ("Ministry of Foreign Affairs", "Trade and Industry Ministry"). */
    private static final Set<String> NAME_JOINERS = Set.of("and", "of", "for", "on", "&");

    private static boolean capitalized(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    private static final Set<String> DETERMINERS =
            Set.of("The", "A", "An", "Both", "Several", "Many", "Most", "Some", "All", "More", "Each", "Every", "Few");

    /** Lower-cases the first word of a clause when the documents use it as a common word ("Trade between ..."). */
    String midSentence(String clause) {
        String[] parts = clause.split(" ", 2);
        String first = parts[0];
        if (DETERMINERS.contains(first) || NUMBER_WORDS.contains(first.toLowerCase(Locale.ROOT))) {
            return first.toLowerCase(Locale.ROOT) + (parts.length > 1 ? " " + parts[1] : "");
        }
        // "Foreign Minister Thach", "Trade and Industry Ministry": a capital next, or after a joining word, makes it
        // a name; "Trade between Japan and Vietnam" is a common word before a preposition
        String[] next = parts.length > 1 ? parts[1].split("\\s+", 3) : new String[0];
        boolean nameFollows = next.length > 0 && capitalized(next[0])
                || next.length > 1 && NAME_JOINERS.contains(next[0]) && capitalized(next[1]);
        if (first.length() > 1
                && !nameFollows // "Foreign Minister Thach", "Communist Party leaders": part of a name
                && Character.isUpperCase(first.charAt(0))
                && first.substring(1).chars().allMatch(Character::isLowerCase)
                && lowercaseWords.contains(first.toLowerCase(Locale.ROOT))) {
            return first.toLowerCase(Locale.ROOT) + (parts.length > 1 ? " " + parts[1] : "");
        }
        return clause;
    }

    /** How a fact's date relates to what happened. */
    enum Timing {
        /** A one-off event on that date: another date is plainly wrong. */
        POINT,
        /** A state or habit over the whole date ("through the 1980s ... a year"): asked, but never falsified. */
        PERIOD,
        /** Only a bound ("by 1975", "since 1986", "gradually"): the date is not when it happened. */
        BOUND
    }

    private static final Pattern YEAR_IN_NOTE = Pattern.compile("\\d{4}");
    private static final Pattern EXPLICIT_DATE = Pattern.compile(
            "\\d|century|january|february|march|april|may|june|july|august|september|october|november|december",
            Pattern.CASE_INSENSITIVE);

    /** Verbs that only carry tense or a link; the meaning is in the word that follows ("became a member"). */
    private static final Set<String> LIGHT_VERBS = Set.of(
            "was", "were", "had", "has", "have", "did", "became", "become", "got", "made", "took", "gave", "a", "an",
            "the", "its", "their", "his", "her");

    /** Words before a date that make it a period rather than a moment. */
    private static final Set<String> PERIOD_WORDS =
            Set.of("through", "throughout", "during", "over", "from", "between");

    /** Words before a date that make it only a bound. */
    private static final Set<String> BOUND_WORDS = Set.of("by", "since", "until", "till", "before", "after");

    /** Words skipped when looking for what stands before a date ("through the late 1980s"). */
    private static final Set<String> DATE_MODIFIERS = Set.of("the", "early", "late", "mid", "mid-");

    /** Verbs of entering a state: "a member since 2007" dates the joining itself. */
    private static final Set<String> INCHOATIVE = Set.of("became", "joined", "admitted", "accepted", "entered");

    /**
     * False for an event built from a list entry with a year in brackets ("Ozone Convention (1988)") whose sentence
     * lacks the event's verb or a noun made from it ("invasion" for "invaded"): such an entry names no verb, so "was
     * signed" would say more than the document (the year may be a signature, an entry into force or an accession).
     * Elsewhere the extractor's verb is a fair reading of the sentence ("was accepted into ASEAN": joined).
     */
    boolean verbSupported(DatedFact fact) {
        String year = fact.date().substring(0, Math.min(4, fact.date().length()));
        if (!BRACKETED_YEAR.matcher(fact.source().sentence()).find()
                || !fact.source().sentence().contains("(" + year + ")")) {
            return true;
        }
        String[] words = English.clause(fact.event()).split("\\s+");
        int at = mainVerb(words);
        if (at < 0) {
            return true;
        }
        while (at < words.length && LIGHT_VERBS.contains(bare(words[at]))) {
            at++; // "was accepted", "became a member": the meaning is in the next word
        }
        if (at >= words.length) {
            return true;
        }
        String verb = bare(words[at]);
        for (String word : fact.source().sentence().split("[^\\p{L}]+")) {
            if (sameStem(bare(word), verb)) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern BRACKETED_YEAR = Pattern.compile("\\(\\d{4}\\)");

    private static String bare(String word) {
        return word.replaceAll("[^\\p{L}'-]", "").toLowerCase(Locale.ROOT);
    }

    /** Words that share their first four letters (or are equal, when shorter): "invaded" and "invasion". */
    static boolean sameStem(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        int n = Math.min(4, Math.min(a.length(), b.length()));
        if (a.length() < 4 || b.length() < 4) {
            return a.equals(b);
        }
        return a.regionMatches(0, b, 0, n);
    }

    /**
     * How the date relates to the event: a moment, a period the state lasted, or only a bound. Read from the word
     * before the date in the sentence ("by 1975", "through the 1980s", "since 1986"), from "gradually" and from
     * the verb (states, changes that unfold, habits such as "a year", and the perfect "has always put").
     */
    Timing timing(DatedFact fact) {
        String sentence = fact.source().sentence();
        String lower = sentence.toLowerCase(Locale.ROOT);
        String event = " " + English.clause(fact.event()).toLowerCase(Locale.ROOT) + " ";
        String[] words = English.clause(fact.event()).split("\\s+");
        int verb = mainVerb(words);
        String verbWord = verb < 0 ? "" : words[verb].toLowerCase(Locale.ROOT);
        String dateText = Objects.toString(fact.dateText(), "").toLowerCase(Locale.ROOT);
        if (lower.contains("gradual")
                || (!dateText.isEmpty()
                        && (lower.contains("as early as " + dateText) || lower.contains("as early as the " + dateText)))
                || event.contains(" has ")
                || event.contains(" have ")
                || event.contains(" always ")) {
            return Timing.BOUND;
        }
        String before =
                wordBeforeDate(lower, Objects.toString(fact.dateText(), "").toLowerCase(Locale.ROOT));
        boolean inchoative = verb >= 0
                && (INCHOATIVE.contains(verbWord)
                        || verb + 1 < words.length && INCHOATIVE.contains(words[verb + 1].toLowerCase(Locale.ROOT)));
        boolean notUntil = before.equals("until") && lower.contains("not until");
        // "especially since October 2006, when Prime Minister Nguyen Tan Dung officially visited Japan": the
        // when-clause is dated, not bounded
        boolean sinceWhen = before.equals("since") && !dateText.isEmpty() && lower.contains(dateText + ", when ");
        if (BOUND_WORDS.contains(before) && !(before.equals("since") && (inchoative || sinceWhen)) && !notUntil) {
            return Timing.BOUND;
        }
        boolean state = STATIVE.contains(verbWord)
                || GRADUAL.contains(verbWord)
                || verbWord.equals("had") && verb + 1 < words.length && words[verb + 1].equalsIgnoreCase("become");
        boolean habit = event.contains(" a year ")
                || event.contains(" annually ")
                || event.contains(" each year ")
                || event.contains(" every year ");
        if (PERIOD_WORDS.contains(before) || state || habit) {
            return Timing.PERIOD;
        }
        return Timing.POINT;
    }

    /** Changes that unfold over time: "relations improved" has no single date, and other dates are not wrong. */
    static final Set<String> GRADUAL = Set.of(
            "improved",
            "deteriorated",
            "grew",
            "worsened",
            "expanded",
            "increased",
            "declined",
            "developed",
            "strengthened",
            "weakened",
            "deepened");

    /**
     * True for a change that unfolds, told without an object ("United States–Vietnam relations improved"): it has no
     * single date, since relations also improve with each step before and after, so no date of it is asked.
     */
    boolean unfoldingChange(DatedFact fact) {
        String[] words = English.clause(fact.event()).split("\\s+");
        int verb = mainVerb(words);
        if (verb < 0 || !GRADUAL.contains(words[verb].toLowerCase(Locale.ROOT))) {
            return false;
        }
        return verb + 1 == words.length || AFTER_INTRANSITIVE.contains(words[verb + 1].toLowerCase(Locale.ROOT));
    }

    private static final Set<String> AFTER_INTRANSITIVE =
            Set.of("significantly", "sharply", "markedly", "further", "steadily", "rapidly", "in", "after", "when");

    private static String wordBeforeDate(String sentence, String dateText) {
        int at = dateText.isEmpty() ? -1 : sentence.indexOf(dateText);
        if (at < 0) {
            return "";
        }
        String[] before = sentence.substring(0, at).trim().split("[\\s,]+");
        for (int i = before.length - 1; i >= 0; i--) {
            String word = before[i].replaceAll("[^\\p{L}-]", "");
            if (!word.isEmpty() && !DATE_MODIFIERS.contains(word)) {
                return word;
            }
        }
        return "";
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
