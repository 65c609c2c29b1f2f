package io.factdeck.facts;

import static io.factdeck.facts.Agreements.*;
import static io.factdeck.facts.FactKinds.*;
import static io.factdeck.facts.Tokens.*;
import static io.factdeck.facts.Words.*;

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
        for (List<String> sentences : paragraphs) {
            for (String s : sentences) {
                run.meetings.learn(s, DateExpressions.find(s));
            }
        }
        int index = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            run.section = ContextDates.section(clean.paragraphs().get(p));
            run.sectionHeading =
                    run.section == null ? null : clean.paragraphs().get(p).substring(0, run.section.end());
            run.citation = clean.citations().get(p);
            run.previousMainSubject = null;
            for (String s : paragraphs.get(p)) {
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

    /** Nouns of events a later sentence can date by naming them: "following the communist victories". */
    private static final String ANCHOR_NOUNS = "victory|victories|invasion|revolution|coup|independence|reunification"
            + "|unification|withdrawal|uprising|takeover|surrender|collapse|liberation";

    private static final Pattern DATED_NOUN = Pattern.compile("(?i)\\b(" + ANCHOR_NOUNS + ")\\b");
    private static final Pattern NAMED_ANCHOR =
            Pattern.compile("(?i)\\b(?:following|after) the (?:[\\p{L}-]+ ){0,3}?(" + ANCHOR_NOUNS + ")\\b[^,;]{0,60}");

    /** "victories" and "victory" are the same event noun. */
    static String lemma(String noun) {
        String n = noun.toLowerCase(Locale.ROOT);
        return n.endsWith("ies") ? n.substring(0, n.length() - 3) + "y" : n;
    }

    /** The noun of an item dated as "after" a meeting. */
    private static final String AFTER = "after";

    private static final Pattern PUBLICATION =
            Pattern.compile("(?i)(originally published|the author of this article|\\bIssue \\d+, $)");

    /** Per-document state: what the story has dated so far, and the facts found. */
    private static final class Run {
        final String document;
        final TextCleaner.DocumentInfo info;
        final int docYear;
        final int datelineYear;
        final int datelineMonth;
        final List<Draft> drafts = new ArrayList<>();
        final Map<Integer, String[]> congresses = new HashMap<>();
        final ClauseBuilder clauses = new ClauseBuilder();
        final Meetings meetings = new Meetings();
        /** Events the document has dated by name ("victory" in 1975), or null when it dated one differently twice. */
        final Map<String, TimeExpression> datedNouns = new HashMap<>();

        TimeExpression lastEvent;
        String previousVerb;
        /** The date the current paragraph's heading gives it ("Period 1945-1946:"), or null. */
        TimeExpression section;

        String sectionHeading;
        /** The source the current paragraph's citation names, or null. */
        String citation;

        Draft lastVisit;
        /** The subject of the previous sentence's main clause in the paragraph, for "the proposal", "this situation". */
        String previousMainSubject;

        int lastVisitIndex = -10;

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

        /**
         * The congresses the document itself dates ("the 6th Party Congress in 1986", "the 13th National Congress
         * ... held in February 2021"). Only these give a congress a year: an ordinal alone does not say which
         * party's congress it is, and a bank may hold documents about several parties, so no table of years and no
         * other document is consulted. A congress the document never dates dates nothing.
         */
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

        /** Finds the facts of one sentence and updates what the story has dated and who it is about. */
        void sentence(String s, int index) {
            if (PUBLICATION.matcher(s).find()) {
                return;
            }
            previousVerb = null;
            List<TimeExpression> exprs = DateExpressions.find(s);
            if (section != null
                    && s.length() >= section.end()
                    && s.substring(0, section.end()).equals(sectionHeading)) {
                // the heading dates the whole section, not this sentence's clause: it is context, like the others
                exprs = exprs.stream().filter(x -> x.start() >= section.end()).toList();
            }
            if (exprs.size() > MAX_DATES_PER_SENTENCE) {
                // a table or a run of numbers, not prose: its dates say nothing about events
                exprs = List.of();
            }
            List<TimeExpression> named = meetings.find(s, exprs);
            if (!named.isEmpty()) {
                List<TimeExpression> all = new ArrayList<>(exprs);
                all.addAll(named);
                all.sort(java.util.Comparator.comparingInt(TimeExpression::start));
                exprs = List.copyOf(all);
            }
            List<Gazetteer.Mention> mentions = Gazetteer.mentions(s);
            List<Tok> toks = tokenize(s);
            String mainSubject = null;
            int draftsBefore = drafts.size();
            boolean ownDate = false;
            if (!exprs.isEmpty()) {
                List<Item> items = classify(s, exprs);
                boolean listDone = false;
                String previousSubject = null;
                String previousObject = null;
                int previousEnd = -1;
                for (Item item : items) {
                    ownDate |= item.role() != Role.SKIP && item.role() != Role.CONTEXT;
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
                learnDatedNouns(s, items);
                for (TimeExpression e : exprs) {
                    if (e.resolved() && e.type() == TimeExpression.Type.DATE && e.firstYear() > 0 && lastYear == 0) {
                        lastYear = e.firstYear();
                        lastYearText = e.text();
                    }
                }
            }
            ClauseBuilder.Clause main = clauses.mainClause(s, toks, exprs);
            fromContext(s, index, main, mentions, exprs, ownDate || drafts.size() > draftsBefore);
            previousMainSubject = main == null ? null : main.subject();
            for (int k = draftsBefore; k < drafts.size(); k++) {
                if (drafts.get(k).kind() == FactKind.VISIT && drafts.get(k).modality() == Modality.EVENT) {
                    lastVisit = drafts.get(k);
                    lastVisitIndex = index;
                }
            }
            track(s, toks, mentions);
        }

        /**
         * The fact of a sentence whose main clause its context dates: a clause that "has just" happened (the
         * source's month), a sentence that continues a visit ("During his visit, ..."), or one under a dated
         * section heading. Only a clause with a subject and a verb of action counts, and only when the sentence
         * has no date of its own for it.
         */
        void fromContext(
                String s,
                int index,
                ClauseBuilder.Clause c,
                List<Gazetteer.Mention> mentions,
                List<TimeExpression> exprs,
                boolean dated) {
            if (c == null || c.subject() == null || c.subject().isBlank()) {
                return;
            }
            for (TimeExpression x : exprs) {
                if (x.start() < c.objectEnd()) {
                    return; // the main clause has a date of its own
                }
            }
            String verb = c.verbText().toLowerCase(Locale.ROOT);
            TimeExpression anchor = null;
            if (verb.matches("(?:has|have) just .*")) {
                anchor = ContextDates.justBefore(citation, info.dateline());
            } else if (!dated && !SincePhrases.ongoing(verb)) {
                String opening = ContextDates.visitOpening(s);
                if (opening != null && lastVisit != null && index - lastVisitIndex <= 2) {
                    boolean samePerson = false;
                    for (Gazetteer.Mention m : Gazetteer.mentions(c.subject())) {
                        samePerson |= lastVisit.who().contains(m.canonical());
                    }
                    if (samePerson || Set.of("the", "this", "that").contains(opening)) {
                        anchor = ContextDates.ofVisit(lastVisit);
                    }
                } else if (opening == null && section != null) {
                    anchor = section;
                }
            }
            if (anchor == null
                    || c.action() == null
                    || c.action().equals("have")
                    || Set.of("this", "that", "these", "those", "it", "there", "they", "which")
                            .contains(c.subject().toLowerCase(Locale.ROOT))) {
                return;
            }
            int at = s.indexOf(c.subject());
            String subject = EventText.anaphor(
                    EventText.demonyms(resolvePronoun(c.subject(), s, at < 0 ? 0 : at)), previousMainSubject);
            String object = c.object() == null || c.object().isBlank() ? null : c.object();
            object = EventText.agreementObject(EventText.roleOf(object, mentions));
            String event = tidy(subject + " " + Verbs.simplePast(c.verbText()) + (object == null ? "" : " " + object));
            if (!valid(subject) || event.length() < 8) {
                return;
            }
            String[] agreement = agreementIn(object != null ? object : event);
            String org = firstOf(mentions, object, Entity.Type.ORGANIZATION);
            String action = c.action();
            add(
                    s,
                    index,
                    anchor,
                    event,
                    subject,
                    action,
                    object,
                    who(mentions, 0, s.length(), subject),
                    agreement == null ? null : agreement[0],
                    agreement == null ? null : agreement[1],
                    org,
                    kind(event, action, agreement == null ? null : agreement[0], org, s),
                    Modality.EVENT,
                    key(subject, action, object, org, agreement == null ? null : agreement[0]),
                    false);
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

        /** Resolves each time expression and decides its role; a congress counts only when nothing else dates. */
        List<Item> classify(String s, List<TimeExpression> raw) {
            List<Item> items = new ArrayList<>();
            TimeExpression sentenceAnchor = null;
            boolean explicit = false;
            for (TimeExpression e0 : raw) {
                if (e0.meeting()) {
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
            // a congress or another meeting dates the sentence only when nothing else does ("The 10th Party
            // Congress reaffirmed ...")
            for (int i = 0; i < raw.size(); i++) {
                if (raw.get(i).meeting()) {
                    TimeExpression e = resolve(s, raw.get(i), null, explicit);
                    items.set(i, e == null ? null : role(s, e, explicit));
                }
            }
            items.removeIf(java.util.Objects::isNull);
            return items;
        }

        /** Gives relative, year-less and congress expressions their value; null when that is impossible. */
        TimeExpression resolve(String s, TimeExpression e, TimeExpression sentenceAnchor, boolean explicit) {
            switch (e.type()) {
                case RELATIVE -> {
                    TimeExpression named = namedAnchor(s, e);
                    TimeExpression anchor = named != null ? named : sentenceAnchor != null ? sentenceAnchor : lastEvent;
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

        /**
         * The event a sentence names as the anchor of its relative date ("following the communist victories in
         * Saigon and Phnom Penh, and in less than four years ..."), when the document has dated that event ("The
         * communist victory in Vietnam in 1975"). Null when the sentence names none or the document dates it
         * differently in different places.
         */
        TimeExpression namedAnchor(String s, TimeExpression e) {
            Matcher m = NAMED_ANCHOR.matcher(s.substring(0, e.start()));
            TimeExpression found = null;
            while (m.find()) {
                TimeExpression dated = datedNouns.get(lemma(m.group(1)));
                if (dated != null) {
                    String what = m.group()
                            .replaceFirst("^(?i)(?:following|after) the ", "the ")
                            .strip();
                    // the anchor's text names the event, so the date note reads "... after 1975 (the victories)"
                    found = new TimeExpression(
                            dated.start(),
                            dated.end(),
                            dated.text() + " (" + what + ")",
                            dated.type(),
                            dated.value(),
                            dated.firstYear(),
                            dated.lastYear(),
                            null);
                }
            }
            return found;
        }

        /** Remembers the events a sentence dates by name ("The communist victory in Vietnam in 1975"). */
        void learnDatedNouns(String s, List<Item> items) {
            for (Item item : items) {
                TimeExpression x = item.expr();
                if (item.role() != Role.EVENT
                        || !x.resolved()
                        || x.type() == TimeExpression.Type.RELATIVE
                        || x.meeting()) {
                    continue;
                }
                int from = Math.max(s.lastIndexOf(',', x.start() - 1), s.lastIndexOf(';', x.start() - 1)) + 1;
                int to = s.indexOf(',', x.end());
                String clause = s.substring(from, to < 0 ? s.length() : to);
                Matcher m = DATED_NOUN.matcher(clause);
                while (m.find()) {
                    String key = lemma(m.group(1));
                    if (datedNouns.containsKey(key)
                            && (datedNouns.get(key) == null
                                    || !datedNouns.get(key).value().equals(x.value()))) {
                        datedNouns.put(key, null);
                    } else {
                        datedNouns.put(key, x);
                    }
                }
            }
        }

        /** "two years later", "the following month", "over the next 4 years", "on the same day", "since then". */
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
                    || lower.startsWith("within")
                    || lower.contains("less than");
            if (unit.equals("year") || unit.equals("decade")) {
                int years = unit.equals("decade") ? n * 10 : n;
                if (lower.contains("less than")) {
                    // "in less than four years" places a moment somewhere in the years after the anchor; a range
                    // would read as a span ("was at war between 1975 and 1979"), so the moment takes the decade
                    // that holds all those years, when one does
                    String note = "less than " + words(n) + " " + unit + (n == 1 ? "" : "s") + " after " + anchorText;
                    int last = ay + years;
                    if (ay / 10 == last / 10) {
                        int decade = ay / 10 * 10;
                        return e.withValue(decade + "s", decade, decade + 9, note);
                    }
                    return e.withValue(ay + "/" + last, ay, last, note);
                }
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

        /** The date of the current paragraph's source citation, or null. */
        TimeExpression citationDate() {
            if (citation == null) {
                return null;
            }
            for (TimeExpression x : DateExpressions.find(citation)) {
                if (x.resolved() && x.type() == TimeExpression.Type.DATE) {
                    return x;
                }
            }
            return null;
        }

        /**
         * "On April 30": the year of the paragraph's source citation, else of the dateline (the year before when the
         * month is later), else the story's.
         */
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
            TimeExpression cited = citationDate();
            if (cited != null) {
                int citedMonth = cited.value().length() >= 7
                        ? Integer.parseInt(cited.value().substring(5, 7))
                        : 12;
                year = month > citedMonth ? cited.firstYear() - 1 : cited.firstYear();
                note = "year from the source " + citation;
            } else if (datelineYear > 0) {
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

        /**
         * What the date does in its sentence: a name's year, an attributive noun's date, a list item, a war's
         * span, a plan's target, publication data, or the date of the sentence's event.
         */
        Item role(String s, TimeExpression e, boolean explicit) {
            String before = s.substring(Math.max(0, e.start() - 80), e.start());
            String after = s.substring(e.end(), Math.min(s.length(), e.end() + 60));
            if (PUBLICATION.matcher(before).find()) {
                return new Item(e, Role.SKIP, null, null);
            }
            if (e.meeting()) {
                TimeExpression since = explicit ? null : afterMeeting(s, e);
                if (since != null) {
                    return new Item(since, Role.EVENT, Modality.EVENT, AFTER);
                }
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
            if (m == Modality.EVENT && plannedAct(s, e)) {
                m = Modality.PLAN;
            }
            if (m == Modality.EVENT && docYear > 0 && e.firstYear() > docYear) {
                m = before.matches("(?s).*\\bby\\s(?:the\\s)?$") ? Modality.TARGET : Modality.PLAN;
            }
            if (m != Modality.EVENT) {
                return new Item(e, Role.PLAN, m, null);
            }
            return new Item(e, Role.EVENT, Modality.EVENT, null);
        }

        /**
         * "agreed in March 2012 on funding for the completion of the railway in 2025": a later date that ends an act
         * still to come ("the start of ...", "the completion of ...") while an earlier date of the sentence dates its
         * verb is the plan's date, not the event's.
         */
        boolean plannedAct(String s, TimeExpression e) {
            String before = s.substring(0, e.start());
            if (!before.matches("(?s).*\\bthe (?:start|beginning|completion|launch|opening|construction) of [^,;]{1,80}"
                    + " (?:in|by) $")) {
                return false;
            }
            for (TimeExpression x : DateExpressions.find(before)) {
                if (x.resolved() && x.lastYear() > 0 && x.lastYear() < e.firstYear()) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "This situation has changed after the 13th National Congress": the change came after the meeting and
         * before the document was written, so its date is that span (February 2021 to November 2022). Null when the
         * meeting is not after "after" or "following", or the document has no date.
         */
        TimeExpression afterMeeting(String s, TimeExpression e) {
            String before = s.substring(Math.max(0, e.start() - 20), e.start()).toLowerCase(Locale.ROOT);
            if (!before.matches("(?s).*\\b(?:after|following) the $") || info.date() == null) {
                return null;
            }
            String until = info.date();
            if (until.compareTo(e.value()) <= 0) {
                return null;
            }
            int lastYear = Integer.parseInt(until.substring(0, 4));
            return e.withValue(
                    e.value() + "/" + until,
                    e.firstYear(),
                    lastYear,
                    "after the " + ordinal(e.text()) + " (" + readable(e.value()) + "), before the document's date ("
                            + readable(until) + ")");
        }

        /** A meeting's name as the sentence gives it, with the party a congress belongs to ("of the Communist ..."). */
        String meetingName(String s, TimeExpression e) {
            Matcher of = Pattern.compile("^ of the (?:[A-Z][\\p{L}]*(?: of| the)?\\s?){1,8}")
                    .matcher(s.substring(e.end()));
            return e.text()
                    + (e.type() == TimeExpression.Type.CONGRESS && of.find()
                            ? of.group().stripTrailing()
                            : "");
        }

        /**
         * "The 13th National Congress ... and the National Conference on Foreign Affairs emphasized ...": each meeting
         * has its own date, so the fact a meeting dates has that meeting alone as its subject.
         */
        String ownMeeting(String subject, String s, TimeExpression e, List<TimeExpression> exprs) {
            int at = s.indexOf(subject);
            if (at < 0 || !subject.contains(" and ")) {
                return subject;
            }
            for (TimeExpression x : exprs) {
                if (x != e && x.meeting() && x.start() >= at && x.end() <= at + subject.length()) {
                    for (String part : subject.split(" and (?=the |[A-Z])")) {
                        if (part.contains(e.text())) {
                            return part.strip();
                        }
                    }
                }
            }
            return subject;
        }

        /** Whether the congress itself acts ("The 10th Party Congress reaffirmed ..."), not just named. */
        boolean congressActs(String s, TimeExpression e, boolean explicit) {
            if (explicit) {
                return false;
            }
            if (s.substring(0, e.start()).matches("(?:At|During) the ")) {
                return true; // "At the National Conference on Foreign Affairs, the secretary emphasized ..."
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

        /** Hope, plan, forecast or target when the date's clause says so, or when the date is after the page's own. */
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

        /** The modality cue nearest before the date, unless a past verb stands between. */
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
                    EventText.numbers(event),
                    subject,
                    action,
                    EventText.numbers(object),
                    who,
                    agreement,
                    organization,
                    kind,
                    modality == null ? Modality.EVENT : modality,
                    key,
                    conflictable,
                    category));
        }

        /** "During the second Indochina war (1954-75)": the war and its span. */
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

        /** "Vietnam's December 1978 invasion of Cambodia": the fact is built from the dated noun. */
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

        /** The prepositional phrase after an event noun: "of Cambodia", "into ASEAN". */
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

        /** Whether a date seems to start at the offset. */
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

        /** One agreement with its year in brackets, outside a list. */
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
            if (subj == null || verbText == null) {
                // a catalogue ("Notable agreements include the following: X (1978), ..."): the year belongs to the
                // name, and the text does not say what happened in it (signing, entry into force, accession), so
                // no event can be told without claiming more than the text
                return;
            }
            String event = subj + " " + verbText + " " + object;
            String action = base;
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

        /** The fact of a date that dates its sentence's event: special forms first, then the clause. */
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
            // "since the implementation of the reform at the Sixth Congress in 1986": the date is the named event's
            SincePhrases.Reading since =
                    item.role() == Role.PLAN ? SincePhrases.Reading.NONE : SincePhrases.read(s, e, mentions);
            if (since.namesEvent()) {
                String subject = capitalize(since.subject());
                String event =
                        tidy(subject + " " + since.verbText() + (since.object() == null ? "" : " " + since.object()));
                add(
                        s,
                        index,
                        e,
                        event,
                        since.subject(),
                        since.action(),
                        since.object(),
                        who(mentions, 0, s.length(), null),
                        null,
                        null,
                        null,
                        kind(event, since.action(), null, null, s),
                        Modality.EVENT,
                        key(since.subject(), since.action(), since.object(), null, null),
                        false);
                return drafts.get(drafts.size() - 1);
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
            ClauseBuilder.Clause c = item.role() == Role.PLAN ? clauses.planClause(s, toks, e, dateTok, exprs) : null;
            if (c == null) {
                c = clauses.clause(
                        s, toks, e, dateTok, dateEndTok, exprs, previousSubject, previousObject, previousEnd);
            }
            String event;
            String subject = null;
            String action = null;
            String object = null;
            if (c != null && c.subject() != null) {
                int at = s.indexOf(c.subject());
                subject = resolvePronoun(c.subject(), s, at < 0 ? e.start() : at);
                if (at > 0 && s.substring(0, at).strip().matches("(?s).*[;:]")) {
                    subject = EventText.definite(subject);
                }
                subject = EventText.demonyms(subject);
                if (e.meeting()) {
                    subject = ownMeeting(subject, s, e, exprs);
                }
                subject = EventText.anaphor(subject, previousMainSubject);
                action = c.action();
                object = c.object() == null || c.object().isBlank() ? null : c.object();
                object = EventText.agreementObject(EventText.roleOf(object, mentions));
                if (e.meeting()
                        && (AFTER.equals(item.noun())
                                || s.substring(0, e.start()).matches("(?:At|During) the "))) {
                    // the meeting is the clause's date: the event says so ("... after the 13th National Congress")
                    String where = (AFTER.equals(item.noun()) ? "after the " : "at the ") + meetingName(s, e);
                    object = object == null ? where : object + " " + where;
                }
                // a state or an ongoing effort since a date is not an event ("has always put ... since 1986")
                if (since.governed() && SincePhrases.ongoing(c.verbText())) {
                    return null;
                }
                String verbText = Verbs.simplePast(c.verbText());
                // "in less than four years Vietnam was at war": the date is when the war began, so the event says so
                if (e.type() == TimeExpression.Type.RELATIVE
                        && e.text().toLowerCase(Locale.ROOT).contains("less than")
                        && verbText.matches("was|were")
                        && object != null
                        && object.matches("at war(?: with .+)?")) {
                    verbText = "went";
                    action = object.equals("at war") ? "go to war" : "go to war with";
                    object = object.equals("at war") ? null : object.substring("at war with ".length());
                    event = tidy(subject + " went to war" + (object == null ? "" : " with " + object));
                } else {
                    event = tidy(subject + " " + verbText + (object == null ? "" : " " + object));
                }
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
                    if (toks.get(k).start() > c.objectEnd() && toks.get(k).start() < limit && clauses.isVerb(toks, k)) {
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
            if (!e.meeting()) {
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
            String np = clauses.antecedentPhrase(s, toks, vi);
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

        /** "Vietnam's acceptance into ASEAN in July 1995": an event noun before the date, with no verb between. */
        Draft nominalBefore(
                String s, int index, Item item, List<Tok> toks, List<Gazetteer.Mention> mentions, int dateTok) {
            int i = dateTok - 1;
            if (i >= 0 && PREPOSITIONS.contains(toks.get(i).lower())) {
                i--;
            }
            int nounAt = -1;
            boolean verbGoverns = false;
            for (int steps = 0; i >= 0 && steps < 14; i--, steps++) {
                Tok t = toks.get(i);
                String w = t.lower();
                if (w.equals(",")
                        || w.equals(";")
                        || Verbs.looksPast(w) && w.equals(t.text())
                        || Verbs.AUXILIARIES.contains(w) && !w.equals("been")) {
                    verbGoverns = Verbs.looksPast(w) && w.equals(t.text());
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
            // "paid an official visit to Laos from March 3 to 5": the verb tells it; the noun is its object
            if (possessor == null && (!toks.get(first).lower().equals("visit") || verbGoverns)) {
                return null;
            }
            String noun = toks.get(first).lower();
            int objFrom = toks.get(nounAt).end();
            String object = nominalObject(s, objFrom, toks);
            int before = drafts.size();
            buildNominal(s, index, item.expr(), noun, possessor, object, mentions, Modality.EVENT);
            return drafts.size() > before ? drafts.get(drafts.size() - 1) : null;
        }

        private static final Pattern CLAUSE_JOINT =
                Pattern.compile(",\\s+(?:and|but|while|whereas|although|which|who|when)\\s+(?![a-z]+ing\\b)");

        /**
         * The date's clause as the sentence writes it, without the date: the event when no clause can be built.
         * Trimmed to the clause that holds the date; null when those words have no finite verb.
         */
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
            // only the clause that holds the date: another clause joined by a conjunction or a relative is cut off
            Matcher joint = CLAUSE_JOINT.matcher(s);
            while (joint.find()) {
                if (joint.end() <= e.start() && joint.end() > start) {
                    start = joint.end();
                } else if (joint.start() >= e.end() && joint.start() < end) {
                    end = joint.start();
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
                    .replaceAll("\\s{2,}", " ")
                    .replaceFirst(
                            "^(?i:however|thus|meanwhile|in turn|then|later|also|yet|still|moreover|furthermore),?\\s+",
                            "");
            // without a finite verb the words are a heading or a fragment, not an event
            boolean finite = false;
            for (Tok t : tokenize(cut)) {
                String w = t.text();
                finite |= Verbs.looksPast(w)
                        || Set.of("was", "were", "had", "did", "has", "have", "is", "are", "will", "would")
                                .contains(w);
            }
            return finite ? tidy(cut) : null;
        }

        /** "it", "the country", "he", "the two countries": the country or person the story is about. */
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

    /** Canonical names of the subject and the names mentioned in [from, to), in order, without repeats. */
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

    /**
     * What event a fact is, for finding it again elsewhere: an agreement's name, joining an organization, or
     * subject + action + object with names made canonical; null when the clause is unknown.
     */
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

    /** Lower-case text with canonical names and without articles or punctuation, for comparing clauses. */
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
}
