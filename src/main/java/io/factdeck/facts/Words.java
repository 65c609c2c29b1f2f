package io.factdeck.facts;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The small word lists the extractor's rules are made of. */
final class Words {

    private Words() {}

    static final Set<String> PREPOSITIONS = Set.of(
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

    static final Set<String> CLAUSE_WORDS = Set.of(
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

    static final Set<String> DISCOURSE = Set.of(
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
    static final Set<String> ADVERBS = Set.of(
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

    /** Words that open a noun phrase: after "and" they start a new subject, before a date they make it attributive. */
    static final Set<String> DETERMINERS =
            Set.of("the", "a", "an", "its", "their", "his", "her", "this", "these", "those", "both", "each");

    /** Verbs whose object is followed by an infinitive that belongs to them: "persuading the factions to merge". */
    static final Set<String> OBJECT_CONTROL = Set.of(
            "persuade",
            "persuaded",
            "persuading",
            "urge",
            "urged",
            "urging",
            "invite",
            "invited",
            "inviting",
            "encourage",
            "encouraged",
            "encouraging",
            "press",
            "pressed",
            "pressing",
            "convince",
            "convinced",
            "convincing",
            "allow",
            "allowed",
            "allowing",
            "force",
            "forced",
            "forcing");

    static final Set<String> SPEECH_VERBS =
            Set.of("said", "announced", "stated", "declared", "noted", "wrote", "reported", "explained", "added");

    static final Set<String> PRONOUNS = Set.of(
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

    static final Set<String> FUNCTION_TAIL = Set.of(
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
    static final Set<String> REDUCED = Set.of(
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

    static final Set<String> TAIL_PREPOSITIONS =
            Set.of("on", "to", "with", "into", "from", "over", "across", "against", "toward", "towards", "for");

    static final Map<String, String> TYPOS = Map.of("serveed", "served", "decisison", "decision");

    static final Set<String> EVENT_NOUNS = Set.of(
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

    static final Set<String> PLAN_NOUNS = Set.of("plan", "plans", "five-year", "programme", "program", "target");

    static final List<String> LIGHT_OBJECTS = List.of(
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
}
