package io.factdeck.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** English verb forms the clause builder needs: past tense and participle to base form, and back. */
final class Verbs {

    private static final Map<String, String> PAST_TO_BASE = new HashMap<>();
    private static final Map<String, String> PARTICIPLE_TO_BASE = new HashMap<>();
    private static final Map<String, String> BASE_TO_PAST = new HashMap<>();
    private static final Map<String, String> PRESENT_TO_BASE = new HashMap<>();

    /** Regular verbs (base forms) whose past is base + "ed" or base + "d". */
    private static final String REGULAR = "join sign establish reestablish re-establish restore reopen open visit host"
            + " launch invade attend complete declare agree conclude form admit initiate adjust shift reaffirm"
            + " announce adopt institute receive upgrade seize improve reach welcome serve provide top settle survive"
            + " remain discuss determine decide emphasize emphasise occupy perpetrate release maintain start resolve"
            + " topple kill recognize recognise retaliate deteriorate report produce cultivate expand create found end"
            + " propose refuse fail request surface fund support help introduce pledge share co-chair touch"
            + " highlight vow issue enjoy continue reiterate assume accompany obtain station exchange enter prevail"
            + " install govern escalate unite work sign demarcate normalize normalise deepen strengthen attack"
            + " invite counter counterbalance encircle suspend sponsor persuade merge comprise displace mobilize"
            + " offer reject promise stipulate donate assimilate frequent reveal raise cooperate collaborate accept"
            + " condemn deploy dispatch annex liberate defeat capture bomb intervene ratify accede nominate elect"
            + " appoint convene chair hold organize organise celebrate mark upgrade elevate finalize finalise"
            + " approve authorize authorise dissolve abolish terminate withdraw-x ban expel acknowledge hope aim expect"
            + " intend lobby rally pledge warn demand urge";

    private static final String[][] IRREGULAR = {
        {"withdraw", "withdrew", "withdrawn"},
        {"become", "became", "become"},
        {"begin", "began", "begun"},
        {"pay", "paid", "paid"},
        {"say", "said", "said"},
        {"speak", "spoke", "spoken"},
        {"make", "made", "made"},
        {"stand", "stood", "stood"},
        {"have", "had", "had"},
        {"send", "sent", "sent"},
        {"come", "came", "come"},
        {"set", "set", "set"},
        {"take", "took", "taken"},
        {"hold", "held", "held"},
        {"meet", "met", "met"},
        {"grow", "grew", "grown"},
        {"break", "broke", "broken"},
        {"seek", "sought", "sought"},
        {"build", "built", "built"},
        {"fight", "fought", "fought"},
        {"leave", "left", "left"},
        {"bring", "brought", "brought"},
        {"put", "put", "put"},
        {"lead", "led", "led"},
        {"win", "won", "won"},
        {"lose", "lost", "lost"},
        {"give", "gave", "given"},
        {"keep", "kept", "kept"},
        {"tell", "told", "told"},
        {"go", "went", "gone"},
        {"see", "saw", "seen"},
        {"rise", "rose", "risen"},
        {"fall", "fell", "fallen"},
        {"draw", "drew", "drawn"},
        {"strike", "struck", "struck"},
        {"undertake", "undertook", "undertaken"},
        {"serveed-x", "serveed", "serveed"},
    };

    static final Set<String> AUXILIARIES = Set.of("was", "were", "has", "have", "had", "been", "be", "is", "are");

    /** Past forms that are more often adjectives in this kind of text. */
    private static final Set<String> NOT_VERBS = Set.of(
            "united",
            "based",
            "limited",
            "advanced",
            "interested",
            "concerned",
            "related",
            "armed",
            "detailed",
            "skilled",
            "certified",
            "qualified",
            "inscribed",
            "disputed",
            "so-called",
            "supported",
            "installed",
            "displaced",
            "unprecedented",
            "increased",
            "renewed",
            "isolated",
            "strained",
            "elected",
            "dedicated",
            "guided",
            "organized",
            "experienced",
            "developed",
            "exported",
            "refundable",
            "overexploited",
            "continued",
            "supervised",
            "sponsored",
            "combined",
            "detained",
            "unified",
            "reduced",
            "ceased",
            "emerging",
            "shared",
            "expected",
            "applied",
            "preferred",
            "required");

    static {
        for (String base : REGULAR.split("\\s+")) {
            if (base.endsWith("-x")) {
                continue;
            }
            String past = regularPast(base);
            PAST_TO_BASE.put(past, base);
            PARTICIPLE_TO_BASE.put(past, base);
            BASE_TO_PAST.put(base, past);
            PRESENT_TO_BASE.put(present(base), base);
        }
        for (String[] v : IRREGULAR) {
            String base = v[0].endsWith("-x") ? "serve" : v[0];
            PAST_TO_BASE.put(v[1], base);
            PARTICIPLE_TO_BASE.put(v[2], base);
            if (!v[0].endsWith("-x")) {
                BASE_TO_PAST.put(base, v[1]);
                PRESENT_TO_BASE.put(present(base), base);
            }
        }
        PRESENT_TO_BASE.put("has", "have");
    }

    private Verbs() {}

    private static String regularPast(String base) {
        if (base.endsWith("e")) {
            return base + "d";
        }
        if (base.endsWith("y") && !base.endsWith("ay") && !base.endsWith("ey") && !base.endsWith("oy")) {
            return base.substring(0, base.length() - 1) + "ied";
        }
        if (Set.of(
                        "top",
                        "ban",
                        "plan",
                        "stop",
                        "admit",
                        "commit",
                        "submit",
                        "omit",
                        "permit",
                        "transmit",
                        "occur",
                        "prefer",
                        "refer",
                        "control",
                        "patrol",
                        "drop",
                        "ship")
                .contains(base)) {
            return base + base.charAt(base.length() - 1) + "ed";
        }
        return base + "ed";
    }

    private static String present(String base) {
        if (base.endsWith("s") || base.endsWith("sh") || base.endsWith("ch") || base.endsWith("x")) {
            return base + "es";
        }
        if (base.endsWith("y") && !base.endsWith("ay") && !base.endsWith("ey") && !base.endsWith("oy")) {
            return base.substring(0, base.length() - 1) + "ies";
        }
        return base + "s";
    }

    /** Base form of a known past-tense verb, or a careful guess for a regular "-ed" form, or null. */
    static String baseOfPast(String word) {
        String known = PAST_TO_BASE.get(word);
        if (known != null || !looksPast(word)) {
            return known;
        }
        return guessBase(word);
    }

    /** "formulated" -> "formulate", "reinforced" -> "reinforce", "lobbied" -> "lobby", "focused" -> "focus". */
    static String guessBase(String word) {
        String stem = word.substring(0, word.length() - 2);
        if (word.endsWith("ied")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("eed")) {
            return word.substring(0, word.length() - 1);
        }
        if (stem.length() >= 3
                && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                && "bdgmnprt".indexOf(stem.charAt(stem.length() - 1)) >= 0) {
            return stem.substring(0, stem.length() - 1);
        }
        if (word.matches(".*(?:at|ut|iz|is|ur|ac|ic|uc|os|as|iv|av|ov|id|od|ad|lv|rv|rc|nc|ud|ib|ot|g)ed")) {
            return stem + "e";
        }
        return stem;
    }

    /** Whether the word is a past-tense verb the lexicon knows (no guessing). */
    static boolean knownPast(String word) {
        return PAST_TO_BASE.containsKey(word);
    }

    /** Base form of a known participle, or a careful guess for a regular "-ed" form, or null. */
    static String baseOfParticiple(String word) {
        String known = PARTICIPLE_TO_BASE.get(word);
        if (known != null || !looksPast(word)) {
            return known;
        }
        return guessBase(word);
    }

    /** Base form of a known third-person present verb, or null. */
    static String baseOfPresent(String word) {
        return PRESENT_TO_BASE.get(word);
    }

    static String past(String base) {
        return BASE_TO_PAST.get(base);
    }

    /**
     * A present-perfect verb phrase as the simple past an event is told in: "has just paid" gives "paid", "has
     * always put" gives "always put", "have been signed" gives "were signed", "has been" gives "was". Words that
     * only place the act relative to the writer's present ("just", "recently", "already") are dropped. Other
     * phrases come back unchanged.
     */
    static String simplePast(String verbText) {
        String[] w = verbText.split(" ");
        if (w.length < 2 || !(w[0].equals("has") || w[0].equals("have"))) {
            return verbText;
        }
        boolean plural = w[0].equals("have");
        List<String> out = new ArrayList<>();
        for (int i = 1; i < w.length; i++) {
            String word = w[i];
            if (Set.of("just", "recently", "already").contains(word)) {
                continue;
            }
            if (word.equals("been")) {
                out.add(plural ? "were" : "was");
                continue;
            }
            String base = baseOfParticiple(word);
            if (base != null && !out.contains("was") && !out.contains("were")) {
                out.add(pastOf(base));
                continue;
            }
            out.add(word);
        }
        return String.join(" ", out);
    }

    /** The past tense of any base form: the lexicon's, or the regular one ("formulate" gives "formulated"). */
    static String pastOf(String base) {
        String known = BASE_TO_PAST.get(base);
        return known != null ? known : regularPast(base);
    }

    /**
     * The base form of a gerund: the lexicon's when it knows the verb, else a careful guess ("changing" gives
     * "change", "studying" gives "study", "stopping" gives "stop").
     */
    static String baseOfGerund(String word) {
        String stem = word.substring(0, word.length() - 3);
        if (isBase(stem)) {
            return stem;
        }
        if (isBase(stem + "e")) {
            return stem + "e";
        }
        if (stem.length() >= 3
                && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                && "bdgmnprt".indexOf(stem.charAt(stem.length() - 1)) >= 0
                && isBase(stem.substring(0, stem.length() - 1))) {
            return stem.substring(0, stem.length() - 1);
        }
        if (stem.matches(".*(?:at|ut|iz|is|ur|ac|ic|uc|os|as|iv|av|ov|id|od|ad|lv|rv|rc|nc|ud|ib|ot|ng|g|v|rs)")
                && !stem.endsWith("ing")) {
            return stem + "e";
        }
        return stem;
    }

    static boolean isBase(String word) {
        return BASE_TO_PAST.containsKey(word);
    }

    /** Whether a lower-case word reads as a past-tense verb: a known one, or a regular -ed form. */
    static boolean looksPast(String word) {
        if (PAST_TO_BASE.containsKey(word)) {
            return true;
        }
        return word.length() >= 6
                && word.endsWith("ed")
                && !NOT_VERBS.contains(word)
                && word.equals(word.toLowerCase());
    }
}
