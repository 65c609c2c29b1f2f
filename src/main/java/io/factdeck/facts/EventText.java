package io.factdeck.facts;

import static io.factdeck.facts.Words.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Small repairs that make a clause's subject, object and event read as grammatical English on their own. They
 * change only the words a question stem is built from; the evidence sentence always stays verbatim.
 */
final class EventText {

    private EventText() {}

    private static final Pattern BROKEN_NUMBER = Pattern.compile("(\\$ ?\\d{1,4})\\. (\\d)");

    /** Adjectives of nationality and the country each names, for the places where the text needs the country. */
    private static final Map<String, String> DEMONYMS = Map.ofEntries(
            Map.entry("Japanese", "Japan"),
            Map.entry("Chinese", "China"),
            Map.entry("Vietnamese", "Vietnam"),
            Map.entry("Cambodian", "Cambodia"),
            Map.entry("Laotian", "Laos"),
            Map.entry("Thai", "Thailand"),
            Map.entry("Russian", "Russia"),
            Map.entry("Indian", "India"),
            Map.entry("French", "France"),
            Map.entry("British", "Britain"),
            Map.entry("American", "the United States"),
            Map.entry("Korean", "Korea"),
            Map.entry("Indonesian", "Indonesia"),
            Map.entry("Malaysian", "Malaysia"),
            Map.entry("Philippine", "the Philippines"));

    private static final Pattern DEMONYM_PAIR = Pattern.compile(
            "\\b(from|of|between|with) (" + String.join("|", DEMONYMS.keySet()) + ") and ([A-Z][\\p{L}]+)\\b");

    private static final Pattern AGREEMENT_NAME = Pattern.compile(
            "^[A-Z][^,;]*\\b(?:Agreements?|Treaty|Convention|Accords?|Protocol|Declaration|Charter)\\b(?: \\([^)]*\\))?$");

    private static final Pattern ROLE = Pattern.compile(
            "^as (?:the )?(Chairman|Chair|chair|Chairwoman|President|Secretary-General|host|chairman|president)$");

    /** "$1. 6 billion" (a number broken by a stray space in the source) reads "$1.6 billion". */
    static String numbers(String text) {
        return text == null ? null : BROKEN_NUMBER.matcher(text).replaceAll("$1.$2");
    }

    /**
     * A nationality adjective used where a country is meant, next to a country it is joined with: "leaders from
     * Japanese and Vietnam" reads "leaders from Japan and Vietnam".
     */
    static String demonyms(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = DEMONYM_PAIR.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String second = m.group(3);
            if (Gazetteer.canonical(second) == null
                    || Gazetteer.typeOf(Gazetteer.canonical(second)) != Entity.Type.COUNTRY) {
                m.appendReplacement(sb, Matcher.quoteReplacement(m.group()));
                continue;
            }
            m.appendReplacement(
                    sb, Matcher.quoteReplacement(m.group(1) + " " + DEMONYMS.get(m.group(2)) + " and " + second));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * A fact sheet's bare noun phrase ("maritime boundary with Thailand", "agreement on land border with ...") is a
     * particular thing: as a subject it reads with "the". Only a lower-case phrase with a complement ("with",
     * "on", "of", "in") is changed; determiners, pronouns and numbers stay as they are.
     */
    static String definite(String subject) {
        if (subject == null || subject.isEmpty() || !Character.isLowerCase(subject.charAt(0))) {
            return subject;
        }
        String first = subject.split("\\s+")[0];
        if (DETERMINERS.contains(first)
                || PRONOUNS.contains(first)
                || first.matches("\\d.*|some|many|several|most|all|two|three|four|five|more|such")
                || !subject.matches(".*\\s(?:with|on|of|in)\\s.*")) {
            return subject;
        }
        return "the " + subject;
    }

    /** "The proposal", "this idea"; a state ("situation", "problem") only with "this" or "that", never "the". */
    private static final Pattern ANAPHOR =
            Pattern.compile("^(?:(?i:the|this|that) (proposal|idea|plan|initiative|suggestion)"
                    + "|(?i:this|that) (situation|problem|issue|trend|change))$");

    /**
     * "The proposal" or "this situation" as a subject refers to the previous sentence; said on its own it tells
     * nothing. When that sentence's subject is a plain noun phrase, it is named: "The proposal for integration of
     * the three states into a regional organization", "The situation of Vietnam's diplomatic departments".
     */
    static String anaphor(String subject, String previousSubject) {
        if (subject == null || previousSubject == null) {
            return subject;
        }
        Matcher m = ANAPHOR.matcher(subject);
        String previous = previousSubject.strip();
        String lower = previous.toLowerCase(Locale.ROOT);
        if (!m.matches()
                || previous.isEmpty()
                || previous.split("\\s+").length > 14
                || PRONOUNS.contains(lower)
                || ANAPHOR.matcher(previous).matches()
                || lower.matches("^(?:this|that|these|those|it|there|they|which|who)\\b.*")) {
            return subject;
        }
        String noun = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
        String preposition =
                Set.of("proposal", "idea", "plan", "initiative", "suggestion").contains(noun) ? "for" : "of";
        String np = Character.isUpperCase(previous.charAt(0)) && !previous.matches("^(?:The|A|An) .*")
                ? previous
                : Character.toLowerCase(previous.charAt(0)) + previous.substring(1);
        return "the " + noun + " " + preposition + " " + np;
    }

    /**
     * An agreement's or an organization's name as an object takes "the": "signed the Vietnam – Japan Economic
     * Partnership Agreement", "relations with the Association of South-East Asian Nations (ASEAN) member states".
     * An acronym ("ASEAN") and a one-word name stay as they are.
     */
    static String agreementObject(String object) {
        if (object == null
                || object.isEmpty()
                || !Character.isUpperCase(object.charAt(0))
                || object.startsWith("The ")) {
            return object;
        }
        if (AGREEMENT_NAME.matcher(object).matches()) {
            return "the " + object;
        }
        List<Gazetteer.Mention> names = Gazetteer.mentions(object);
        if (!names.isEmpty()
                && names.get(0).start() == 0
                && names.get(0).type() == Entity.Type.ORGANIZATION
                && names.get(0).surface().contains(" ")
                && names.get(0).surface().matches("(?s).*\\bof\\b.*")) {
            return "the " + object;
        }
        return object;
    }

    /**
     * "served as Chairman" says of what only elsewhere in the sentence: when the sentence names exactly one
     * organization, the role is that organization's ("served as Chairman of ASEAN"). Otherwise unchanged.
     */
    static String roleOf(String object, List<Gazetteer.Mention> mentions) {
        if (object == null || !ROLE.matcher(object).matches()) {
            return object;
        }
        List<String> orgs = new ArrayList<>();
        String surface = null;
        for (Gazetteer.Mention m : mentions) {
            if (m.type() == Entity.Type.ORGANIZATION && !orgs.contains(m.canonical())) {
                orgs.add(m.canonical());
                surface = m.surface();
            }
        }
        if (orgs.size() != 1) {
            return object;
        }
        String article = surface.equals(surface.toUpperCase(Locale.ROOT)) ? "" : "the ";
        return object + " of " + article + surface;
    }
}
