package io.factdeck.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dated facts in one document: pure, deterministic, and safe on any input. It cleans the text, splits
 * sentences, finds time expressions, decides for each whether it dates an event of the sentence (and not a
 * name, a quantity, a publication or a plan), resolves relative and year-less dates against the story, and
 * builds a clause "subject verb object" for each fact.
 */
public final class FactExtractor {

    /** Years of the National Congresses of the Communist Party of Vietnam, by ordinal (index 1 is the 1st). */
    private static final int[] CONGRESS_YEARS = {
        0, 1935, 1951, 1960, 1976, 1982, 1986, 1991, 1996, 2001, 2006, 2011, 2016, 2021, 2026
    };

    /** More time expressions than this in one sentence means a table or garbage, not prose. */
    static final int MAX_DATES_PER_SENTENCE = 16;

    /** The result for one document: its metadata and its facts and plans, in document order. */
    public record Extraction(String document, TextCleaner.DocumentInfo info, List<Draft> drafts) {}

    private FactExtractor() {}

    /** Extracts the dated facts and plans of one document. Never throws on any text. */
    public static Extraction extract(String documentId, String text) {
        TextCleaner.CleanText clean = TextCleaner.clean(text);
        Run run = new Run(documentId, clean.info());
        List<List<String>> paragraphs = new ArrayList<>();
        for (String p : clean.paragraphs()) {
            paragraphs.add(SentenceSplitter.split(p));
        }
        run.datedCongresses(paragraphs);
        int index = 0;
        for (List<String> sentences : paragraphs) {
            for (String s : sentences) {
                run.sentence(s, index++);
            }
        }
        return new Extraction(documentId, clean.info(), List.copyOf(run.drafts));
    }

    /** The role a time expression plays in its sentence. */
    private enum Role {
        SKIP,
        EVENT,
        PLAN,
        LIST,
        SPAN,
        NOMINAL,
        CONTEXT
    }

    private record Item(TimeExpression expr, Role role, Modality modality, String noun) {}

    private record Tok(String text, int start, int end) {
        boolean word() {
            return Character.isLetterOrDigit(text.charAt(0));
        }

        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }
    }

    private record Clause(String subject, String verbText, String action, String object, int objectEnd) {}

    private static final Pattern TOKEN = Pattern.compile("(?:[A-Z]\\.){2,}|\\$|[\\p{L}\\p{N}](?:[\\p{L}\\p{M}\\p{N}]"
            + "|['\u2019.\\-](?=[\\p{L}\\p{N}])|(?<=\\d),(?=\\d))*|\\S");
    private static final Set<String> PREPOSITIONS = Set.of(
            "in",
            "on",
            "at",
            "by",
            "since",
            "during",
            "from",
            "until",
            "through",
            "throughout",
            "over",
            "within",
            "of",
            "between",
            "before",
            "after",
            "following",
            "as",
            "around",
            "about",
            "for",
            "to",
            "into",
            "with",
            "towards",
            "toward",
            "across",
            "upon");
    private static final Set<String> CLAUSE_WORDS = Set.of(
            "after",
            "before",
            "when",
            "while",
            "until",
            "because",
            "since",
            "as",
            "that",
            "which",
            "where",
            "although",
            "though",
            "if",
            "whereas",
            "but",
            "so",
            "who",
            "whom",
            "whose",
            "following",
            "despite",
            "regardless",
            "explaining");
    private static final Set<String> DISCOURSE = Set.of(
            "also",
            "again",
            "then",
            "thus",
            "however",
            "meanwhile",
            "still",
            "further",
            "later",
            "only",
            "not",
            "never",
            "officially",
            "eventually",
            "subsequently",
            "finally",
            "significantly",
            "directly",
            "clearly",
            "reportedly",
            "gradually");
    /** Adverbs that sit inside a verb phrase ("has always put", "was first introduced", "had once more become"). */
    private static final Set<String> ADVERBS = Set.of(
            "first",
            "once",
            "more",
            "already",
            "always",
            "never",
            "jointly",
            "formally",
            "originally",
            "just",
            "recently",
            "long",
            "soon",
            "later",
            "again",
            "also",
            "then",
            "still",
            "further",
            "only",
            "not");

    private static final Set<String> SPEECH_VERBS =
            Set.of("said", "announced", "stated", "declared", "noted", "wrote", "reported", "explained", "added");
    private static final Set<String> PRONOUNS = Set.of(
            "it",
            "the country",
            "they",
            "he",
            "she",
            "the two countries",
            "both countries",
            "the two nations",
            "both nations",
            "the two sides",
            "both sides",
            "the nation");
    private static final Set<String> FUNCTION_TAIL = Set.of(
            "in",
            "on",
            "at",
            "by",
            "since",
            "during",
            "from",
            "until",
            "through",
            "throughout",
            "over",
            "within",
            "of",
            "between",
            "the",
            "a",
            "an",
            "and",
            "or",
            "to",
            "with",
            "for",
            "as",
            "its",
            "their",
            "early",
            "late",
            "mid",
            "into",
            "about",
            "around",
            "than",
            "both");
    /** Participles that, right before a date, usually begin a reduced relative: "an agreement signed in 1999". */
    private static final Set<String> REDUCED = Set.of(
            "signed",
            "concluded",
            "resolved",
            "held",
            "established",
            "formed",
            "opened",
            "occupied",
            "ratified",
            "adopted",
            "founded",
            "defined",
            "mapped",
            "set",
            "launched",
            "built",
            "convened");

    private static final Set<String> TAIL_PREPOSITIONS =
            Set.of("on", "to", "with", "into", "from", "over", "across", "against", "toward", "towards", "for");
    private static final Map<String, String> TYPOS = Map.of("serveed", "served", "decisison", "decision");
    private static final Set<String> EVENT_NOUNS = Set.of(
            "invasion",
            "occupation",
            "visit",
            "trip",
            "decision",
            "ban",
            "acceptance",
            "admission",
            "accession",
            "withdrawal",
            "attack",
            "attacks",
            "incursion",
            "normalization",
            "recognition",
            "talks");
    private static final Set<String> PLAN_NOUNS =
            Set.of("plan", "plans", "five-year", "programme", "program", "target");
    private static final Pattern PUBLICATION =
            Pattern.compile("(?i)(originally published|the author of this article|\\bIssue \\d+, $)");
    private static final Pattern AGREEMENT_HEAD = Pattern.compile(
            "(Agreements?|Treaty|Convention|Declaration|Protocol|Accords?|Partnership|Charter|Statement|Communiqu\u00e9"
                    + "|Memorandum|Code of Conduct)");
    private static final List<String> LIGHT_OBJECTS = List.of(
            "a full member of",
            "a member of",
            "an official visit to",
            "a visit to",
            "full diplomatic ties with",
            "diplomatic ties with",
            "diplomatic and economic relations with",
            "diplomatic relations with",
            "its troops from",
            "troops from");

    /** Per-document state: what the story has dated so far, and the facts found. */
    private static final class Run {
        final String document;
        final TextCleaner.DocumentInfo info;
        final int docYear;
        final int datelineYear;
        final int datelineMonth;
        final List<Draft> drafts = new ArrayList<>();
        final Map<Integer, String[]> congresses = new HashMap<>();
        TimeExpression lastEvent;
        int depthGuard;
        String previousVerb;
        /** Where the subject starts when the date opens the clause ("In 1976, agreements ... were signed"). */
        int subjectFrom = -1;

        int lastYear;
        String lastYearText;
        String lastSubject;
        String lastPerson;
        final List<String> recentCountries = new ArrayList<>();

        Run(String document, TextCleaner.DocumentInfo info) {
            this.document = document;
            this.info = info;
            this.docYear =
                    info.date() == null ? 0 : Integer.parseInt(info.date().substring(0, 4));
            if (info.dateline() != null) {
                datelineYear = Integer.parseInt(info.dateline().substring(0, 4));
                datelineMonth = Integer.parseInt(info.dateline().substring(5, 7));
            } else {
                datelineYear = 0;
                datelineMonth = 0;
            }
        }

        /** Congresses the document itself dates ("the 6th Party Congress in 1986") win over the table. */
        void datedCongresses(List<List<String>> paragraphs) {
            for (List<String> sentences : paragraphs) {
                for (String s : sentences) {
                    if (!s.contains("ongress")) {
                        continue;
                    }
                    List<TimeExpression> exprs = DateExpressions.find(s);
                    for (int i = 0; i < exprs.size(); i++) {
                        TimeExpression c = exprs.get(i);
                        if (c.type() != TimeExpression.Type.CONGRESS) {
                            continue;
                        }
                        int n = DateExpressions.congressNumber(c.text());
                        if (n <= 0 || congresses.containsKey(n)) {
                            continue;
                        }
                        TimeExpression next = i + 1 < exprs.size() ? exprs.get(i + 1) : null;
                        TimeExpression prev = i > 0 ? exprs.get(i - 1) : null;
                        if (next != null
                                && next.type() == TimeExpression.Type.DATE
                                && s.substring(c.end(), next.start())
                                        .matches("(?: of the [A-Z][\\p{L} ]{0,50}?)?(?: held)?,? (?:in|on) ")) {
                            congresses.put(n, new String[] {next.value(), next.text()});
                        } else if (prev != null
                                && prev.type() == TimeExpression.Type.DATE
                                && c.start() - prev.end() <= 80
                                && s.substring(prev.end(), c.start()).matches("[^;.]*(?:at|during) the ")) {
                            congresses.put(n, new String[] {prev.value(), prev.text()});
                        }
                    }
                }
            }
        }

        void sentence(String s, int index) {
            if (PUBLICATION.matcher(s).find()) {
                return;
            }
            previousVerb = null;
            List<TimeExpression> exprs = DateExpressions.find(s);
            if (exprs.size() > MAX_DATES_PER_SENTENCE) {
                // a table or a run of numbers, not prose: its dates say nothing about events
                exprs = List.of();
            }
            List<Gazetteer.Mention> mentions = Gazetteer.mentions(s);
            List<Tok> toks = tokenize(s);
            String mainSubject = null;
            if (!exprs.isEmpty()) {
                List<Item> items = classify(s, exprs);
                boolean listDone = false;
                String previousSubject = null;
                String previousObject = null;
                int previousEnd = -1;
                for (Item item : items) {
                    switch (item.role()) {
                        case LIST -> {
                            if (!listDone) {
                                listItems(s, index, items, toks, mentions);
                                listDone = true;
                            }
                        }
                        case SPAN -> span(s, index, item, mentions);
                        case NOMINAL -> nominal(s, index, item, toks, mentions);
                        case EVENT, PLAN -> {
                            Draft d = event(
                                    s,
                                    index,
                                    item,
                                    toks,
                                    mentions,
                                    exprs,
                                    previousSubject,
                                    previousObject,
                                    previousEnd);
                            if (d != null) {
                                previousSubject = d.subject() != null ? d.subject() : previousSubject;
                                previousObject = d.object();
                                previousEnd = item.expr().end();
                                if (mainSubject == null) {
                                    mainSubject = d.subject();
                                }
                            }
                        }
                        default -> {}
                    }
                    if (item.role() != Role.SKIP
                            && item.role() != Role.PLAN
                            && item.role() != Role.CONTEXT
                            && item.expr().resolved()) {
                        lastEvent = item.expr();
                    }
                    if (item.expr().resolved()
                            && item.role() != Role.PLAN
                            && item.expr().firstYear() > 0) {
                        lastYear = item.expr().firstYear();
                        lastYearText = item.expr().text();
                    }
                }
                for (TimeExpression e : exprs) {
                    if (e.resolved() && e.type() == TimeExpression.Type.DATE && e.firstYear() > 0 && lastYear == 0) {
                        lastYear = e.firstYear();
                        lastYearText = e.text();
                    }
                }
            }
            track(s, toks, mentions);
        }

        /** Remembers who the story is about, for resolving "it", "the country" and "the two countries". */
        void track(String s, List<Tok> toks, List<Gazetteer.Mention> mentions) {
            String first = null;
            for (Gazetteer.Mention m : mentions) {
                if (m.type() == Entity.Type.PERSON) {
                    lastPerson = m.canonical();
                }
                if (m.type() == Entity.Type.COUNTRY) {
                    recentCountries.remove(m.canonical());
                    recentCountries.add(m.canonical());
                    if (recentCountries.size() > 6) {
                        recentCountries.remove(0);
                    }
                }
                if (first == null && m.start() < 40 && m.type() != Entity.Type.PERSON) {
                    first = m.canonical();
                }
            }
            if (first != null) {
                lastSubject = first;
            }
        }

        List<Item> classify(String s, List<TimeExpression> raw) {
            List<Item> items = new ArrayList<>();
            TimeExpression sentenceAnchor = null;
            boolean explicit = false;
            for (TimeExpression e0 : raw) {
                if (e0.type() == TimeExpression.Type.CONGRESS) {
                    items.add(null);
                    continue;
                }
                TimeExpression e = resolve(s, e0, sentenceAnchor, false);
                if (e == null) {
                    items.add(null);
                    continue;
                }
                Item item = role(s, e, false);
                items.add(item);
                if (item.role() != Role.SKIP && item.role() != Role.PLAN && e.resolved()) {
                    sentenceAnchor = e;
                    explicit = true;
                }
            }
            // a congress dates the sentence only when nothing else does ("The 10th Party Congress reaffirmed ...")
            for (int i = 0; i < raw.size(); i++) {
                if (raw.get(i).type() == TimeExpression.Type.CONGRESS) {
                    TimeExpression e = resolve(s, raw.get(i), null, explicit);
                    items.set(i, e == null ? null : role(s, e, explicit));
                }
            }
            items.removeIf(java.util.Objects::isNull);
            return items;
        }

        TimeExpression resolve(String s, TimeExpression e, TimeExpression sentenceAnchor, boolean explicit) {
            switch (e.type()) {
                case RELATIVE -> {
                    TimeExpression anchor = sentenceAnchor != null ? sentenceAnchor : lastEvent;
                    return anchor == null ? null : relative(e, anchor);
                }
                case YEARLESS -> {
                    return yearless(e);
                }
                case CONGRESS -> {
                    int n = DateExpressions.congressNumber(e.text());
                    String[] dated = congresses.get(n);
                    if (dated != null) {
                        int y = Integer.parseInt(dated[0].substring(0, 4));
                        return e.withValue(
                                dated[0], y, y, ordinal(e.text()) + ", dated " + dated[1] + " in the document");
                    }
                    if (n > 0 && n < CONGRESS_YEARS.length) {
                        int y = CONGRESS_YEARS[n];
                        return e.withValue(Integer.toString(y), y, y, ordinal(e.text()) + " = " + y);
                    }
                    return null;
                }
                default -> {
                    return e;
                }
            }
        }

        private String ordinal(String congressText) {
            String t = congressText.strip();
            return t.startsWith("the ") || t.startsWith("The ") ? t.substring(4) : t;
        }

        TimeExpression relative(TimeExpression e, TimeExpression anchor) {
            String unit = DateExpressions.relativeUnit(e.text());
            int n = DateExpressions.relativeAmount(e.text());
            String lower = e.text().toLowerCase(Locale.ROOT);
            String av = anchor.value();
            int ay = anchor.type() == TimeExpression.Type.RANGE ? anchor.lastYear() : anchor.firstYear();
            if (ay <= 0) {
                return null;
            }
            String anchorText = anchor.type() == TimeExpression.Type.DATE
                            || anchor.type() == TimeExpression.Type.DECADE
                            || anchor.type() == TimeExpression.Type.RANGE
                    ? anchor.text().replaceFirst("^(?i)the ", "")
                    : readable(anchor.value());
            if (unit.equals("same") || lower.contains("same day") || lower.contains("since then")) {
                String note = lower.contains("since") ? "since " + anchorText : "the same day as " + anchorText;
                return e.withValue(av, anchor.firstYear(), anchor.lastYear(), note);
            }
            boolean span = lower.startsWith("over")
                    || lower.startsWith("in the")
                    || lower.startsWith("during")
                    || lower.startsWith("within");
            if (unit.equals("year") || unit.equals("decade")) {
                int years = unit.equals("decade") ? n * 10 : n;
                if (span) {
                    return e.withValue(
                            ay + "/" + (ay + years),
                            ay,
                            ay + years,
                            "the " + n + " " + unit + (n == 1 ? "" : "s") + " after " + anchorText);
                }
                return e.withValue(
                        Integer.toString(ay + years),
                        ay + years,
                        ay + years,
                        words(n) + " " + unit + (n == 1 ? "" : "s") + " after " + anchorText);
            }
            if (unit.equals("month") && av.length() >= 7) {
                int y = Integer.parseInt(av.substring(0, 4));
                int m = Integer.parseInt(av.substring(5, 7)) + n;
                y += (m - 1) / 12;
                m = (m - 1) % 12 + 1;
                String note = (n == 1 ? "the month" : n + " months") + " after " + anchorText;
                return e.withValue(String.format(Locale.ROOT, "%04d-%02d", y, m), y, y, note);
            }
            if (unit.equals("day") && av.length() == 10) {
                java.time.LocalDate d = java.time.LocalDate.parse(av).plusDays(n);
                return e.withValue(
                        d.toString(),
                        d.getYear(),
                        d.getYear(),
                        (n == 1 ? "the day" : n + " days") + " after " + anchorText);
            }
            return null;
        }

        /** "2022-04-30" as "30 April 2022", "1998-11" as "November 1998"; other values as they are. */
        static String readable(String value) {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Integer.parseInt(value.substring(8)) + " "
                        + DateExpressions.MONTHS.get(Integer.parseInt(value.substring(5, 7)) - 1) + " "
                        + value.substring(0, 4);
            }
            if (value.matches("\\d{4}-\\d{2}")) {
                return DateExpressions.MONTHS.get(Integer.parseInt(value.substring(5, 7)) - 1) + " "
                        + value.substring(0, 4);
            }
            return value;
        }

        private String words(int n) {
            String[] w = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
            return n < w.length ? w[n] : Integer.toString(n);
        }

        TimeExpression yearless(TimeExpression e) {
            Matcher m = Pattern.compile("([A-Z][a-z]+\\.?)(?: ([0-9]{1,2}))?|([0-9]{1,2}) ([A-Z][a-z]+)")
                    .matcher(e.text());
            if (!m.find()) {
                return null;
            }
            String monthName = m.group(1) != null ? m.group(1) : m.group(4);
            String dayText = m.group(2) != null ? m.group(2) : m.group(3);
            int month = DateExpressions.month(monthName);
            if (month == 0) {
                return null;
            }
            int year;
            String note;
            if (datelineYear > 0) {
                year = month > datelineMonth ? datelineYear - 1 : datelineYear;
                note = "year from the dateline " + DateExpressions.MONTHS.get(datelineMonth - 1) + " " + datelineYear;
            } else if (lastYear > 0) {
                year = lastYear;
                note = "year from the context (" + lastYearText + ")";
            } else {
                return null;
            }
            String value = dayText == null
                    ? String.format(Locale.ROOT, "%04d-%02d", year, month)
                    : String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, Integer.parseInt(dayText));
            return e.withValue(value, year, year, note);
        }

        Item role(String s, TimeExpression e, boolean explicit) {
            String before = s.substring(Math.max(0, e.start() - 80), e.start());
            String after = s.substring(e.end(), Math.min(s.length(), e.end() + 60));
            if (PUBLICATION.matcher(before).find()) {
                return new Item(e, Role.SKIP, null, null);
            }
            if (e.type() == TimeExpression.Type.CONGRESS) {
                return new Item(e, congressActs(s, e, explicit) ? Role.EVENT : Role.CONTEXT, Modality.EVENT, null);
            }
            if (before.endsWith("(") && after.startsWith(")")) {
                String head = s.substring(0, e.start() - 1).strip();
                if (head.toLowerCase(Locale.ROOT).matches("(?s).*\\b(?:war|conflict)$")
                        && e.type() == TimeExpression.Type.RANGE) {
                    return new Item(e, Role.SPAN, Modality.EVENT, null);
                }
                boolean named = agreementBefore(head) != null || s.matches("(?s).*\\bagreements\\b[^:]{0,80}:.*");
                if (named && !head.isEmpty() && Character.isLetter(head.charAt(head.length() - 1))) {
                    return new Item(e, Role.LIST, Modality.EVENT, null);
                }
            }
            if (before.matches("(?s).*\\(\\p{Lu}{2,}\\s$")) {
                return new Item(e, Role.SKIP, null, null);
            }
            if (after.matches("(?s)^ [A-Z].*") && before.matches("(?si).*\\b(?:the|a|an)\\s$")) {
                if (before.matches("(?si).*\\b(?:within (?:\\w+ )?(?:months|weeks|days|years) of|following|after|since)"
                        + " the\\s$")) {
                    return new Item(e, Role.EVENT, Modality.EVENT, null);
                }
                return new Item(e, Role.SKIP, null, null);
            }
            if (before.matches(
                    "(?s).*\\b(?:Agreements?|Treaty|Convention|Accords?|Protocol|Declaration|Charter) of\\s$")) {
                // the name's year dates the sentence when the agreement is signed or is what acts
                // ("The Geneva Accords of 1954 divided Vietnam"), not when it is only cited
                boolean signed = s.matches("(?s).*\\b(?:signatory|signed|ratified|concluded|acceded|reached)\\b.*");
                List<Tok> next = tokenize(after);
                boolean acts = !next.isEmpty()
                        && next.get(0).word()
                        && Verbs.looksPast(next.get(0).text());
                return new Item(e, signed || acts ? Role.EVENT : Role.SKIP, Modality.EVENT, null);
            }
            Matcher noun = Pattern.compile("^[- ]([a-z][a-z-]*)").matcher(after);
            if ((e.type() == TimeExpression.Type.DATE || e.type() == TimeExpression.Type.RANGE)
                    && before.matches("(?s).*(?:\\b(?:the|a|an|its|their|his|her)|['\u2019]s)\\s$")
                    && noun.find()) {
                String n = noun.group(1);
                if (PLAN_NOUNS.contains(n)) {
                    return new Item(e, Role.PLAN, Modality.PLAN, n);
                }
                if (EVENT_NOUNS.contains(n)) {
                    return new Item(e, Role.NOMINAL, Modality.EVENT, n);
                }
                return new Item(e, Role.SKIP, null, null);
            }
            Modality m = modality(s, e);
            if (m == Modality.EVENT && docYear > 0 && e.firstYear() > docYear) {
                m = before.matches("(?s).*\\bby\\s(?:the\\s)?$") ? Modality.TARGET : Modality.PLAN;
            }
            if (m != Modality.EVENT) {
                return new Item(e, Role.PLAN, m, null);
            }
            return new Item(e, Role.EVENT, Modality.EVENT, null);
        }

        boolean congressActs(String s, TimeExpression e, boolean explicit) {
            if (explicit) {
                return false;
            }
            String before = s.substring(Math.max(0, e.start() - 20), e.start()).toLowerCase(Locale.ROOT);
            if (before.matches("(?s).*\\b(?:at|during) the $")) {
                return before.matches("(?s).*\\b(?:decided|adopted|agreed|set|made|determined) (?:at|during) the $");
            }
            if (before.matches("(?s).*\\b(?:of|after|before|what|to|since|from|by) the $")) {
                return false;
            }
            List<Tok> rest = tokenize(s.substring(e.end()));
            for (Tok t : rest) {
                String w = t.text();
                if (!t.word()) {
                    if (w.equals(",") || w.equals(";")) {
                        return false;
                    }
                    continue;
                }
                if (Character.isUpperCase(w.charAt(0))
                        || Set.of("of", "the", "and", "on", "for", "clearly", "also", "only", "further")
                                .contains(w)) {
                    continue;
                }
                return Verbs.looksPast(w) || w.equals("serveed");
            }
            return false;
        }

        Modality modality(String s, TimeExpression e) {
            Modality m = modalityBefore(s, e);
            if (m != Modality.EVENT) {
                return m;
            }
            String before = s.substring(0, e.start()).strip();
            boolean initial = before.isEmpty()
                    || before.matches("(?s)(?:.*[,;:])?\\s*(?i:(?:as such,?\\s*)?(?:in|on|by|"
                            + "over|within|during|from|since|at)(?: the)?)?");
            if (initial) {
                String after = s.substring(e.end(), Math.min(s.length(), e.end() + 120))
                        .toLowerCase(Locale.ROOT);
                String[] words = after.split("[^\\p{L}'-]+");
                for (int i = 0, n = 0; i < words.length && n < 12; i++) {
                    String w = words[i];
                    if (w.isEmpty()) {
                        continue;
                    }
                    n++;
                    if (Set.of("will", "would", "shall").contains(w)) {
                        return Modality.PLAN;
                    }
                    if (Verbs.knownPast(w)
                            || Set.of("was", "were", "had", "did").contains(w)) {
                        break;
                    }
                }
            }
            return Modality.EVENT;
        }

        Modality modalityBefore(String s, TimeExpression e) {
            String before = s.substring(Math.max(0, e.start() - 200), e.start());
            int cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'));
            if (cut >= 0) {
                before = before.substring(cut + 1);
            }
            String lower = before.toLowerCase(Locale.ROOT);
            if (lower.matches("(?s).*\\bforecasts? (?:for|of)\\s$")) {
                return Modality.FORECAST;
            }
            boolean by = lower.matches("(?s).*\\bby\\s(?:the\\s)?$");
            String[] words = lower.split("[^\\p{L}\\p{N}'-]+");
            int seen = 0;
            for (int i = words.length - 1; i >= 0 && seen < 30; i--) {
                String w = words[i];
                if (w.isEmpty()) {
                    continue;
                }
                seen++;
                switch (w) {
                    case "forecast", "forecasts" -> {
                        return Modality.FORECAST;
                    }
                    case "hope", "hopes", "hoped", "hoping" -> {
                        return Modality.HOPE;
                    }
                    case "goal", "goals", "target", "targets", "targeted" -> {
                        return Modality.TARGET;
                    }
                    case "will",
                            "would",
                            "shall",
                            "plan",
                            "plans",
                            "planned",
                            "planning",
                            "intends",
                            "intend",
                            "aims",
                            "expects",
                            "expected",
                            "scheduled" -> {
                        return by ? Modality.TARGET : Modality.PLAN;
                    }
                    case "was", "were", "had", "did", "became", "began" -> {
                        return Modality.EVENT;
                    }
                    default -> {
                        if (Verbs.knownPast(w)) {
                            return Modality.EVENT;
                        }
                    }
                }
            }
            return Modality.EVENT;
        }

        // ---- facts -------------------------------------------------------------------------------------

        void add(
                String s,
                int index,
                TimeExpression e,
                String event,
                String subject,
                String action,
                String object,
                List<String> who,
                String agreement,
                String category,
                String organization,
                FactKind kind,
                Modality modality,
                String key,
                boolean conflictable) {
            if (event == null || event.isBlank()) {
                return;
            }
            String value = e.value();
            drafts.add(new Draft(
                    document,
                    s,
                    index * 1000 + Math.min(999, e.start()),
                    value,
                    e.text(),
                    e.note(),
                    event,
                    subject,
                    action,
                    object,
                    who,
                    agreement,
                    organization,
                    kind,
                    modality == null ? Modality.EVENT : modality,
                    key,
                    conflictable,
                    category));
        }

        void span(String s, int index, Item item, List<Gazetteer.Mention> mentions) {
            TimeExpression e = item.expr();
            String head = s.substring(0, e.start() - 1).strip();
            Matcher m = Pattern.compile("(?:^|\\s)(?:[Tt]he )?((?:[A-Za-z-]+ ){0,2}(?:[Ww]ar|[Cc]onflict))$")
                    .matcher(head);
            if (!m.find()) {
                return;
            }
            String name = m.group(1).replaceFirst("^(?i)(?:during|in|of|after|before) ", "");
            name = titleCase(name);
            String canonical = Gazetteer.war(name);
            int clauseEnd = s.length();
            for (String stop : List.of(", and ", "; ")) {
                int k = s.indexOf(stop, e.end());
                if (k >= 0 && k < clauseEnd) {
                    clauseEnd = k;
                }
            }
            List<String> who = who(mentions, 0, clauseEnd, null);
            String subject = "the " + name;
            add(
                    s,
                    index,
                    e,
                    capitalize(subject) + " was fought",
                    subject,
                    "be fought",
                    null,
                    who,
                    null,
                    null,
                    null,
                    FactKind.CONFLICT,
                    Modality.EVENT,
                    "war|" + (canonical == null ? name : canonical),
                    true);
        }

        void nominal(String s, int index, Item item, List<Tok> toks, List<Gazetteer.Mention> mentions) {
            TimeExpression e = item.expr();
            String before = s.substring(0, e.start());
            String possessor = null;
            Matcher pm = Pattern.compile("([A-Z][\\p{L}.-]*(?: [A-Z][\\p{L}.-]*){0,3})['\u2019]s\\s$")
                    .matcher(before);
            if (pm.find()) {
                possessor = pm.group(1)
                        .replaceFirst(
                                "^(?:Following|Before|After|During|Since|Until|With|In|Of|At|On|By|From|Despite) ", "");
            }
            String noun = item.noun();
            int nounEnd = s.indexOf(noun, e.end()) + noun.length();
            String object = nominalObject(s, nounEnd, toks);
            buildNominal(s, index, e, noun, possessor, object, mentions, item.modality());
        }

        String nominalObject(String s, int from, List<Tok> toks) {
            StringBuilder sb = new StringBuilder();
            boolean started = false;
            int count = 0;
            for (Tok t : toks) {
                if (t.start() < from) {
                    continue;
                }
                String w = t.text();
                if (!started) {
                    if (PREPOSITIONS.contains(w)) {
                        started = true;
                        sb.append(w);
                        continue;
                    }
                    return "";
                }
                if (w.equals(",")
                        || w.equals(";")
                        || w.equals(".")
                        || w.equals("and")
                        || w.equals("(")
                        || CLAUSE_WORDS.contains(w)
                        || count > 12) {
                    break;
                }
                if (PREPOSITIONS.contains(w) && count > 0 && isDateStart(s, t.end())) {
                    break;
                }
                sb.append(' ').append(w);
                count++;
            }
            return count == 0 ? "" : sb.toString();
        }

        boolean isDateStart(String s, int from) {
            String rest = s.substring(from, Math.min(s.length(), from + 25)).stripLeading();
            return rest.matches("(?s)^(?:\\d|January|February|March|April|May|June|July|August|September|October"
                    + "|November|December|the \\d|early|late|mid).*");
        }

        void buildNominal(
                String s,
                int index,
                TimeExpression e,
                String noun,
                String possessor,
                String object,
                List<Gazetteer.Mention> mentions,
                Modality modality) {
            String prep = object.isEmpty()
                    ? ""
                    : object.substring(0, object.indexOf(' ') < 0 ? object.length() : object.indexOf(' '));
            String target =
                    object.isEmpty() ? "" : object.substring(prep.length()).strip();
            String subject = possessor;
            if (subject == null && (noun.equals("visit") || noun.equals("trip") || noun.equals("talks"))) {
                Matcher sm =
                        Pattern.compile("^((?:[A-Z][\\p{L}.'-]*\\s?){1,6}),").matcher(s);
                if (sm.find()) {
                    subject = sm.group(1).strip();
                }
            }
            String event;
            String action;
            String obj = target.isEmpty() ? null : target;
            switch (noun) {
                case "invasion", "occupation", "recognition" -> {
                    String base =
                            noun.equals("invasion") ? "invade" : noun.equals("occupation") ? "occupy" : "recognize";
                    action = base;
                    event = subject != null
                            ? subject + " " + Verbs.past(base) + " " + target
                            : capitalize(target) + " was " + Verbs.past(base);
                    if (subject == null) {
                        action = null;
                    }
                }
                case "visit", "trip" -> {
                    action = "visit";
                    event = subject != null ? subject + " visited " + target : "A visit to " + target + " took place";
                    if (subject == null) {
                        action = null;
                    }
                }
                case "talks" -> {
                    action = "hold talks " + prep;
                    event = subject != null ? subject + " held talks " + object : "Talks " + object + " took place";
                }
                case "decision" -> {
                    action = null;
                    event = "The decision " + object + " was made";
                    obj = null;
                    subject = null;
                }
                case "ban" -> {
                    action = "ban";
                    event = subject != null ? subject + " imposed a ban " + object : "A ban " + object + " was imposed";
                }
                case "acceptance", "admission" -> {
                    action = noun.equals("acceptance") ? "be accepted into" : "be admitted to";
                    event = subject
                            + (noun.equals("acceptance") ? " was accepted into " : " was admitted to ")
                            + target;
                }
                case "accession" -> {
                    action = "accede to";
                    event = subject + " acceded to " + target;
                }
                case "withdrawal" -> {
                    action = "withdraw from";
                    event = subject + " withdrew " + object;
                }
                case "attack", "attacks" -> {
                    action = "attack";
                    event = subject + " attacked " + target;
                }
                case "incursion" -> {
                    action = "launch an incursion into";
                    event = subject + " launched an incursion " + object;
                }
                case "normalization" -> {
                    action = "normalize relations with";
                    event = subject + " normalized relations " + object;
                }
                default -> {
                    return;
                }
            }
            if (subject == null && (event.startsWith("null") || target.isEmpty() && !noun.equals("decision"))) {
                return;
            }
            event = tidy(event);
            String subj = subject == null ? null : resolvePronoun(subject, s, e.start());
            if (subj != null && !subj.equals(subject)) {
                event = subj + event.substring(subject.length());
            }
            List<String> who = who(mentions, 0, s.length(), subj);
            String org = firstOf(mentions, obj, Entity.Type.ORGANIZATION);
            FactKind kind = kind(event, action, null, org, s);
            String key = key(subj, action, obj, org, null);
            boolean conflictable = key != null && key.startsWith("member|");
            add(s, index, e, event, subj, action, obj, who, null, null, org, kind, modality, key, conflictable);
        }

        /** Agreements listed with their years: "Normalization of Relations (1995), Bilateral Trade (2001), ...". */
        void listItems(String s, int index, List<Item> items, List<Tok> toks, List<Gazetteer.Mention> mentions) {
            int colon = s.indexOf(':');
            int firstParen = Integer.MAX_VALUE;
            for (Item it : items) {
                if (it.role() == Role.LIST) {
                    firstParen = Math.min(firstParen, it.expr().start() - 1);
                }
            }
            String lead;
            int regionStart;
            String verbText = null;
            String base = null;
            if (colon >= 0 && colon < firstParen) {
                lead = s.substring(0, colon);
                regionStart = colon + 1;
            } else {
                Matcher vm = Pattern.compile("\\b(reached|agreed to|signed|concluded|ratified|joined|adopted)\\s")
                        .matcher(s);
                if (!vm.find() || vm.end() > firstParen) {
                    for (Item it : items) {
                        if (it.role() == Role.LIST) {
                            listSingle(s, index, it, mentions);
                        }
                    }
                    return;
                }
                lead = s.substring(0, vm.end());
                regionStart = vm.end();
                verbText = vm.group(1);
            }
            Matcher lv = Pattern.compile("\\b(reached|agreed to|signed|concluded|ratified|joined|adopted)\\b")
                    .matcher(lead);
            if (verbText == null && lv.find()) {
                verbText = lv.group(1);
            }
            if (verbText != null) {
                String first = verbText.split(" ")[0];
                base = Verbs.baseOfPast(first);
                if (base != null && verbText.contains(" ")) {
                    base = base + verbText.substring(first.length());
                }
            }
            String subject = null;
            Matcher sm = Pattern.compile(
                            "(?:^|,\\s)([A-Z][\\p{L}]+(?: [A-Z][\\p{L}]+){0,3})\\s+(?:reached|agreed|signed"
                                    + "|concluded|ratified|joined|adopted|is)\\b")
                    .matcher(lead);
            if (sm.find()) {
                subject = sm.group(1);
            }
            String counterpart = null;
            Matcher cm = Pattern.compile("^With ((?:the )?[A-Z][\\p{L}]+(?: [A-Z][\\p{L}]+){0,3}),")
                    .matcher(s);
            if (cm.find()) {
                counterpart = cm.group(1);
            }
            String region = s.substring(regionStart);
            // each "(year)" closes a chunk: "Counternarcotics, Civil Aviation, and Textiles (2003)" is three names
            Matcher ym = Pattern.compile("\\((1[0-9]{3}|20[0-9]{2})\\)").matcher(region);
            int prev = 0;
            while (ym.find()) {
                String chunk = region.substring(prev, ym.start())
                        .replaceFirst("^[\\s,;]*(?:and\\s+)?", "")
                        .strip();
                prev = ym.end();
                int at = regionStart + ym.start() + 1;
                TimeExpression e = null;
                for (Item it : items) {
                    if (it.expr().start() == at) {
                        e = it.expr();
                    }
                }
                if (e == null || chunk.isEmpty() || chunk.length() > 300) {
                    continue;
                }
                String[] names = chunk.split(",\\s*(?:and\\s+)?");
                for (String name : names) {
                    listFact(
                            s,
                            index,
                            e,
                            name.strip(),
                            subject,
                            verbText,
                            base,
                            counterpart,
                            mentions,
                            names.length > 1);
                }
            }
        }

        void listSingle(String s, int index, Item it, List<Gazetteer.Mention> mentions) {
            String head = s.substring(0, it.expr().start() - 1).strip();
            String name = agreementBefore(head);
            if (name == null) {
                return;
            }
            listFact(s, index, it.expr(), name, null, null, null, null, mentions, false);
        }

        void listFact(
                String s,
                int index,
                TimeExpression e,
                String rawName,
                String subject,
                String verbText,
                String base,
                String counterpart,
                List<Gazetteer.Mention> mentions,
                boolean shared) {
            String name = rawName.replaceFirst("^(?:and |a |an |the )", "").strip();
            if (name.isEmpty() || !Character.isUpperCase(name.charAt(0))) {
                return;
            }
            Matcher head = AGREEMENT_HEAD.matcher(name);
            String category;
            String canonical;
            if (head.find()) {
                category = category(head.group(1));
                canonical = name;
            } else {
                category = "agreement";
                canonical = name + " Agreement";
            }
            String subj = subject == null ? null : resolvePronoun(subject, s, 0);
            String cp = counterpart == null ? null : counterpart.replaceFirst("^the ", "");
            String object = "the " + canonical + (counterpart == null ? "" : " with " + counterpart);
            String event;
            String action = base;
            if (subj != null && verbText != null) {
                event = subj + " " + verbText + " " + object;
            } else {
                event = "The " + canonical + " was signed";
                subj = null;
                action = null;
                object = null;
            }
            List<String> who = new ArrayList<>();
            if (subj != null && Gazetteer.canonical(subj) != null) {
                who.add(Gazetteer.canonical(subj));
            }
            if (cp != null) {
                String c = Gazetteer.canonical(cp);
                who.add(c == null ? cp : c);
            }
            String note = e.note();
            if (shared) {
                note = "the year given after \"" + canonical.replaceFirst(" Agreement$", "") + "\" and the names listed"
                        + " with it";
            }
            TimeExpression e2 = e.withValue(e.value(), e.firstYear(), e.lastYear(), note);
            String key = "agreement|" + canonical.toLowerCase(Locale.ROOT) + "|" + (cp == null ? "" : cp);
            add(
                    s,
                    index,
                    e2,
                    tidy(event),
                    subj,
                    action,
                    object,
                    who,
                    canonical,
                    category,
                    null,
                    FactKind.TREATY,
                    Modality.EVENT,
                    key,
                    true);
        }

        String agreementBefore(String head) {
            List<Tok> toks = tokenize(head);
            int i = toks.size() - 1;
            int start = -1;
            while (i >= 0) {
                String w = toks.get(i).text();
                if (Character.isUpperCase(w.charAt(0))) {
                    start = i;
                } else if (!Set.of("of", "on", "the", "for", "in", "a", "to", "and", "or", "that", "any", "other")
                        .contains(w)) {
                    break;
                }
                i--;
            }
            if (start < 0) {
                return null;
            }
            String name = head.substring(toks.get(start).start());
            return AGREEMENT_HEAD.matcher(name).find() ? name : null;
        }

        static String category(String head) {
            String h = head.toLowerCase(Locale.ROOT);
            if (h.startsWith("agreement")) {
                return "agreement";
            }
            if (h.startsWith("accord")) {
                return "accord";
            }
            if (h.startsWith("code of conduct")) {
                return "code of conduct";
            }
            if (h.startsWith("communiq")) {
                return "communique";
            }
            return h;
        }

        Draft event(
                String s,
                int index,
                Item item,
                List<Tok> toks,
                List<Gazetteer.Mention> mentions,
                List<TimeExpression> exprs,
                String previousSubject,
                String previousObject,
                int previousEnd) {
            TimeExpression e = item.expr();
            int dateTok = tokenAt(toks, e.start());
            int dateEndTok = tokenAt(toks, e.end() - 1);
            if (dateTok < 0 || dateEndTok < 0) {
                return null;
            }
            // "Vietnam's acceptance into ASEAN in July 1995": the date belongs to a noun, not a verb
            Draft nominal = nominalBefore(s, index, item, toks, mentions, dateTok);
            if (nominal != null) {
                return nominal;
            }
            Draft followed = followedBy(s, index, item, mentions, previousVerb);
            if (followed != null) {
                return followed;
            }
            Draft decided = decidedAtCongress(s, index, item, toks, mentions);
            if (decided != null) {
                return decided;
            }
            Draft visit = visitAfter(s, index, item, mentions);
            if (visit != null) {
                return visit;
            }
            Clause c = clause(s, toks, e, dateTok, dateEndTok, exprs, previousSubject, previousObject, previousEnd);
            String event;
            String subject = null;
            String action = null;
            String object = null;
            if (c != null && c.subject() != null) {
                int at = s.indexOf(c.subject());
                subject = resolvePronoun(c.subject(), s, at < 0 ? e.start() : at);
                action = c.action();
                object = c.object() == null || c.object().isBlank() ? null : c.object();
                event = tidy(subject + " " + c.verbText() + (object == null ? "" : " " + object));
                previousVerb = c.verbText();
                // a plan dated by a phrase inside a past-tense clause ("agreed in May 2008 on ... in 2020"):
                // the clause is not the plan, so keep the sentence's own words
                if (item.role() == Role.PLAN && dateBetween(exprs, c.objectEnd(), e.start())) {
                    event = fallback(s, toks, e, exprs);
                    subject = null;
                    action = null;
                    object = null;
                }
            } else {
                event = fallback(s, toks, e, exprs);
            }
            if (event == null || event.length() < 8) {
                return null;
            }
            if (subject != null && !valid(subject)) {
                subject = null;
                action = null;
                object = null;
            }
            List<String> who = who(mentions, 0, s.length(), subject);
            String[] agreement = agreementIn(object != null ? object : event);
            if (agreement == null && subject != null) {
                agreement = agreementIn(subject);
            }
            String org = firstOf(mentions, object, Entity.Type.ORGANIZATION);
            List<String> orgs = allOf(mentions, object, Entity.Type.ORGANIZATION);
            if (c != null && action != null && (action.equals("become a member of") || action.equals("join"))) {
                int limit = s.indexOf(';', c.objectEnd());
                limit = limit < 0 ? s.length() : limit;
                for (int k = 0; k < toks.size(); k++) {
                    if (toks.get(k).start() > c.objectEnd() && toks.get(k).start() < limit && isVerb(toks, k)) {
                        limit = toks.get(k).start();
                    }
                }
                for (TimeExpression x : exprs) {
                    if (x.start() > c.objectEnd() && x.start() != e.start() && x.start() < limit) {
                        limit = x.start();
                    }
                }
                orgs = new ArrayList<>();
                for (Gazetteer.Mention m : mentions) {
                    if (m.type() == Entity.Type.ORGANIZATION
                            && m.start() >= c.objectEnd()
                            && m.end() <= limit
                            && !orgs.contains(m.canonical())) {
                        orgs.add(m.canonical());
                    }
                }
            }
            FactKind kind = kind(event, action, agreement == null ? null : agreement[0], org, s);
            if (org == null && kind == FactKind.MEMBERSHIP) {
                List<String> inSentence = new ArrayList<>();
                for (Gazetteer.Mention m : mentions) {
                    if (m.type() == Entity.Type.ORGANIZATION && !inSentence.contains(m.canonical())) {
                        inSentence.add(m.canonical());
                    }
                }
                org = inSentence.size() == 1 ? inSentence.get(0) : null;
            }
            if (orgs.size() > 1 && action != null && (action.equals("become a member of") || action.equals("join"))) {
                Draft last = null;
                for (String o : orgs) {
                    String ev = subject + " " + c.verbText() + " the " + o;
                    List<String> w = new ArrayList<>();
                    w.add(Gazetteer.canonical(subject) == null ? subject : Gazetteer.canonical(subject));
                    w.add(o);
                    add(
                            s,
                            index,
                            e,
                            tidy(ev),
                            subject,
                            action,
                            "the " + o,
                            w,
                            null,
                            null,
                            o,
                            FactKind.MEMBERSHIP,
                            item.modality(),
                            key(subject, action, o, o, null),
                            true);
                    last = drafts.get(drafts.size() - 1);
                }
                return last;
            }
            String key = key(subject, action, object, org, agreement == null ? null : agreement[0]);
            boolean conflictable = key != null && (key.startsWith("member|") || key.startsWith("agreement|"));
            Modality modality = item.role() == Role.PLAN ? item.modality() : Modality.EVENT;
            add(
                    s,
                    index,
                    e,
                    event,
                    subject,
                    action,
                    object,
                    who,
                    agreement == null ? null : agreement[0],
                    agreement == null ? null : agreement[1],
                    org,
                    kind,
                    modality,
                    key,
                    conflictable);
            return drafts.get(drafts.size() - 1);
        }

        private static final Pattern VISIT_AFTER = Pattern.compile("^,?\\s*during (?:her|his|their|its|an?|the)"
                + " (?:official |state |first )?(?:visit|trip) to ([A-Z][\\p{L}-]+(?: [A-Z][\\p{L}-]+){0,3})");
        private static final Pattern TITLE_BEFORE = Pattern.compile("((?:[A-Z][\\p{L}.-]*\\s|and\\s(?=[A-Z]))*)$");

        /** Whether another date stands between a verb (ending at from) and a date (starting at to). */
        boolean dateBetween(List<TimeExpression> exprs, int from, int to) {
            for (TimeExpression x : exprs) {
                if (x.start() >= from && x.end() <= to) {
                    return true;
                }
            }
            return false;
        }

        private static final Pattern FOLLOWED_BY = Pattern.compile(
                "^\\s*by (?:a |an |the )?((?:[\\p{L}-]+ ){0,3}(?:Treaty|Agreement|Accords?|Convention|Protocol|Declaration)"
                        + "(?: of| on| for| in| and| the| [A-Z][\\p{L}-]*){0,10})");

        /** "..., followed in 1977 by a twenty-five-year Treaty of Friendship and Cooperation." */
        Draft followedBy(String s, int index, Item item, List<Gazetteer.Mention> mentions, String verbBefore) {
            TimeExpression e = item.expr();
            String before = s.substring(Math.max(0, e.start() - 15), e.start());
            if (!before.matches("(?s).*\\bfollowed (?:in |on )?$")) {
                return null;
            }
            Matcher m = FOLLOWED_BY.matcher(s.substring(e.end()));
            if (!m.find()) {
                return null;
            }
            String np = m.group(1).strip();
            String[] agreement = agreementIn(np);
            String verb = verbBefore != null && verbBefore.matches("(?s).*\\b(?:signed|concluded)\\b.*")
                    ? "was " + verbBefore.replaceFirst("^.*\\b(signed|concluded)\\b.*$", "$1")
                    : "followed";
            String subject = "a " + np;
            List<String> who = who(mentions, 0, s.length(), null);
            add(
                    s,
                    index,
                    e,
                    tidy(subject + " " + verb),
                    subject,
                    verb.startsWith("was ") ? "be " + verb.substring(4) : "follow",
                    null,
                    who,
                    agreement == null ? null : agreement[0],
                    agreement == null ? null : agreement[1],
                    null,
                    FactKind.TREATY,
                    Modality.EVENT,
                    null,
                    false);
            return drafts.get(drafts.size() - 1);
        }

        /** "... the strategic goals decided at the 13th National Congress ...": the congress decided them. */
        Draft decidedAtCongress(String s, int index, Item item, List<Tok> toks, List<Gazetteer.Mention> mentions) {
            TimeExpression e = item.expr();
            if (e.type() != TimeExpression.Type.CONGRESS) {
                return null;
            }
            Matcher m = Pattern.compile("\\b([a-z]+ed) (?:at|during) the $")
                    .matcher(s.substring(Math.max(0, e.start() - 30), e.start()));
            if (!m.find()) {
                return null;
            }
            int vi = -1;
            for (int i = 0; i < toks.size(); i++) {
                if (toks.get(i).end() <= e.start() && toks.get(i).text().equals(m.group(1))) {
                    vi = i;
                }
            }
            if (vi < 1) {
                return null;
            }
            String np = antecedentPhrase(s, toks, vi);
            if (np == null) {
                return null;
            }
            int end = e.end();
            Matcher of = Pattern.compile("^ of the (?:[A-Z][\\p{L}]*(?: of| the)?\\s?){1,8}")
                    .matcher(s.substring(end));
            String congress = "the " + e.text() + (of.find() ? of.group().stripTrailing() : "");
            String event = tidy(congress + " " + m.group(1) + " " + np);
            String base = Verbs.baseOfPast(m.group(1));
            add(
                    s,
                    index,
                    e,
                    event,
                    capitalize(congress),
                    base,
                    np,
                    who(mentions, 0, s.length(), null),
                    null,
                    null,
                    null,
                    FactKind.POLICY,
                    Modality.EVENT,
                    null,
                    false);
            return drafts.get(drafts.size() - 1);
        }

        /** The noun phrase right before token i: "the national medium- and long-term development goals". */
        String antecedentPhrase(String s, List<Tok> toks, int i) {
            int end = i - 1;
            int start = i;
            for (int j = end, n = 0; j >= 0 && n < 14; j--, n++) {
                Tok t = toks.get(j);
                String lw = t.lower();
                boolean afterGerund = j > 0 && toks.get(j - 1).lower().endsWith("ing") && PREPOSITIONS.contains(lw);
                if (!t.word() && !t.text().equals("-")
                        || CLAUSE_WORDS.contains(lw)
                        || Verbs.looksPast(lw)
                        || afterGerund
                        || lw.endsWith("ing") && Character.isUpperCase(t.text().charAt(0))) {
                    break;
                }
                start = j;
            }
            return start > end ? null : render(s, toks, range(start, end));
        }

        /** "... on 25 August 2014 during her visit to Hanoi": the person named first visited the place. */
        Draft visitAfter(String s, int index, Item item, List<Gazetteer.Mention> mentions) {
            TimeExpression e = item.expr();
            Matcher vm = VISIT_AFTER.matcher(s.substring(e.end()));
            if (!vm.find()) {
                return null;
            }
            Gazetteer.Mention person = null;
            for (Gazetteer.Mention m : mentions) {
                if (m.type() == Entity.Type.PERSON && m.start() < e.start()) {
                    person = m;
                    break;
                }
            }
            if (person == null) {
                return null;
            }
            String prefix = s.substring(Math.max(0, person.start() - 80), person.start());
            Matcher tm = TITLE_BEFORE.matcher(prefix);
            String title = tm.find() ? tm.group(1).replaceFirst("^(?:and\\s)+", "") : "";
            String subject = (title + s.substring(person.start(), person.end())).strip();
            String place = vm.group(1);
            List<String> who = who(mentions, 0, s.length(), null);
            String key = "ev|" + person.canonical() + "|visit|" + canonicalText(place);
            add(
                    s,
                    index,
                    e,
                    tidy(subject + " visited " + place),
                    subject,
                    "visit",
                    place,
                    who,
                    null,
                    null,
                    null,
                    FactKind.VISIT,
                    Modality.EVENT,
                    key,
                    false);
            return drafts.get(drafts.size() - 1);
        }

        Draft nominalBefore(
                String s, int index, Item item, List<Tok> toks, List<Gazetteer.Mention> mentions, int dateTok) {
            int i = dateTok - 1;
            if (i >= 0 && PREPOSITIONS.contains(toks.get(i).lower())) {
                i--;
            }
            int nounAt = -1;
            for (int steps = 0; i >= 0 && steps < 14; i--, steps++) {
                Tok t = toks.get(i);
                String w = t.lower();
                if (w.equals(",")
                        || w.equals(";")
                        || Verbs.looksPast(w) && w.equals(t.text())
                        || Verbs.AUXILIARIES.contains(w) && !w.equals("been")) {
                    if (!(w.equals("was") && nounAt >= 0)) {
                        break;
                    }
                    break;
                }
                if (EVENT_NOUNS.contains(w) && nounAt < 0) {
                    nounAt = i;
                }
            }
            if (nounAt < 0) {
                return null;
            }
            int first = nounAt;
            while (first - 2 >= 0
                    && toks.get(first - 1).text().equals("and")
                    && EVENT_NOUNS.contains(toks.get(first - 2).lower())) {
                first -= 2;
            }
            String possessor = null;
            if (first - 1 >= 0) {
                String p = toks.get(first - 1).text();
                if (p.endsWith("'s") || p.endsWith("\u2019s")) {
                    possessor = p.substring(0, p.length() - 2);
                }
            }
            if (possessor == null && !toks.get(first).lower().equals("visit")) {
                return null;
            }
            String noun = toks.get(first).lower();
            int objFrom = toks.get(nounAt).end();
            String object = nominalObject(s, objFrom, toks);
            int before = drafts.size();
            buildNominal(s, index, item.expr(), noun, possessor, object, mentions, Modality.EVENT);
            return drafts.size() > before ? drafts.get(drafts.size() - 1) : null;
        }

        Clause clause(
                String s,
                List<Tok> toks,
                TimeExpression e,
                int dateTok,
                int dateEndTok,
                List<TimeExpression> exprs,
                String previousSubject,
                String previousObject,
                int previousEnd) {
            int prepTok = dateTok;
            while (prepTok - 1 >= 0
                    && (PREPOSITIONS.contains(toks.get(prepTok - 1).lower())
                            || Set.of("not", "early", "late", "mid", "as", "especially", "period")
                                    .contains(toks.get(prepTok - 1).lower()))) {
                prepTok--;
            }
            boolean clauseInitial = prepTok == 0
                    || Set.of(",", ";", ":", "and", "(")
                            .contains(toks.get(prepTok - 1).text());
            int verb = -1;
            int fwd = dateEndTok + 1;
            while (fwd < toks.size()
                    && (toks.get(fwd).text().equals(",") || toks.get(fwd).text().equals(":"))) {
                fwd++;
            }
            // "By 1976 while it appeared that ..., private suspicions grew": skip the subordinate clause
            if (clauseInitial
                    && fwd < toks.size()
                    && Set.of("while", "when", "although", "though", "because", "if", "whereas", "as")
                            .contains(toks.get(fwd).lower())) {
                int k = fwd;
                while (k < toks.size() && !toks.get(k).text().equals(",")) {
                    k++;
                }
                fwd = k + 1 < toks.size() ? k + 1 : fwd + 1;
            }
            subjectFrom = -1;
            if (clauseInitial) {
                verb = findVerb(toks, fwd, +1, true, exprs);
                if (verb >= 0) {
                    subjectFrom = fwd;
                }
            }
            if (verb < 0) {
                verb = findVerb(toks, prepTok - 1, -1, true, exprs);
            }
            if (verb < 0) {
                verb = findVerb(toks, fwd, +1, true, exprs);
                subjectFrom = verb >= 0 && clauseInitial ? fwd : -1;
            }
            if (verb < 0) {
                verb = findVerb(toks, prepTok - 1, -1, false, exprs);
            }
            if (verb < 0) {
                verb = findVerb(toks, fwd, +1, false, exprs);
                subjectFrom = verb >= 0 && clauseInitial ? fwd : -1;
            }
            if (verb < 0) {
                return null;
            }
            if (verb > dateEndTok
                    && verb > 0
                    && toks.get(verb - 1).text().equals(",")
                    && Verbs.looksPast(toks.get(verb).text())) {
                int close = verb + 1;
                while (close < toks.size()
                        && !toks.get(close).text().equals(",")
                        && !toks.get(close).text().equals(";")) {
                    close++;
                }
                if (close < toks.size() && toks.get(close).text().equals(",")) {
                    int later = findVerb(toks, close + 1, +1, true, exprs);
                    if (later >= 0) {
                        verb = later;
                    }
                }
            }
            Clause c = buildClause(s, toks, e, verb, exprs, previousSubject, previousObject, previousEnd);
            subjectFrom = -1;
            // "In November 2011, the Yomiuri Shimbun reported, leaders ... signed": skip the reporting clause
            if (c != null
                    && verb > dateEndTok
                    && verb + 2 < toks.size()
                    && SPEECH_VERBS.contains(toks.get(verb).lower())
                    && toks.get(verb + 1).text().equals(",")) {
                int v2 = findVerb(toks, verb + 2, +1, false, exprs);
                if (v2 >= 0) {
                    subjectFrom = verb + 2;
                    Clause c2 = buildClause(s, toks, e, v2, exprs, previousSubject, previousObject, previousEnd);
                    subjectFrom = -1;
                    if (c2 != null) {
                        c = c2;
                    }
                }
            }
            // "In 1964, Zhou Enlai, worried about ..., made an agreement": the verb after a comma had no subject
            for (int tries = 0;
                    c == null
                            && tries < 2
                            && verb > dateEndTok
                            && toks.get(verb - 1).text().equals(",");
                    tries++) {
                int next = verb + 1;
                while (next < toks.size() && !toks.get(next).text().equals(",")) {
                    next++;
                }
                verb = findVerb(toks, next + 1, +1, false, exprs);
                if (verb < 0) {
                    break;
                }
                c = buildClause(s, toks, e, verb, exprs, previousSubject, previousObject, previousEnd);
            }
            return c;
        }

        Clause buildClause(
                String s,
                List<Tok> toks,
                TimeExpression e,
                int verb,
                List<TimeExpression> exprs,
                String previousSubject,
                String previousObject,
                int previousEnd) {
            // inversion: "Not until 2001 ... did the Government of Vietnam announce its policy"
            boolean negated = verb + 2 < toks.size()
                    && toks.get(verb + 1).lower().equals("not")
                    && Verbs.isBase(toks.get(verb + 2).lower());
            if (negated) {
                String subj = subject(s, toks, verb, exprs);
                if (subj == null || subj.isEmpty()) {
                    return null;
                }
                String obj = object(s, toks, verb + 3, exprs, e);
                return new Clause(
                        subj,
                        "did not " + toks.get(verb + 2).lower(),
                        null,
                        obj,
                        toks.get(verb + 2).end());
            }
            if (toks.get(verb).lower().equals("did")) {
                for (int j = verb + 1; j < Math.min(toks.size(), verb + 10); j++) {
                    String w = toks.get(j).lower();
                    if (Verbs.isBase(w) && w.equals(toks.get(j).text())) {
                        String subj = join(s, toks, verb + 1, j - 1);
                        String obj = object(s, toks, j + 1, exprs, e);
                        return new Clause(subj, Verbs.past(w), w, obj, 0);
                    }
                }
                return null;
            }
            int phraseStart = verb;
            while (phraseStart - 1 >= 0) {
                String w = toks.get(phraseStart - 1).lower();
                if (Verbs.AUXILIARIES.contains(w)
                        || DISCOURSE.contains(w)
                        || ADVERBS.contains(w)
                        || w.equals("did")
                        || w.endsWith("ly") && w.length() > 4) {
                    phraseStart--;
                } else {
                    break;
                }
            }
            int main = verb;
            if (Set.of("will", "would", "shall").contains(toks.get(main).lower())) {
                main = verb + 1;
            }
            String mw = toks.get(main).lower();
            if (main == phraseStart
                    && reducedBeforeDate(toks, main, exprs)
                    && main > 0
                    && toks.get(main - 1).word()) {
                TimeExpression d = at(exprs, toks.get(main + 2).start());
                int after = main + 2;
                while (after < toks.size() && toks.get(after).start() < d.end()) {
                    after++;
                }
                if (after < toks.size() && isVerb(toks, after) && depthGuard++ < 3) {
                    return buildClause(s, toks, e, after, exprs, previousSubject, previousObject, previousEnd);
                }
                String subj = subject(s, toks, main, exprs);
                if (subj == null || subj.isEmpty()) {
                    return null;
                }
                subj = subj.replaceFirst(
                        "^(?:[a-z]+\\s)*?(?:to|with|of|under|from|for|in)\\s(?=(?:a|an|the)\\s[A-Z])", "");
                subj = subj.replaceFirst("^(?:a|an|its|their) ", "the ");
                String aux = plural(subj) ? "were " : "was ";
                return new Clause(
                        subj, aux + mw, "be " + mw, null, toks.get(main).end());
            }
            if (Verbs.AUXILIARIES.contains(mw) && main + 1 < toks.size()) {
                int k = main + 1;
                while (k < toks.size()
                        && (DISCOURSE.contains(toks.get(k).lower())
                                || ADVERBS.contains(toks.get(k).lower())
                                || toks.get(k).lower().endsWith("ly")
                                        && toks.get(k).lower().length() > 4)) {
                    k++;
                }
                if (k < toks.size()
                        && (Verbs.baseOfParticiple(toks.get(k).text()) != null
                                || Verbs.looksPast(toks.get(k).text()))) {
                    main = k;
                }
            }
            int mainEnd = main;
            if (mainEnd + 2 < toks.size()
                    && toks.get(mainEnd + 1).text().equals("and")
                    && Verbs.looksPast(toks.get(mainEnd + 2).text())) {
                mainEnd += 2;
            }
            if (mainEnd + 1 < toks.size()
                    && Set.of("up", "out", "off").contains(toks.get(mainEnd + 1).lower())) {
                mainEnd++;
            }
            String subject = null;
            if (subjectFrom >= 0 && subjectFrom < phraseStart && phraseStart - subjectFrom <= 24) {
                subject = subjectAfterDate(s, toks, subjectFrom, phraseStart, exprs);
            }
            if (subject == null) {
                subject = subject(s, toks, phraseStart, exprs);
            }
            if ((subject == null || subject.isEmpty())
                    && phraseStart > 0
                    && toks.get(phraseStart - 1).lower().equals("and")) {
                subject = previousSubject;
            }
            // quotative inversion: "..., said Indian Foreign Minister Sushma Swaraj in talks with ..."
            if ((subject == null || subject.isEmpty()) && toks.get(main).lower().equals("said")) {
                int k = main + 1;
                while (k < toks.size()
                        && (toks.get(k).word()
                                        && Character.isUpperCase(
                                                toks.get(k).text().charAt(0))
                                || toks.get(k).text().equals("and")
                                        && k + 1 < toks.size()
                                        && Character.isUpperCase(
                                                toks.get(k + 1).text().charAt(0)))) {
                    k++;
                }
                if (k > main + 1) {
                    subject = render(s, toks, range(main + 1, k - 1));
                    mainEnd = k - 1;
                }
            }
            if (subject == null || subject.isEmpty()) {
                return null;
            }
            StringBuilder vt = new StringBuilder();
            for (int j = phraseStart; j <= mainEnd; j++) {
                String w = toks.get(j).text();
                if (DISCOURSE.contains(w.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                if (vt.length() > 0) {
                    vt.append(' ');
                }
                vt.append(w);
            }
            String verbText = vt.toString();
            if (mainEnd > main && toks.get(main).lower().equals("said")) {
                verbText = "said";
            }
            for (Map.Entry<String, String> typo : TYPOS.entrySet()) {
                verbText = verbText.replace(typo.getKey(), typo.getValue());
            }
            String object = object(s, toks, mainEnd + 1, exprs, e);
            // ellipsis: "hosted summits for APEC in 2006 and ASEAN in 2010"
            if (previousEnd >= 0 && toks.get(main).start() < previousEnd && e.start() > previousEnd) {
                String gap = s.substring(previousEnd, e.start())
                        .replaceAll("^[\\s,]*(?:and\\s+)?", "")
                        .replaceAll("\\s+(?:in|on|at|by|during)\\s*$", "")
                        .strip();
                if (!gap.isEmpty() && gap.split("\\s+").length <= 8 && !containsVerb(gap)) {
                    object = substituteLast(previousObject, gap);
                }
            }
            String action = action(toks, main, mainEnd, phraseStart);
            String lowerVerb = verbText.toLowerCase(Locale.ROOT);
            if ((lowerVerb.equals("has been") || lowerVerb.equals("have been"))
                    && object != null
                    && object.startsWith("a member of")) {
                verbText = "became";
                action = "become";
            }
            String presentBase = Verbs.baseOfPresent(mw);
            if (presentBase != null && main == verb && !Verbs.AUXILIARIES.contains(mw)) {
                verbText = Verbs.past(presentBase);
                action = presentBase;
            }
            if (object != null && action != null && action.startsWith("be ")) {
                java.util.regex.Matcher pm =
                        Pattern.compile("^(to|into|by|with|from|as) (\\S.*)$").matcher(object);
                if (pm.find()) {
                    action = action + " " + pm.group(1);
                    object = pm.group(2);
                    verbText = verbText + " " + pm.group(1);
                }
            }
            if (object != null && action != null) {
                for (String light : LIGHT_OBJECTS) {
                    if (object.toLowerCase(Locale.ROOT).startsWith(light + " ")
                            && object.length() > light.length() + 1) {
                        String rest = object.substring(light.length() + 1);
                        String l = light.startsWith("its ") ? light.substring(4) : light;
                        action = action + " " + l;
                        object = rest;
                        verbText = verbText + " " + light;
                        break;
                    }
                }
            }
            return new Clause(
                    subject, verbText, action, object, toks.get(mainEnd).end());
        }

        boolean containsVerb(String text) {
            for (Tok t : tokenize(text)) {
                if (Verbs.looksPast(t.text()) || Verbs.AUXILIARIES.contains(t.text())) {
                    return true;
                }
            }
            return false;
        }

        String substituteLast(String previousObject, String gap) {
            if (previousObject == null) {
                return gap;
            }
            if (Character.isUpperCase(gap.charAt(0))) {
                Matcher m = Pattern.compile(
                                "^(.*\\b(?:for|of|with|to|in)\\s)(?:the\\s)?[A-Z][\\p{L}-]*(?: [A-Z][\\p{L}-]*)*$")
                        .matcher(previousObject);
                if (m.find()) {
                    return m.group(1) + gap;
                }
            }
            return gap;
        }

        String action(List<Tok> toks, int main, int mainEnd, int phraseStart) {
            String w = toks.get(main).text();
            String particle = mainEnd == main + 1
                            && Set.of("up", "out", "off")
                                    .contains(toks.get(mainEnd).lower())
                    ? " " + toks.get(mainEnd).lower()
                    : "";
            boolean passive = false;
            for (int j = phraseStart; j < main; j++) {
                String a = toks.get(j).lower();
                if (a.equals("was") || a.equals("were") || a.equals("been") || a.equals("be")) {
                    passive = true;
                }
            }
            if (Verbs.AUXILIARIES.contains(w.toLowerCase(Locale.ROOT)) && main == phraseStart) {
                return w.equals("had") ? "have" : null;
            }
            String base = passive ? Verbs.baseOfParticiple(w) : Verbs.baseOfPast(w);
            if (base == null && Verbs.isBase(w.toLowerCase(Locale.ROOT))) {
                base = w.toLowerCase(Locale.ROOT);
            }
            if (base == null && !passive) {
                base = Verbs.baseOfParticiple(w);
            }
            if (base == null) {
                return null;
            }
            return (passive ? "be " + w : base) + particle;
        }

        int findVerb(List<Tok> toks, int from, int step, boolean stopAtComma, List<TimeExpression> exprs) {
            int depth = 0;
            int candidate = -1;
            boolean crossedComma = false;
            for (int i = from, n = 0; i >= 0 && i < toks.size() && n < 40; i += step, n++) {
                Tok t = toks.get(i);
                String w = t.text();
                if (w.equals(";") || w.equals(":") && step > 0) {
                    return candidate;
                }
                if (w.equals("(")) {
                    depth += step > 0 ? 1 : -1;
                }
                if (w.equals(")")) {
                    depth += step > 0 ? -1 : 1;
                }
                if (depth != 0 || inside(exprs, t.start())) {
                    continue;
                }
                if (w.equals(",")) {
                    if (candidate >= 0) {
                        return candidate;
                    }
                    if (stopAtComma) {
                        return -1;
                    }
                    crossedComma = true;
                    continue;
                }
                String lower = t.lower();
                // a verb inside another "which ..." or "who ..." clause belongs to that clause, not to the date
                if (step < 0 && candidate >= 0 && crossedComma && (lower.equals("which") || lower.equals("who"))) {
                    candidate = -1;
                    continue;
                }
                if (step > 0
                        && (lower.equals("which") || lower.equals("who"))
                        && i > 0
                        && toks.get(i - 1).text().equals(",")) {
                    while (i + 1 < toks.size() && !toks.get(i + 1).text().equals(",")) {
                        i++;
                    }
                    continue;
                }
                if (!w.equals(lower)) {
                    continue;
                }
                if (isVerb(toks, i)) {
                    if (step > 0) {
                        return i;
                    }
                    if (candidate < 0) {
                        candidate = i;
                    }
                }
            }
            return candidate;
        }

        boolean isVerb(List<Tok> toks, int i) {
            String w = toks.get(i).text();
            String prev = i > 0 ? toks.get(i - 1).lower() : "";
            if (Verbs.looksPast(w) && !isAttributive(toks, i)) {
                return true;
            }
            if (Set.of("was", "were", "had", "did").contains(w)) {
                return true;
            }
            if (Set.of("will", "would", "shall").contains(w)
                    && i + 1 < toks.size()
                    && toks.get(i + 1).text().matches("[a-z]+")) {
                return true;
            }
            if (w.equals("been") && Set.of("has", "have", "had").contains(prev)) {
                return true;
            }
            return Verbs.baseOfPresent(w) != null
                    && !w.equals("has")
                    && i > 0
                    && (Character.isUpperCase(toks.get(i - 1).text().charAt(0))
                            || toks.get(i - 1).text().equals(")"));
        }

        boolean isAttributive(List<Tok> toks, int i) {
            if (i == 0) {
                return false;
            }
            String prev = toks.get(i - 1).lower();
            if (Set.of("the", "a", "an", "its", "their", "his", "her", "newly", "so", "been", "being")
                    .contains(prev)) {
                return !prev.equals("been");
            }
            // "a regime installed by Hanoi", "the agreement signed in 1999": a participle after a noun
            if (i + 1 < toks.size() && toks.get(i + 1).lower().equals("by") && !Verbs.AUXILIARIES.contains(prev)) {
                return true;
            }
            // "a summit meeting held in Bali": a participle after a noun, then a place
            return REDUCED.contains(toks.get(i).text())
                    && i + 2 < toks.size()
                    && toks.get(i - 1).word()
                    && !Verbs.AUXILIARIES.contains(prev)
                    && !ADVERBS.contains(prev)
                    && Set.of("in", "at", "on").contains(toks.get(i + 1).lower())
                    && Character.isUpperCase(toks.get(i + 2).text().charAt(0))
                    && !Character.isDigit(toks.get(i + 2).text().charAt(0))
                    && DateExpressions.month(toks.get(i + 2).text()) == 0;
        }

        boolean inside(List<TimeExpression> exprs, int offset) {
            for (TimeExpression x : exprs) {
                if (offset >= x.start() && offset < x.end()) {
                    return true;
                }
            }
            return false;
        }

        String subject(String s, List<Tok> toks, int phraseStart, List<TimeExpression> exprs) {
            int i = phraseStart - 1;
            if (i >= 0 && Set.of("who", "which", "that").contains(toks.get(i).lower())) {
                return antecedent(s, toks, i);
            }
            int end = i;
            int start = i + 1;
            int stoppedAt = -1;
            List<int[]> skipped = new ArrayList<>();
            while (i >= 0) {
                Tok t = toks.get(i);
                String w = t.lower();
                if (t.text().equals(")")) {
                    int k = i - 1;
                    while (k >= 0 && !toks.get(k).text().equals("(")) {
                        k--;
                    }
                    if (k >= 0) {
                        if (start > end) {
                            end = k - 1;
                        } else {
                            skipped.add(new int[] {k, i});
                        }
                        i = k - 1;
                        start = Math.min(start, i + 1);
                        continue;
                    }
                }
                if (t.text().equals(",") && start > end) {
                    int k = i - 1;
                    while (k >= 0
                            && !toks.get(k).text().equals(",")
                            && !toks.get(k).text().equals(";")) {
                        k--;
                    }
                    if (k >= 1
                            && toks.get(k).text().equals(",")
                            && (Set.of("which", "who").contains(toks.get(k + 1).lower())
                                    || PREPOSITIONS.contains(toks.get(k + 1).lower())
                                    || Verbs.looksPast(toks.get(k + 1).text()))) {
                        i = k - 1;
                        end = i;
                        start = i + 1;
                        continue;
                    }
                }
                if (Set.of(",", ";", ":", "(").contains(t.text()) || CLAUSE_WORDS.contains(w)) {
                    stoppedAt = i;
                    break;
                }
                if (w.equals("and")) {
                    boolean coordinated = i - 1 >= 0
                            && start <= end
                            && Character.isUpperCase(toks.get(i - 1).text().charAt(0));
                    if (!coordinated && !verbless(toks, 0, i, exprs)) {
                        break;
                    }
                }
                if (Verbs.looksPast(w)
                        && w.equals(t.text())
                        && !inside(exprs, t.start())
                        && !isAttributive(toks, i)
                        && !reducedBeforeDate(toks, i, exprs)) {
                    break;
                }
                start = i;
                i--;
            }
            List<Integer> idx = new ArrayList<>();
            for (int j = start; j <= end; j++) {
                Tok t = toks.get(j);
                boolean inParens = false;
                for (int[] r : skipped) {
                    inParens |= j >= r[0] && j <= r[1];
                }
                if (inParens || reducedBeforeDate(toks, j, exprs)) {
                    continue;
                }
                TimeExpression x = at(exprs, t.start());
                if (x != null && x.type() != TimeExpression.Type.CONGRESS) {
                    continue;
                }
                if ((PREPOSITIONS.contains(t.lower())
                                || Set.of("the", "early", "late", "mid").contains(t.lower()))
                        && j + 1 <= end) {
                    int k = j + 1;
                    while (k < end
                            && Set.of("the", "early", "late", "mid")
                                    .contains(toks.get(k).lower())) {
                        k++;
                    }
                    TimeExpression nx = at(exprs, toks.get(k).start());
                    if (nx != null && nx.type() != TimeExpression.Type.CONGRESS) {
                        continue;
                    }
                }
                if (DISCOURSE.contains(t.lower())) {
                    continue;
                }
                idx.add(j);
            }
            String out = render(s, toks, idx).strip().replaceFirst("^[^\\p{L}\\p{N}]+", "");
            out = out.replaceFirst("^(?:However|Thus|Meanwhile|In turn|Then|Later|Also|Yet|Still)\\s+", "");
            if (out.isEmpty()
                    && stoppedAt >= 0
                    && Set.of("which", "who").contains(toks.get(stoppedAt).lower())) {
                return antecedent(s, toks, stoppedAt);
            }
            return out;
        }

        /**
         * The subject of a clause the date opens ("In 1976, agreements on ..., economic, and technical fields were
         * signed"): the comma-separated parts between the date and the verb, without the parts that are
         * prepositional phrases, subordinate or participle clauses, or only dates and small words.
         */
        String subjectAfterDate(String s, List<Tok> toks, int from, int to, List<TimeExpression> exprs) {
            List<List<Integer>> segments = new ArrayList<>();
            List<Integer> current = new ArrayList<>();
            int depth = 0;
            for (int k = from; k < to; k++) {
                Tok t = toks.get(k);
                if (t.text().equals("(")) {
                    depth++;
                }
                if (depth > 0) {
                    if (t.text().equals(")")) {
                        depth--;
                    }
                    continue;
                }
                if (t.text().equals(";")) {
                    return null;
                }
                if (t.text().equals(",")) {
                    segments.add(current);
                    current = new ArrayList<>();
                    continue;
                }
                if (!inside(exprs, t.start()) || at(exprs, t.start()).type() == TimeExpression.Type.CONGRESS) {
                    current.add(k);
                }
            }
            segments.add(current);
            List<Integer> keep = new ArrayList<>();
            for (List<Integer> seg : segments) {
                if (seg.isEmpty()) {
                    continue;
                }
                String first = toks.get(seg.get(0)).lower();
                boolean small = true;
                for (int k : seg) {
                    String w = toks.get(k).lower();
                    small &= FUNCTION_TAIL.contains(w)
                            || DISCOURSE.contains(w)
                            || !toks.get(k).word();
                }
                if (small || PREPOSITIONS.contains(first) || CLAUSE_WORDS.contains(first) || Verbs.looksPast(first)) {
                    continue;
                }
                for (int k : seg) {
                    if (isVerb(toks, k) && !reducedBeforeDate(toks, k, exprs)) {
                        return null;
                    }
                }
                if (!keep.isEmpty()
                        && seg.get(0) - 1 > keep.get(keep.size() - 1)
                        && toks.get(seg.get(0) - 1).text().equals(",")) {
                    keep.add(seg.get(0) - 1);
                }
                for (int k : seg) {
                    if (!reducedBeforeDate(toks, k, exprs)) {
                        keep.add(k);
                    }
                }
            }
            if (keep.isEmpty()) {
                return null;
            }
            String out = tidySubject(render(s, toks, keep));
            return out.isEmpty() ? null : out;
        }

        String tidySubject(String text) {
            String t = text.strip().replaceAll("^[,;:]\\s*", "").replaceAll("[,;:]\\s*$", "");
            t = t.replaceAll("\\s+(?:in|on|at|by|during)$", "");
            return t.replaceFirst("^(?:However|Thus|Meanwhile|In turn|Then|Later|Also|Yet|Still),?\\s+", "");
        }

        /** A participle such as "signed" right before a date phrase: "an agreement signed in December 1999". */
        boolean reducedBeforeDate(List<Tok> toks, int i, List<TimeExpression> exprs) {
            if (!REDUCED.contains(toks.get(i).text()) || i + 2 >= toks.size()) {
                return false;
            }
            if (i > 0 && Verbs.AUXILIARIES.contains(toks.get(i - 1).lower())) {
                return false;
            }
            return PREPOSITIONS.contains(toks.get(i + 1).lower())
                    && inside(exprs, toks.get(i + 2).start());
        }

        /** Whether tokens [from, to) hold no verb and no clause break: one noun phrase from the sentence start. */
        boolean verbless(List<Tok> toks, int from, int to, List<TimeExpression> exprs) {
            for (int k = from; k < to; k++) {
                String w = toks.get(k).text();
                if (w.equals(",")
                        || w.equals(";")
                        || w.equals(":")
                        || CLAUSE_WORDS.contains(w.toLowerCase(Locale.ROOT))
                        || isVerb(toks, k) && !inside(exprs, toks.get(k).start())) {
                    return false;
                }
            }
            return true;
        }

        /** What "which" or "who" at index k refers to: the name or noun phrase just before it. */
        String antecedent(String s, List<Tok> toks, int k) {
            int j = k - 1;
            if (j >= 0 && (toks.get(j).text().equals(",") || toks.get(j).text().equals("("))) {
                j--;
            }
            int end = j;
            int start = j + 1;
            while (j >= 0) {
                Tok t = toks.get(j);
                String w = t.text();
                boolean cap = t.word() && Character.isUpperCase(w.charAt(0));
                boolean connector = (w.equals("of") || w.equals("and") || w.equals("the"))
                        && start <= end
                        && j - 1 >= 0
                        && Character.isUpperCase(toks.get(j - 1).text().charAt(0));
                if (!cap && !connector) {
                    break;
                }
                start = j;
                j--;
            }
            if (start <= end) {
                return render(s, toks, range(start, end));
            }
            start = end + 1;
            for (int n = 0; j >= 0 && n < 14; j--, n++) {
                Tok t = toks.get(j);
                String lw = t.lower();
                if (!t.word()
                        || CLAUSE_WORDS.contains(lw)
                        || Verbs.looksPast(lw)
                        || Verbs.isBase(lw)
                        || Verbs.AUXILIARIES.contains(lw)) {
                    break;
                }
                start = j;
            }
            if (start > end) {
                return null;
            }
            while (start <= end && PREPOSITIONS.contains(toks.get(start).lower())) {
                start++;
            }
            if (start > end) {
                return null;
            }
            return render(s, toks, range(start, end)).replaceFirst("^(?:its|their|his|her) ", "the ");
        }

        String object(String s, List<Tok> toks, int from, List<TimeExpression> exprs, TimeExpression own) {
            List<Integer> idx = new ArrayList<>();
            int count = 0;
            for (int i = from; i < toks.size() && count < 22; i++) {
                Tok t = toks.get(i);
                String w = t.text();
                String lw = t.lower();
                if (t.start() >= own.start() && t.start() < own.end()) {
                    dropPrepositions(idx, toks);
                    while (i + 1 < toks.size() && toks.get(i + 1).start() < own.end()) {
                        i++;
                    }
                    if (i + 1 < toks.size()
                            && TAIL_PREPOSITIONS.contains(toks.get(i + 1).lower())
                            && count > 0) {
                        continue;
                    }
                    if (i + 1 < toks.size()
                            && toks.get(i + 1).lower().equals("that")
                            && from > 0
                            && SPEECH_VERBS.contains(toks.get(from - 1).lower())) {
                        idx.add(++i);
                        count++;
                        continue;
                    }
                    break;
                }
                if (inside(exprs, t.start())) {
                    dropPrepositions(idx, toks);
                    break;
                }
                if (w.equals("(")) {
                    int close = -1;
                    for (int k = i + 1; k < Math.min(toks.size(), i + 8); k++) {
                        if (toks.get(k).text().equals(")")) {
                            close = k;
                            break;
                        }
                        if (inside(exprs, toks.get(k).start())
                                || toks.get(k).text().equals("(")) {
                            break;
                        }
                    }
                    if (close < 0) {
                        break;
                    }
                    for (int k = i; k <= close; k++) {
                        idx.add(k);
                    }
                    i = close;
                    continue;
                }
                // "$1. 6 billion": a number broken by a stray space is still one number
                if (w.equals(".")
                        && i > 0
                        && i + 1 < toks.size()
                        && Character.isDigit(toks.get(i - 1)
                                .text()
                                .charAt(toks.get(i - 1).text().length() - 1))
                        && Character.isDigit(toks.get(i + 1).text().charAt(0))) {
                    idx.add(i);
                    continue;
                }
                // "Vietnam \u2013 Japan Economic Partnership Agreement": a dash inside a name
                if ((w.equals("\u2013") || w.equals("\u2014") || w.equals("-"))
                        && i > 0
                        && i + 1 < toks.size()
                        && Character.isUpperCase(toks.get(i - 1).text().charAt(0))
                        && Character.isUpperCase(toks.get(i + 1).text().charAt(0))) {
                    idx.add(i);
                    continue;
                }
                if (lw.equals("in")
                        && i + 1 < toks.size()
                        && toks.get(i + 1).lower().equals("order")) {
                    break;
                }
                boolean thatClause =
                        !idx.isEmpty() && toks.get(idx.get(0)).lower().equals("that");
                if (Set.of(",", ";", ":", ".", "?", "!", ")", "\u2013", "\u2014")
                                .contains(w)
                        || CLAUSE_WORDS.contains(lw)
                                && !lw.equals("as")
                                && !(lw.equals("that") && count == 0)
                                && !(thatClause && lw.equals("that"))) {
                    break;
                }
                if (lw.equals("as")
                        && i + 1 < toks.size()
                        && (toks.get(i + 1).lower().equals("well")
                                || i + 2 < toks.size()
                                        && Verbs.looksPast(toks.get(i + 2).lower()))) {
                    break;
                }
                if (lw.equals("during")
                        || lw.equals("to")
                                && count > 1
                                && i + 1 < toks.size()
                                && Verbs.isBase(toks.get(i + 1).lower())
                                && !toks.get(i - 1).lower().equals("agreed")
                                && !(!idx.isEmpty()
                                        && toks.get(idx.get(0)).lower().equals("that"))
                                && !render(s, toks, idx).matches("(?s).*\\b(?:first|last|only)\\b.*")) {
                    break;
                }
                if (lw.equals("and") && i + 1 < toks.size()) {
                    String next = toks.get(i + 1).lower();
                    boolean clauseFollows = Verbs.looksPast(next)
                            || DISCOURSE.contains(next)
                            || PREPOSITIONS.contains(next)
                                    && i + 2 < toks.size()
                                    && inside(exprs, toks.get(i + 2).start())
                            || inside(exprs, toks.get(i + 1).start());
                    if (!clauseFollows && next.equals("the")) {
                        for (int k = i + 2; k < Math.min(toks.size(), i + 7); k++) {
                            if (isVerb(toks, k)) {
                                clauseFollows = true;
                                break;
                            }
                        }
                    }
                    if (clauseFollows) {
                        break;
                    }
                }
                idx.add(i);
                count++;
            }
            String out =
                    trimTail(new StringBuilder(render(s, toks, idx))).toString().strip();
            return out.isEmpty() ? null : out;
        }

        void dropPrepositions(List<Integer> idx, List<Tok> toks) {
            while (!idx.isEmpty()
                    && (PREPOSITIONS.contains(toks.get(idx.get(idx.size() - 1)).lower())
                            || Set.of("the", "early", "late", "mid", "not")
                                    .contains(toks.get(idx.get(idx.size() - 1)).lower()))) {
                idx.remove(idx.size() - 1);
            }
        }

        private boolean tailStart(StringBuilder sb) {
            return false;
        }

        StringBuilder trimTail(StringBuilder sb) {
            String t = sb.toString().strip();
            boolean changed = true;
            while (changed && !t.isEmpty()) {
                changed = false;
                int sp = t.lastIndexOf(' ');
                String last = t.substring(sp + 1);
                if (FUNCTION_TAIL.contains(last.toLowerCase(Locale.ROOT))
                        || last.endsWith("ing")
                                && last.length() > 5
                                && sp > 0
                                && Character.isLowerCase(last.charAt(0))) {
                    t = sp < 0 ? "" : t.substring(0, sp).strip();
                    changed = true;
                }
            }
            return new StringBuilder(t);
        }

        String fallback(String s, List<Tok> toks, TimeExpression e, List<TimeExpression> exprs) {
            int start = 0;
            int end = s.length();
            for (int i = e.start() - 1; i >= 0; i--) {
                char c = s.charAt(i);
                if (c == ';' || c == ':') {
                    start = i + 1;
                    break;
                }
            }
            for (int i = e.end(); i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == ';') {
                    end = i;
                    break;
                }
            }
            String clause = s.substring(start, end);
            int rel = e.start() - start;
            String cut = clause.substring(0, rel)
                            .replaceAll(
                                    "(?i)(?:\\b(?:in|on|at|by|since|during|from|of|until|as of|as"
                                            + "|over|throughout|through|the|early|late|mid)\\s*)+$",
                                    "")
                    + clause.substring(Math.min(clause.length(), rel + e.text().length()));
            cut = cut.replaceAll("^\\s*[,\\-+]\\s*", "")
                    .replaceAll("\\s+,", ",")
                    .replaceAll("\\s{2,}", " ");
            return tidy(cut);
        }

        String resolvePronoun(String subject, String s, int at) {
            String lower = subject.toLowerCase(Locale.ROOT);
            if (!PRONOUNS.contains(lower)) {
                return subject;
            }
            if (lower.equals("he") || lower.equals("she")) {
                for (Gazetteer.Mention m : Gazetteer.mentions(s.substring(0, Math.min(at, s.length())))) {
                    if (m.type() == Entity.Type.PERSON) {
                        return m.canonical();
                    }
                }
                return lastPerson == null ? subject : lastPerson;
            }
            if (lower.equals("they")) {
                return subject;
            }
            List<Gazetteer.Mention> inSentence = Gazetteer.mentions(s.substring(0, Math.min(at, s.length())));
            if (lower.startsWith("the two") || lower.startsWith("both")) {
                Set<String> pair = new LinkedHashSet<>();
                for (Gazetteer.Mention m : inSentence) {
                    if (m.type() == Entity.Type.COUNTRY) {
                        pair.add(m.canonical());
                    }
                }
                for (int i = recentCountries.size() - 1; i >= 0 && pair.size() < 2; i--) {
                    pair.add(recentCountries.get(i));
                }
                if (pair.size() == 2) {
                    List<String> p = new ArrayList<>(pair);
                    return p.get(0) + " and " + p.get(1);
                }
                return subject;
            }
            for (Gazetteer.Mention m : inSentence) {
                if (m.type() == Entity.Type.COUNTRY) {
                    return m.canonical();
                }
            }
            return lastSubject == null ? subject : lastSubject;
        }
    }

    // ---- shared helpers ----------------------------------------------------------------------------------

    static List<Tok> tokenize(String s) {
        List<Tok> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            out.add(new Tok(m.group(), m.start(), m.end()));
        }
        return out;
    }

    /** The tokens at the given indexes as the sentence writes them: original spacing inside runs. */
    static String render(String s, List<Tok> toks, List<Integer> idx) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < idx.size(); k++) {
            int i = idx.get(k);
            if (k > 0) {
                int p = idx.get(k - 1);
                if (p == i - 1) {
                    sb.append(s, toks.get(p).end(), toks.get(i).start());
                } else {
                    sb.append(' ');
                }
            }
            sb.append(toks.get(i).text());
        }
        return sb.toString();
    }

    static List<Integer> range(int from, int to) {
        List<Integer> out = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            out.add(i);
        }
        return out;
    }

    static TimeExpression at(List<TimeExpression> exprs, int offset) {
        for (TimeExpression x : exprs) {
            if (offset >= x.start() && offset < x.end()) {
                return x;
            }
        }
        return null;
    }

    private static int tokenAt(List<Tok> toks, int offset) {
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            if (offset >= t.start() && offset < t.end()) {
                return i;
            }
        }
        return -1;
    }

    private static String join(String s, List<Tok> toks, int from, int to) {
        if (from > to) {
            return "";
        }
        return s.substring(toks.get(from).start(), toks.get(to).end());
    }

    private static void append(StringBuilder sb, String w) {
        boolean noSpace = sb.length() == 0
                || Set.of(",", ".", ";", ":", ")", "'s", "\u2019s", "%").contains(w)
                || sb.charAt(sb.length() - 1) == '('
                || sb.charAt(sb.length() - 1) == '$'
                || sb.charAt(sb.length() - 1) == '-' && w.length() > 0;
        if (!noSpace) {
            sb.append(' ');
        }
        sb.append(w);
    }

    static boolean plural(String np) {
        String last = np.substring(np.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return np.contains(" and ") && Character.isLowerCase(np.charAt(0))
                || last.endsWith("s")
                        && !last.endsWith("ss")
                        && !last.endsWith("us")
                        && !last.endsWith("is")
                        && Character.isLowerCase(last.charAt(0));
    }

    static boolean valid(String subject) {
        String[] words = subject.split("\\s+");
        if (words.length > 18 || subject.isEmpty()) {
            return false;
        }
        char c = subject.charAt(0);
        if (Character.isUpperCase(c) || subject.matches("^(?:the|its|their|both|a|an|two)\\b.*")) {
            return true;
        }
        if (words.length > 10 || !Character.isLetter(c)) {
            return false;
        }
        for (String w : words) {
            if (Verbs.looksPast(w) || Verbs.AUXILIARIES.contains(w)) {
                return false;
            }
        }
        return true;
    }

    static String tidy(String text) {
        String t = text.strip().replaceAll("\\s{2,}", " ").replaceAll("\\s+([,.;:])", "$1");
        t = t.replaceAll("[\\s,;:.\\-]+$", "");
        // drop unbalanced quotes and brackets so the clause reads on its own
        for (String[] pair : new String[][] {{"\"", "\""}, {"\u201c", "\u201d"}, {"(", ")"}}) {
            int open = count(t, pair[0]);
            int close = pair[0].equals(pair[1]) ? open : count(t, pair[1]);
            if (pair[0].equals(pair[1]) ? open % 2 != 0 : open != close) {
                t = t.replace(pair[0], "").replace(pair[1], "");
            }
        }
        t = t.replaceAll("\\s{2,}", " ").strip();
        return capitalize(t);
    }

    private static int count(String t, String sub) {
        int n = 0;
        for (int i = t.indexOf(sub); i >= 0; i = t.indexOf(sub, i + 1)) {
            n++;
        }
        return n;
    }

    static String capitalize(String t) {
        if (t == null || t.isEmpty()) {
            return t;
        }
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    static String titleCase(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split(" ")) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(w.equals("of") || w.equals("the") ? w : capitalize(w));
        }
        return sb.toString();
    }

    static List<String> who(List<Gazetteer.Mention> mentions, int from, int to, String subject) {
        Set<String> out = new LinkedHashSet<>();
        if (subject != null) {
            String c = Gazetteer.canonical(subject);
            if (c != null) {
                out.add(c);
            } else {
                for (Gazetteer.Mention m : Gazetteer.mentions(subject)) {
                    out.add(m.canonical());
                }
            }
        }
        for (Gazetteer.Mention m : mentions) {
            if (m.start() >= from && m.end() <= to) {
                out.add(m.canonical());
            }
        }
        return new ArrayList<>(out);
    }

    static String firstOf(List<Gazetteer.Mention> mentions, String text, Entity.Type type) {
        List<String> all = allOf(mentions, text, type);
        return all.isEmpty() ? null : all.get(0);
    }

    static List<String> allOf(List<Gazetteer.Mention> mentions, String text, Entity.Type type) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (Gazetteer.Mention m : Gazetteer.mentions(text)) {
            if (m.type() == type && !out.contains(m.canonical())) {
                out.add(m.canonical());
            }
        }
        return out;
    }

    /** A named agreement in the text ("a Land Border Agreement", "Treaty of Friendship and Cooperation"). */
    static String[] agreementIn(String text) {
        if (text == null) {
            return null;
        }
        List<Tok> toks = tokenize(text);
        for (int i = 0; i < toks.size(); i++) {
            Matcher h = AGREEMENT_HEAD.matcher(toks.get(i).text());
            if (!h.matches()) {
                continue;
            }
            int start = i;
            while (start - 1 >= 0
                    && (Character.isUpperCase(toks.get(start - 1).text().charAt(0))
                            || toks.get(start - 1).text().equals("\u2013")
                            || toks.get(start - 1).text().equals("-"))) {
                start--;
            }
            int end = i;
            // "Economic Partnership Agreement": a head word followed by another head word
            while (end + 1 < toks.size()
                    && AGREEMENT_HEAD.matcher(toks.get(end + 1).text()).matches()) {
                end++;
            }
            String head = toks.get(end).text();
            int j = end + 1;
            while (j + 1 < toks.size()
                    && Set.of("of", "on", "for", "in", "between")
                            .contains(toks.get(j).text())) {
                int k = j + 1;
                if (toks.get(k).text().equals("the") && k + 1 < toks.size()) {
                    k++;
                }
                if (!Character.isUpperCase(toks.get(k).text().charAt(0))) {
                    break;
                }
                while (k + 1 < toks.size()
                        && (Character.isUpperCase(toks.get(k + 1).text().charAt(0))
                                || Set.of("and", "of", "the")
                                                .contains(toks.get(k + 1).text())
                                        && k + 2 < toks.size()
                                        && Character.isUpperCase(
                                                toks.get(k + 2).text().charAt(0)))) {
                    k++;
                }
                end = k;
                j = k + 1;
            }
            String name = text.substring(toks.get(start).start(), toks.get(end).end());
            if (name.split("\\s+").length < 2 && !Character.isUpperCase(name.charAt(0))) {
                continue;
            }
            if (name.split("\\s+").length < 2) {
                continue;
            }
            name = name.replaceFirst("^(?:The|A|An) ", "");
            return new String[] {name, Run.category(head)};
        }
        return null;
    }

    static String key(String subject, String action, String object, String org, String agreement) {
        if (subject == null || action == null) {
            return null;
        }
        String subj = canonicalText(subject);
        if (agreement != null) {
            return "agreement|" + agreement.toLowerCase(Locale.ROOT) + "|";
        }
        if (org != null
                && Set.of(
                                "join",
                                "become a member of",
                                "become a full member of",
                                "be admitted to",
                                "be accepted into",
                                "accede to",
                                "be accepted",
                                "be admitted")
                        .contains(action)) {
            return "member|" + subj + "|" + org;
        }
        return "ev|" + subj + "|" + action.replace("re-", "re") + "|" + canonicalText(object == null ? "" : object);
    }

    static String canonicalText(String text) {
        String t = text;
        for (Gazetteer.Mention m : Gazetteer.mentions(text)) {
            t = t.replace(m.surface(), m.canonical());
        }
        t = t.toLowerCase(Locale.ROOT)
                .replaceAll("\\b(?:the|a|an|its|their|full)\\b", " ")
                .replaceAll("[^\\p{L}\\p{N}]+", " ");
        return t.strip();
    }

    private static final Pattern KIND_TREATY =
            Pattern.compile("\\b(?:treaty|signed|signatory|accord|agreements?|protocol|convention)\\b");
    private static final Pattern KIND_MEMBERSHIP =
            Pattern.compile("\\b(?:joined|member|admitted|accepted into|acceded|chairman|observer status)\\b");
    private static final Pattern KIND_VISIT =
            Pattern.compile("\\b(?:visit|visited|visiting|came here|trip|delegation)\\b");
    private static final Pattern KIND_PARTY =
            Pattern.compile("\\b(?:[Cc]ongress|Politburo|Central Committee|Political Report)\\b");
    private static final Pattern KIND_RELATIONS = Pattern.compile("\\b(?:relations|relationship|ties|embassy|consulate"
            + "|liaison|recogni[sz]e|diplomatic|normali[sz]\\w*)\\b");
    private static final Pattern KIND_POLICY =
            Pattern.compile("\\b(?:policy|policies|reform|doi moi|strategy|decision|platform)\\b");
    private static final Pattern KIND_ECONOMY = Pattern.compile("\\b(?:trade|aid|assistance|investment|billion"
            + "|million|economic|economy|tariff|opium|traders|ports|exports?|silver|copper)\\b");
    private static final Pattern KIND_CONFLICT = Pattern.compile("\\b(?:war|invaded|invasion|attack|attacks|incursion"
            + "|retaliate|killed|massacre|troops|occupied|confrontation|offensive|victory|victories|fought|armies"
            + "|forces|campaigns|military)\\b");
    private static final Pattern KIND_RELATIONS_WEAK = Pattern.compile("\\b(?:partnership|tensions?|critical"
            + "|differences|greetings|goodwill|envoys?|suspicions|meeting|talks|met|view)\\b");
    private static final Pattern KIND_POLICY_WEAK = Pattern.compile(
            "\\b(?:congress|politburo|strategic|central committee|conference|goals|statement|party)\\b");

    /**
     * What sort of fact the event is, from its words, in this order: treaty, membership, visit; then policy when
     * the sentence is about a Party Congress or the Politburo; then relations, policy, economy, conflict.
     */
    static FactKind kind(String event, String action, String agreement, String org, String sentence) {
        String e = (event + " " + (action == null ? "" : action)).toLowerCase(Locale.ROOT);
        if (agreement != null || KIND_TREATY.matcher(e).find()) {
            return FactKind.TREATY;
        }
        if (KIND_MEMBERSHIP.matcher(e).find()) {
            return FactKind.MEMBERSHIP;
        }
        if (KIND_VISIT.matcher(e).find()) {
            return FactKind.VISIT;
        }
        if (sentence != null && KIND_PARTY.matcher(sentence).find()) {
            return FactKind.POLICY;
        }
        if (KIND_RELATIONS.matcher(e).find()) {
            return FactKind.RELATIONS;
        }
        if (KIND_POLICY.matcher(e).find()) {
            return FactKind.POLICY;
        }
        if (KIND_ECONOMY.matcher(e).find()) {
            return FactKind.ECONOMY;
        }
        if (KIND_CONFLICT.matcher(e).find()) {
            return FactKind.CONFLICT;
        }
        if (KIND_RELATIONS_WEAK.matcher(e).find()) {
            return FactKind.RELATIONS;
        }
        if (KIND_POLICY_WEAK.matcher(e).find()) {
            return FactKind.POLICY;
        }
        return FactKind.OTHER;
    }
}
