package io.factdeck.facts;

import static io.factdeck.facts.Tokens.*;
import static io.factdeck.facts.Words.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds "subject verb object" for a date of a sentence: finds the verb the date belongs to (before it, after an
 * opening date phrase, past relative and reported clauses), its subject and its object, and the base form of
 * the action. Holds only per-sentence scratch state.
 */
final class ClauseBuilder {

    /** What was found: the subject as written, the verb phrase, the base-form action, the object. */
    record Clause(String subject, String verbText, String action, String object, int objectEnd) {}

    /** Where the subject starts when the date opens the clause ("In 1976, agreements ... were signed"). */
    int subjectFrom = -1;

    int depthGuard;

    /**
     * The clause a date belongs to. A date that opens its clause ("In 1995, ...") takes the verb after it;
     * otherwise the nearest verb before it in the same comma-bounded part, then wider searches. Returns null
     * when no verb with a subject is found; the caller then keeps the sentence's own words.
     */
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
        Clause gerund = gerundClause(s, toks, e, prepTok, exprs);
        if (gerund != null) {
            return gerund;
        }
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

    /** Words before a gerund that make it an adverbial of the main clause: "by changing its tactics in 1986". */
    private static final Set<String> GERUND_LEADS =
            Set.of("by", "after", "before", "while", "through", "upon", "without", "as", "in");

    /**
     * A date inside a gerund phrase belongs to the gerund: "..., and, by changing its tactics in 1986 to emphasize
     * ..., increased its effectiveness" dates the change, and "measures such as studying and formulating a plan
     * until 2035" dates the plan. The gerund (and gerunds joined to it by "and") becomes a past verb whose subject
     * is the main clause's. Null when the date is not in such a phrase or the main clause has no subject.
     */
    Clause gerundClause(String s, List<Tok> toks, TimeExpression e, int prepTok, List<TimeExpression> exprs) {
        int g = -1;
        for (int i = prepTok - 1, n = 0; i >= 1 && n < 10; i--, n++) {
            Tok t = toks.get(i);
            if (!t.word() || isVerb(toks, i)) {
                break;
            }
            if (isGerund(t.text()) && GERUND_LEADS.contains(toks.get(i - 1).lower())) {
                g = i;
                break;
            }
        }
        if (g < 0) {
            return null;
        }
        int first = g;
        while (first - 3 >= 0
                && toks.get(first - 1).text().equals("and")
                && isGerund(toks.get(first - 2).text())
                && GERUND_LEADS.contains(toks.get(first - 3).lower())) {
            first -= 2;
        }
        int last = g;
        while (last + 2 < toks.size()
                && toks.get(last + 1).text().equals("and")
                && isGerund(toks.get(last + 2).text())) {
            last += 2;
        }
        Clause main = mainClause(s, toks, exprs);
        if (main == null || main.subject() == null) {
            return null;
        }
        List<String> pasts = new ArrayList<>();
        String action = null;
        for (int k = first; k <= last; k += 2) {
            String base = Verbs.baseOfGerund(toks.get(k).lower());
            pasts.add(Verbs.pastOf(base));
            action = action == null ? base : action;
        }
        String verbText = String.join(" and ", pasts);
        String object = object(s, toks, last + 1, exprs, e);
        return new Clause(
                main.subject(), verbText, action, object, toks.get(last).end());
    }

    /** Nouns of an act that a plan date can end: "the start of nuclear power generation in Vietnam in 2020". */
    private static final Set<String> PLANNED_ACTS =
            Set.of("start", "beginning", "completion", "launch", "opening", "construction", "introduction");

    /**
     * The clause of a plan's date, when the plan is not the sentence's past-tense clause. "determined the goals,
     * namely, to build an industrial country ... in 2030": the plan is the infinitive, told with the main clause
     * ("determined the goals to build an industrial country ..."). "agreed in May 2008 on cooperation for the
     * start of nuclear power generation in Vietnam in 2020": the plan is the act the date ends ("The start of
     * nuclear power generation in Vietnam was planned"). Null when neither form is there; the caller then builds
     * the ordinary clause.
     */
    Clause planClause(String s, List<Tok> toks, TimeExpression e, int dateTok, List<TimeExpression> exprs) {
        int to = -1;
        for (int i = dateTok - 1; i >= 1; i--) {
            Tok t = toks.get(i);
            if (t.text().equals(";") || isVerb(toks, i) && !inside(exprs, t.start())) {
                break;
            }
            if (t.lower().equals("to") && i + 1 < toks.size() && infinitive(toks.get(i + 1))) {
                to = i;
                break;
            }
        }
        if (to > 0) {
            Clause main = mainClause(s, toks, exprs);
            if (main != null
                    && main.subject() != null
                    && main.object() != null
                    && main.objectEnd() < toks.get(to).start()
                    && !main.object().contains(toks.get(to + 1).text())) {
                String goal = object(s, toks, to + 2, exprs, e);
                goal = goal == null ? "" : " " + goal.replaceFirst("\\s+by the\\b.*$", "");
                String object = main.object() + " to " + toks.get(to + 1).lower() + goal;
                return new Clause(
                        main.subject(),
                        main.verbText(),
                        main.action(),
                        object,
                        toks.get(dateTok).start());
            }
        }
        int in = dateTok - 1;
        if (in < 0 || !Set.of("in", "by").contains(toks.get(in).lower())) {
            return null;
        }
        for (int i = in - 1, n = 0; i >= 1 && n < 12; i--, n++) {
            Tok t = toks.get(i);
            if (!t.word() || isVerb(toks, i)) {
                return null;
            }
            if (PLANNED_ACTS.contains(t.lower())
                    && toks.get(i - 1).lower().equals("the")
                    && i + 1 < toks.size()
                    && toks.get(i + 1).lower().equals("of")) {
                String act = render(s, toks, range(i - 1, in - 1));
                return new Clause(
                        act, "was planned", "be planned", null, toks.get(in - 1).end());
            }
        }
        return null;
    }

    /** Whether the word after "to" reads as a verb: a known base form, or a lower-case word that is not a noun's start. */
    static boolean infinitive(Tok next) {
        String w = next.text();
        return Verbs.isBase(w)
                || next.word()
                        && w.matches("[a-z]+")
                        && !DETERMINERS.contains(w)
                        && !PREPOSITIONS.contains(w)
                        && !w.endsWith("ing")
                        && !w.endsWith("s")
                        && !Set.of("some", "all", "many", "most", "other", "another", "every", "what", "which")
                                .contains(w);
    }

    /** "changing", "formulating", "studying": a lower-case word ending in "ing" that is not a noun like "meeting". */
    static boolean isGerund(String w) {
        return w.length() > 5
                && w.endsWith("ing")
                && w.equals(w.toLowerCase(Locale.ROOT))
                && !Set.of(
                                "meeting",
                                "building",
                                "during",
                                "following",
                                "nothing",
                                "something",
                                "morning",
                                "evening",
                                "funding",
                                "training",
                                "bring",
                                "spring",
                                "string",
                                "thing",
                                "ruling",
                                "setting",
                                "opening",
                                "beginning")
                        .contains(w);
    }

    /**
     * The sentence's main clause: the first verb with a subject after any opening phrase ("For a long time, ...",
     * "Later, ...", "During his visit, ..."). Used for sentences dated by their context and for the subject of a
     * gerund or an anaphor. Null when the sentence has no such clause.
     */
    Clause mainClause(String s, List<Tok> toks, List<TimeExpression> exprs) {
        if (toks.isEmpty()) {
            return null;
        }
        int from = 0;
        // a heading before a colon ("Period 1945-1946: After the surrender ...") is not part of the clause
        for (int k = 0; k < Math.min(toks.size() - 1, 6); k++) {
            if (toks.get(k).text().equals(":")) {
                from = k + 1;
                break;
            }
        }
        String firstWord = toks.get(from).lower();
        if (PREPOSITIONS.contains(firstWord)
                || CLAUSE_WORDS.contains(firstWord)
                || DISCOURSE.contains(firstWord)
                || ADVERBS.contains(firstWord)
                || firstWord.endsWith("ly")
                || Set.of("especially", "recently", "now", "today", "historically", "currently", "at", "for", "under")
                        .contains(firstWord)) {
            int depth = 0;
            int k = from;
            for (; k < toks.size(); k++) {
                String w = toks.get(k).text();
                depth += w.equals("(") ? 1 : w.equals(")") ? -1 : 0;
                if (depth == 0 && w.equals(",")) {
                    break;
                }
            }
            if (k >= toks.size() - 1) {
                return null;
            }
            from = k + 1;
        }
        int verb = findVerb(toks, from, +1, false, exprs);
        if (verb < 0 || verb == from) {
            return null;
        }
        TimeExpression none = new TimeExpression(-1, -1, "", TimeExpression.Type.DATE, null, 0, 0, null);
        int saved = subjectFrom;
        subjectFrom = from;
        Clause c = buildClause(s, toks, none, verb, exprs, null, null, -1);
        subjectFrom = saved;
        return c;
    }

    /** Subject, verb phrase, action and object around the verb at token {@code verb}, or null. */
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
            // "pursuant to a Land Border Agreement signed in 1999": the agreement is the subject, not the phrase
            // before it; "a boundary dispute with the PRC resolved in 2000" keeps its whole noun phrase
            if (subj.matches(".*\\b(?:Agreements?|Treaty|Convention|Accords?|Protocol|Declaration|Charter)\\b.*")) {
                subj = subj.replaceFirst(
                        "^(?:[a-z]+\\s)*?(?:to|with|of|under|from|for|in)\\s(?=(?:a|an|the)\\s[A-Z])", "");
            }
            subj = subj.replaceFirst("^(?:a|an|its|their) ", "the ");
            // a fact sheet's bare noun ("maritime boundary with Thailand resolved in 1997") reads with "the"
            String firstWord = subj.split("\\s+")[0];
            if (Character.isLowerCase(subj.charAt(0))
                    && !DETERMINERS.contains(firstWord)
                    && !PRONOUNS.contains(firstWord)
                    && !firstWord.matches("\\d.*|some|many|several|most|all|two|three|four|five|more")) {
                subj = "the " + subj;
            }
            String aux = plural(subj) ? "were " : "was ";
            return new Clause(subj, aux + mw, "be " + mw, null, toks.get(main).end());
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
                                    && Character.isUpperCase(toks.get(k).text().charAt(0))
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
                if (object.toLowerCase(Locale.ROOT).startsWith(light + " ") && object.length() > light.length() + 1) {
                    String rest = object.substring(light.length() + 1);
                    String l = light.startsWith("its ") ? light.substring(4) : light;
                    action = action + " " + l;
                    object = rest;
                    verbText = verbText + " " + light;
                    break;
                }
            }
        }
        return new Clause(subject, verbText, action, object, toks.get(mainEnd).end());
    }

    /** Whether the text holds a past-tense verb or an auxiliary. */
    boolean containsVerb(String text) {
        for (Tok t : tokenize(text)) {
            if (Verbs.looksPast(t.text()) || Verbs.AUXILIARIES.contains(t.text())) {
                return true;
            }
        }
        return false;
    }

    /** "summits for APEC in 2006 and ASEAN in 2010": the second object is the first with its name replaced. */
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

    /** The base-form action of the verb phrase ("be admitted", "set up", "withdraw"), or null if unknown. */
    String action(List<Tok> toks, int main, int mainEnd, int phraseStart) {
        String w = toks.get(main).text();
        String particle = mainEnd == main + 1
                        && Set.of("up", "out", "off").contains(toks.get(mainEnd).lower())
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

    /**
     * The nearest verb from token {@code from} in direction {@code step} (+1 or -1), skipping brackets, dates
     * and relative clauses of other parts; -1 if none within 40 tokens, at a clause break, or (when asked)
     * at a comma.
     */
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

    /** Whether token i is a finite verb: a past form, an auxiliary, a modal with its verb, or a present form. */
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

    /** Whether a past participle describes a noun ("the signed treaty", "a regime installed by") instead. */
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

    /** Whether the offset falls inside one of the time expressions. */
    boolean inside(List<TimeExpression> exprs, int offset) {
        for (TimeExpression x : exprs) {
            if (offset >= x.start() && offset < x.end()) {
                return true;
            }
        }
        return false;
    }

    /** The subject before the verb phrase: back to a clause break, without date phrases and brackets. */
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
            if (t.text().equals(",") && nameListComma(toks, i, start, end)) {
                start = i;
                i--;
                continue;
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
            if (x != null && !x.meeting()) {
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
                if (nx != null && !nx.meeting()) {
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
     * A comma inside a name made of a list of capitalised words: "the Economy, Trade and Industry Ministry". The
     * word before the comma follows "the"; the words after it, up to the verb, are capitalised words and "and".
     */
    boolean nameListComma(List<Tok> toks, int comma, int start, int end) {
        if (comma < 2 || start > end || !toks.get(comma - 2).lower().equals("the")) {
            return false;
        }
        Tok before = toks.get(comma - 1);
        if (!before.word() || !Character.isUpperCase(before.text().charAt(0))) {
            return false;
        }
        boolean and = false;
        for (int k = start; k <= end; k++) {
            Tok t = toks.get(k);
            if (t.text().equals("and")) {
                and = true;
            } else if (!t.word() || !Character.isUpperCase(t.text().charAt(0))) {
                return false;
            }
        }
        return and;
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
            if (!inside(exprs, t.start()) || at(exprs, t.start()).meeting()) {
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

    /**
     * The object after the verb: up to a clause break or another date; the fact's own date is dropped and a
     * short phrase after it kept ("instituted a ban in March 1978 on private trade").
     */
    String object(String s, List<Tok> toks, int from, List<TimeExpression> exprs, TimeExpression own) {
        List<Integer> idx = new ArrayList<>();
        // "changed its tactics in 1986 to emphasize ...": an infinitive right after the fact's own date completes
        // the object, it does not start a new purpose clause
        int afterOwnDate = -1;
        int count = 0;
        for (int i = from; i < toks.size() && count < 22; i++) {
            Tok t = toks.get(i);
            String w = t.text();
            String lw = t.lower();
            if (t.start() >= own.start() && t.start() < own.end()) {
                int last = attributiveDate(toks, idx, i, exprs);
                if (last >= 0) {
                    for (int k = i; k <= last; k++) {
                        idx.add(k);
                    }
                    count += last - i + 1;
                    i = last;
                    continue;
                }
                dropPrepositions(idx, toks);
                while (i + 1 < toks.size() && toks.get(i + 1).start() < own.end()) {
                    i++;
                }
                if (i + 1 < toks.size()
                        && TAIL_PREPOSITIONS.contains(toks.get(i + 1).lower())
                        && count > 0) {
                    afterOwnDate = i + 1;
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
                int last = attributiveDate(toks, idx, i, exprs);
                if (last >= 0) {
                    for (int k = i; k <= last; k++) {
                        idx.add(k);
                    }
                    count += last - i + 1;
                    i = last;
                    continue;
                }
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
                    if (inside(exprs, toks.get(k).start()) || toks.get(k).text().equals("(")) {
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
                    && Character.isDigit(
                            toks.get(i - 1).text().charAt(toks.get(i - 1).text().length() - 1))
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
            // "shifted its focus, this time to consolidating ...": the phrase completes the object
            if (w.equals(",")
                    && count > 0
                    && i + 3 < toks.size()
                    && toks.get(i + 1).lower().equals("this")
                    && toks.get(i + 2).lower().equals("time")
                    && TAIL_PREPOSITIONS.contains(toks.get(i + 3).lower())) {
                // "again at war, this time with Cambodia": without "this time", "again" would say the same war
                idx.removeIf(k -> toks.get(k).lower().equals("again"));
                i += 2;
                continue;
            }
            boolean thatClause = !idx.isEmpty() && toks.get(idx.get(0)).lower().equals("that");
            // "launched an invasion that toppled the regime": a bare noun keeps the relative clause that says which
            boolean identifying = lw.equals("that")
                    && count > 0
                    && count <= 3
                    && i + 1 < toks.size()
                    && Verbs.knownPast(toks.get(i + 1).text());
            if (Set.of(",", ";", ":", ".", "?", "!", ")", "\u2013", "\u2014").contains(w)
                    || CLAUSE_WORDS.contains(lw)
                            && !lw.equals("as")
                            && !identifying
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
                            && i != afterOwnDate
                            && !INFINITIVE_NOUNS.contains(toks.get(i - 1).lower())
                            && !controlsInfinitive(toks, idx)
                            && !(!idx.isEmpty() && toks.get(idx.get(0)).lower().equals("that"))
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
                // "released a statement and a section of the statement stated ...": a new clause, not more object
                if (!clauseFollows && DETERMINERS.contains(next)) {
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

    /**
     * A date that describes the noun after it ("coordinating their 1986-90 five-year plans") is part of the object,
     * not a break in it: a determiner or possessive stands before it and a lower-case word follows. Returns the
     * index of the date's last token, or -1 when the date is not attributive.
     */
    int attributiveDate(List<Tok> toks, List<Integer> idx, int i, List<TimeExpression> exprs) {
        if (idx.isEmpty()
                || !DETERMINERS.contains(toks.get(idx.get(idx.size() - 1)).lower())) {
            return -1;
        }
        TimeExpression x = at(exprs, toks.get(i).start());
        if (x == null) {
            return -1;
        }
        int last = i;
        while (last + 1 < toks.size() && toks.get(last + 1).start() < x.end()) {
            last++;
        }
        if (last + 1 >= toks.size()) {
            return -1;
        }
        String next = toks.get(last + 1).text();
        return next.matches("[a-z][a-z-]*") && !PREPOSITIONS.contains(next) && !CLAUSE_WORDS.contains(next) ? last : -1;
    }

    /** Nouns whose infinitive completes them: "the need to strengthen", "a decision to withdraw". */
    private static final Set<String> INFINITIVE_NOUNS = Set.of(
            "need",
            "decision",
            "right",
            "effort",
            "efforts",
            "attempt",
            "attempts",
            "agreement",
            "commitment",
            "determination",
            "bid",
            "willingness",
            "readiness",
            "ability",
            "intention",
            "pledge",
            "promise",
            "plan",
            "plans",
            "goal",
            "goals",
            "move",
            "call",
            "request",
            "offer",
            "proposal");

    /** Whether the object so far holds a verb that takes an object and an infinitive ("persuading X to merge"). */
    boolean controlsInfinitive(List<Tok> toks, List<Integer> idx) {
        for (int k : idx) {
            if (OBJECT_CONTROL.contains(toks.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Drops the preposition (and "the", "early" ...) left dangling before a removed date. */
    void dropPrepositions(List<Integer> idx, List<Tok> toks) {
        while (!idx.isEmpty()
                && (PREPOSITIONS.contains(toks.get(idx.get(idx.size() - 1)).lower())
                        || Set.of("the", "early", "late", "mid", "not")
                                .contains(toks.get(idx.get(idx.size() - 1)).lower()))) {
            idx.remove(idx.size() - 1);
        }
    }

    /** Drops small words and a dangling "-ing" word from the end of a phrase. */
    StringBuilder trimTail(StringBuilder sb) {
        String t = sb.toString().strip();
        boolean changed = true;
        while (changed && !t.isEmpty()) {
            changed = false;
            int sp = t.lastIndexOf(' ');
            String last = t.substring(sp + 1);
            if (FUNCTION_TAIL.contains(last.toLowerCase(Locale.ROOT))
                    || last.endsWith("ing") && last.length() > 5 && sp > 0 && Character.isLowerCase(last.charAt(0))) {
                t = sp < 0 ? "" : t.substring(0, sp).strip();
                changed = true;
            }
        }
        return new StringBuilder(t);
    }
}
