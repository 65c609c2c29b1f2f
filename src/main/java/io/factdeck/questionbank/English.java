package io.factdeck.questionbank;

import io.factdeck.facts.Entity;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Small pieces of English grammar the question templates need: articles, verb forms, capitals, slugs. */
final class English {

    private English() {}

    /** Acronyms read as words, which take no article ("ASEAN", not "the ASEAN"). */
    private static final Set<String> SPOKEN_ACRONYMS =
            Set.of("ASEAN", "APEC", "NATO", "UNESCO", "UNICEF", "UNCLOS", "OPEC", "RCEP", "COMECON", "INTERPOL");

    /** Country names that take "the" though they are one word or carry no head word. */
    private static final Set<String> PLURAL_COUNTRIES = Set.of(
            "Philippines",
            "Bahamas",
            "Netherlands",
            "Maldives",
            "Comoros",
            "Seychelles",
            "Gambia",
            "Vatican",
            "Holy See",
            "Marshall Islands",
            "Solomon Islands",
            "Czech Republic",
            "Central African Republic",
            "Dominican Republic",
            "Ivory Coast");

    /** Head words that make a multi-word name take "the" ("the World Bank", "the Khmer Rouge"). */
    private static final Set<String> THE_WORDS = Set.of(
            "union",
            "republic",
            "kingdom",
            "states",
            "islands",
            "organization",
            "organisation",
            "association",
            "bank",
            "fund",
            "council",
            "committee",
            "forum",
            "conference",
            "movement",
            "agency",
            "party",
            "front",
            "coalition",
            "government",
            "secretariat",
            "ministry",
            "assembly",
            "nations",
            "federation",
            "community",
            "summit",
            "congress",
            "corporation",
            "office",
            "court",
            "army",
            "regime",
            "cooperation",
            "partnership",
            "treaty",
            "agreement",
            "convention",
            "declaration",
            "protocol",
            "accords",
            "accord",
            "charter",
            "games",
            "politburo",
            "rouge",
            "lao",
            "see",
            "plan",
            "initiative",
            "mechanism",
            "subregion",
            "area",
            "group",
            "bloc",
            "league",
            "alliance",
            "authority",
            "programme",
            "program",
            "shogunate",
            "dynasty",
            "empire",
            "lords");

    private static final Set<String> IRREGULAR_PAST = Set.of(
            "became",
            "began",
            "bore",
            "broke",
            "brought",
            "built",
            "came",
            "chose",
            "drew",
            "fell",
            "fought",
            "forbade",
            "foresaw",
            "forgave",
            "froze",
            "gave",
            "grew",
            "held",
            "hid",
            "kept",
            "knew",
            "laid",
            "led",
            "left",
            "lent",
            "lost",
            "made",
            "meant",
            "met",
            "overthrew",
            "oversaw",
            "overtook",
            "paid",
            "ran",
            "rose",
            "said",
            "sank",
            "saw",
            "sent",
            "shook",
            "sold",
            "sought",
            "spent",
            "spoke",
            "stood",
            "stole",
            "struck",
            "swore",
            "took",
            "taught",
            "told",
            "thought",
            "threw",
            "undertook",
            "understood",
            "upheld",
            "went",
            "withdrew",
            "won",
            "wore",
            "wrote",
            "was",
            "were",
            "had",
            "did",
            "set",
            "put",
            "cut",
            "hit",
            "let",
            "read",
            "spread",
            "split",
            "cast",
            "shut",
            "quit",
            "bid",
            "forged",
            "reset",
            "recast",
            "rebuilt",
            "reopened",
            "overran",
            "beset",
            "upset");

    /** Adjectives of countries that are not the name plus a suffix ("Japanese" contains "Japan"; "Chinese" does not). */
    private static final Map<String, String> DEMONYMS = Map.ofEntries(
            Map.entry("China", "Chinese"),
            Map.entry("France", "French"),
            Map.entry("Laos", "Lao"),
            Map.entry("Thailand", "Thai"),
            Map.entry("Philippines", "Philippine"),
            Map.entry("Soviet Union", "Soviet"),
            Map.entry("United States", "American"),
            Map.entry("United Kingdom", "British"),
            Map.entry("Netherlands", "Dutch"),
            Map.entry("Switzerland", "Swiss"),
            Map.entry("Sweden", "Swedish"),
            Map.entry("Denmark", "Danish"),
            Map.entry("Spain", "Spanish"),
            Map.entry("Portugal", "Portuguese"),
            Map.entry("Germany", "German"),
            Map.entry("Greece", "Greek"),
            Map.entry("Turkey", "Turkish"),
            Map.entry("Ireland", "Irish"),
            Map.entry("Poland", "Polish"),
            Map.entry("Finland", "Finnish"));

    /** The adjective for a country's people and things, or the name itself when that contains it. */
    static String demonym(String country) {
        return DEMONYMS.getOrDefault(country, country);
    }

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[0-9]|20)\\d\\d(?!\\d)");

    /** The name as it reads in running text, with "the" where English wants one. */
    static String nounPhrase(String name, Entity.Type type) {
        if (name.regionMatches(true, 0, "the ", 0, 4)) {
            return "the " + name.substring(4);
        }
        if (type == Entity.Type.PERSON) {
            return name;
        }
        if (PLURAL_COUNTRIES.contains(name)) {
            return "the " + name;
        }
        if (isAcronym(name)) {
            return SPOKEN_ACRONYMS.contains(name.replace(".", "").toUpperCase(Locale.ROOT)) ? name : "the " + name;
        }
        String[] words = name.split("[\\s\\-–]+");
        if (words.length == 1) {
            return SPOKEN_ACRONYMS.contains(name.toUpperCase(Locale.ROOT)) || type == Entity.Type.COUNTRY
                    ? name
                    : THE_WORDS.contains(name.toLowerCase(Locale.ROOT)) ? "the " + name : name;
        }
        for (String word : words) {
            if (THE_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return "the " + name;
            }
        }
        return name;
    }

    static boolean isAcronym(String name) {
        String letters = name.replace(".", "");
        return letters.length() >= 2 && letters.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    /** True if the word reads as a past-tense verb ("joined", "withdrew"). */
    static boolean isPastTense(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return IRREGULAR_PAST.contains(w) || (w.endsWith("ed") && w.length() > 3 && !w.equals("need"));
    }

    /** True if a clause starts with a past-tense verb, optionally after one adverb ("formally joined"). */
    static boolean startsWithPastVerb(String clause) {
        String[] words = clause.trim().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return false;
        }
        if (isPastTense(words[0])) {
            return true;
        }
        return words.length > 1 && words[0].toLowerCase(Locale.ROOT).endsWith("ly") && isPastTense(words[1]);
    }

    static boolean containsYear(String text) {
        return YEAR.matcher(text).find();
    }

    static String capitalize(String text) {
        if (text.isEmpty() || Character.isUpperCase(text.charAt(0))) {
            return text;
        }
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Lower-cases a leading "The" so a clause can follow a comma. Proper nouns keep their capital. */
    static String midSentence(String clause) {
        return clause.startsWith("The ") ? "the " + clause.substring(4) : clause;
    }

    /** Removes a final period or space so a clause can take a date phrase. */
    static String clause(String text) {
        String t = text.trim();
        while (t.endsWith(".") || t.endsWith(";") || t.endsWith(",")) {
            t = t.substring(0, t.length() - 1).trim();
        }
        return t;
    }

    /** "a", "a and b", "a, b and c". */
    static String joinAnd(List<String> parts) {
        if (parts.size() <= 1) {
            return parts.isEmpty() ? "" : parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /** A lowercase ASCII slug: "Soviet Union" becomes {@code soviet-union}. */
    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        ascii = ascii.replace("Đ", "D").replace("đ", "d");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "x" : slug;
    }

    /**
     * True if {@code text} mentions {@code name}, ignoring case. Short names (3 letters or fewer) must stand as words
     * ("US" is not in "thus"); longer ones also match inside words ("Vietnam" is in "Vietnamese").
     */
    static boolean mentions(String text, String name) {
        if (name == null || name.isBlank()) {
            return false;
        }
        String lowerText = text.toLowerCase(Locale.ROOT);
        String lowerName = name.toLowerCase(Locale.ROOT).trim();
        if (lowerName.length() <= 3) {
            return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(lowerName) + "(?![\\p{L}\\p{N}])")
                    .matcher(lowerText)
                    .find();
        }
        return lowerText.contains(lowerName);
    }

    /** Strips a leading article: "the World Bank" becomes "World Bank". */
    static String withoutArticle(String phrase) {
        String p = phrase.trim();
        for (String article : List.of("the ", "a ", "an ")) {
            if (p.regionMatches(true, 0, article, 0, article.length())) {
                return p.substring(article.length()).trim();
            }
        }
        return p;
    }
}
