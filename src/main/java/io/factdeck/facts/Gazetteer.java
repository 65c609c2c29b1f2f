package io.factdeck.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the extractor recognises: countries (with historical names), organizations (with acronyms), people by
 * title, wars. Each surface form maps to one canonical name. Country names start from the JDK's English
 * country list, so no data file is needed.
 */
public final class Gazetteer {

    /** A name found in a text span. */
    public record Mention(int start, int end, String surface, Entity.Type type, String canonical) {}

    private static final Map<String, String[]> COUNTRY_ALIASES = new LinkedHashMap<>();
    private static final Map<String, String[]> ORG_ALIASES = new LinkedHashMap<>();
    private static final Map<String, String[]> PEOPLE = new LinkedHashMap<>();
    /** War names and their aliases: the same war under another name is the same event. */
    static final Map<String, String[]> WARS = new LinkedHashMap<>();

    static {
        country("Vietnam", "Viet Nam", "Socialist Republic of Vietnam", "Annam", "Dai Viet", "Hanoi");
        country("North Vietnam", "Democratic Republic of Vietnam", "DRV");
        country("South Vietnam", "Republic of Vietnam", "RVN");
        country("China", "People's Republic of China", "PRC", "Imperial China", "Beijing");
        country("Soviet Union", "USSR", "U.S.S.R.", "Union of Soviet Socialist Republics", "Moscow");
        country("United States", "U.S.", "US", "USA", "United States of America", "America");
        country("Cambodia", "Kampuchea");
        country("Democratic Kampuchea");
        country("People's Republic of Kampuchea", "PRK");
        country("Thailand", "Siam");
        country("Myanmar", "Burma");
        country("Laos", "Lao PDR");
        country("Russia", "Russian Federation");
        country("United Kingdom", "Britain", "Great Britain", "UK");
        country("Champa", "Kingdom of Champa");
        country("Khmer Empire");
        country("Lan Xang", "Lan Xang kingdom");
        country("Holy See", "Vatican");
        country("South Korea", "Republic of Korea");
        country("North Korea");
        country("Taiwan");
        country("Ukraine");
        country("Japan");
        country("India");
        country("France");
        country("New Zealand");
        country("Philippines", "the Philippines");
        for (String iso : Locale.getISOCountries()) {
            String name = new Locale("", iso).getDisplayCountry(Locale.ENGLISH);
            if (!name.isBlank() && !name.contains("&") && isKnownAlias(name) == null) {
                COUNTRY_ALIASES.putIfAbsent(name, new String[0]);
            }
        }

        org("Association of Southeast Asian Nations", "ASEAN", "Association of South-East Asian Nations");
        org("Asia-Pacific Economic Cooperation", "APEC", "Asia-Pacific Economic Cooperation forum");
        org("World Trade Organization", "WTO");
        org("International Monetary Fund", "IMF");
        org("World Bank", "International Bank for Reconstruction and Development");
        org("Asian Development Bank", "ADB");
        org("United Nations Security Council", "UN Security Council", "Security Council");
        org("United Nations General Assembly", "UN General Assembly");
        org("United Nations", "UN");
        org("Council for Mutual Economic Assistance", "Comecon", "CMEA");
        org("World Health Organization", "WHO");
        org("European Union", "EU");
        org("East Asia Summit");
        org("Khmer Rouge");
        org("Kampuchean Communist Party", "KCP", "Khmer (Kampuchean) Communist party");
        org("Indochinese Communist Party");
        org("Communist Party of Vietnam", "Vietnamese Communist Party", "VCP");
        org("Politburo");
        org("Coalition Government of Democratic Kampuchea", "CGDK");
        org("Kampuchean People's National Liberation Front", "KPNLF");
        org("Greater Mekong Subregion Economic Cooperation Mechanism", "GMS");
        org("Regional Comprehensive Economic Partnership", "RCEP");
        org("Tokugawa Shogunate");
        org("Yomiuri Shimbun");
        org("Human Rights Watch");
        org("Vietnam-Japan Cooperation Committee");
        org("Southeast Asian Games", "SEA Games");
        org("Kuomintang");

        person("Zhou Enlai", "Premier");
        person("Mao Zedong", "Chairman");
        person("Le Duan", "General Secretary");
        person("Pol Pot", null);
        person("Ieng Sary", null);
        person("Chiang Kai-shek", null);
        person("Nguyen Phu Trong", "General Secretary");
        person("Nguyen Tan Dung", "Prime Minister");
        person("Nong Duc Manh", "General Secretary");
        person("Pham Binh Minh", "Deputy Prime Minister and Foreign Minister");
        person("Pham Minh Chinh", "Prime Minister");
        person("Fumio Kishida", "Prime Minister");
        person("Sushma Swaraj", "Foreign Minister");
        person("Nguyen Dzy Nien", "Foreign Minister");
        person("Vu Khoan", "Deputy Prime Minister");
        person("Bui Thanh Son", "Foreign Minister");
        person("Narendra Modi", "Prime Minister");
        person("Yoshihiko Noda", "Prime Minister");
        person("Taro Aso", "Prime Minister");
        person("Norodom Sihanouk", "Prince");
        person("Son Sann", null);
        person("Heng Samrin", null);
        person("Tokugawa Ieyasu", "Shogun");
        person("Nguyen Hoang", "Lord");
        person("Vo Chi Cong", null);

        WARS.put("Vietnam War", new String[] {"Second Indochina War", "second Indochina war"});
        WARS.put("First Indochina War", new String[] {"first Indochina war"});
        WARS.put("Sino-Vietnamese War", new String[] {"Sino-Vietnamese war"});
        WARS.put("Cambodian-Vietnamese War", new String[] {"Cambodian-Vietnamese war"});
        WARS.put("World War II", new String[] {"Second World War"});
    }

    /** Titles that introduce a person's name, longest first. */
    static final List<String> TITLES = List.of(
            "Deputy Prime Minister and Foreign Minister",
            "Deputy Prime Minister",
            "Prime Minister",
            "Foreign Minister",
            "Defence Minister",
            "Defense Minister",
            "General Secretary",
            "party General Secretary",
            "Party secretary",
            "Communist Party chief",
            "President",
            "Vice President",
            "Premier",
            "Chairman",
            "Ambassador",
            "Emperor",
            "King",
            "Queen",
            "Prince",
            "Princess",
            "Lord",
            "Shogun",
            "Prof.",
            "Professor",
            "General");

    private static final Pattern PERSON_AFTER_TITLE = Pattern.compile(
            "(?:(?:Deputy Prime Minister and Foreign Minister|Deputy Prime Minister|Prime Minister|Foreign Minister"
                    + "|Defen[cs]e Minister|General Secretary|Party secretary|Communist Party chief|Vice President"
                    + "|President|Premier|Ambassador|Emperor|King|Queen|Prince|Princess|Lord|Shogun|Prof\\.|Professor)"
                    + ") ((?:[A-Z\u00c0-\u1ef9][\\p{L}\\p{M}'\u2019.-]*)(?: [A-Z\u00c0-\u1ef9][\\p{L}\\p{M}'\u2019.-]*){0,3})");

    private static final List<String[]> SURFACES = new ArrayList<>();

    static {
        addSurfaces(COUNTRY_ALIASES, "COUNTRY");
        addSurfaces(ORG_ALIASES, "ORGANIZATION");
        addSurfaces(PEOPLE, "PERSON");
        SURFACES.sort(Comparator.comparingInt((String[] s) -> -s[0].length()).thenComparing(s -> s[0]));
    }

    /** Surface forms grouped by their first word, longest first: a linear scan with no big alternation. */
    private static final Map<String, List<String[]>> BY_FIRST_WORD = new java.util.HashMap<>();

    static {
        for (String[] s : SURFACES) {
            BY_FIRST_WORD
                    .computeIfAbsent(firstWord(s[0], 0), k -> new ArrayList<>())
                    .add(s);
        }
    }

    private static String firstWord(String text, int from) {
        int i = from;
        while (i < text.length()
                && !Character.isWhitespace(text.charAt(i))
                && text.charAt(i) != ','
                && text.charAt(i) != ';'
                && text.charAt(i) != '('
                && text.charAt(i) != ')'
                && text.charAt(i) != '"'
                && text.charAt(i) != '\u2019'
                && !(text.charAt(i) == '\'' && i + 1 < text.length() && text.charAt(i + 1) == 's')) {
            i++;
        }
        return text.substring(from, i);
    }

    private Gazetteer() {}

    private static void country(String canonical, String... aliases) {
        COUNTRY_ALIASES.put(canonical, aliases);
    }

    private static void org(String canonical, String... aliases) {
        ORG_ALIASES.put(canonical, aliases);
    }

    private static void person(String canonical, String title) {
        PEOPLE.put(canonical, title == null ? new String[0] : new String[] {"\u0000title:" + title});
    }

    private static String isKnownAlias(String name) {
        for (Map.Entry<String, String[]> e : COUNTRY_ALIASES.entrySet()) {
            if (e.getKey().equals(name)) {
                return e.getKey();
            }
            for (String a : e.getValue()) {
                if (a.equals(name)) {
                    return e.getKey();
                }
            }
        }
        return null;
    }

    private static void addSurfaces(Map<String, String[]> map, String type) {
        for (Map.Entry<String, String[]> e : map.entrySet()) {
            SURFACES.add(new String[] {e.getKey(), type, e.getKey()});
            for (String a : e.getValue()) {
                if (!a.startsWith("\u0000")) {
                    SURFACES.add(new String[] {a, type, e.getKey()});
                }
            }
        }
    }

    /** Every known name in the text, longest match first, without overlaps, in order. */
    public static List<Mention> mentions(String text) {
        List<Mention> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            boolean wordStart = Character.isLetter(c) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
            if (!wordStart) {
                i++;
                continue;
            }
            String w = firstWord(text, i);
            List<String[]> candidates = BY_FIRST_WORD.get(w);
            if (candidates == null && w.endsWith(".") && !w.endsWith("S.") && !w.endsWith("R.")) {
                candidates = BY_FIRST_WORD.get(w.substring(0, w.length() - 1));
            }
            int next = i + Math.max(1, w.length());
            if (candidates != null) {
                for (String[] s : candidates) {
                    int end = i + s[0].length();
                    if (text.startsWith(s[0], i) && (end >= n || !Character.isLetterOrDigit(text.charAt(end)))) {
                        if (!(s[0].equals("US") && i > 0 && text.charAt(i - 1) == '$')) {
                            out.add(new Mention(i, end, s[0], Entity.Type.valueOf(s[1]), s[2]));
                            next = end;
                        }
                        break;
                    }
                }
            }
            i = next;
        }
        Matcher pm = PERSON_AFTER_TITLE.matcher(text);
        while (pm.find()) {
            String name = trimName(pm.group(1));
            if (name.isEmpty() || lookup(name) != null && !"PERSON".equals(lookup(name)[1])) {
                continue;
            }
            int start = pm.start(1);
            int end = start + name.length();
            boolean overlaps = out.stream().anyMatch(x -> x.start() < end && start < x.end());
            if (!overlaps) {
                out.add(new Mention(start, end, name, Entity.Type.PERSON, canonicalPerson(name)));
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    private static String trimName(String name) {
        String n = name;
        for (String stop : List.of(" On", " In", " At", " And", " The", " During")) {
            int i = n.indexOf(stop);
            if (i > 0) {
                n = n.substring(0, i);
            }
        }
        while (n.endsWith(".") || n.endsWith(",") || n.endsWith("'s") || n.endsWith("\u2019s")) {
            n = n.endsWith(".") || n.endsWith(",") ? n.substring(0, n.length() - 1) : n.substring(0, n.length() - 2);
        }
        return n.strip();
    }

    private static String[] lookup(String surface) {
        for (String[] s : SURFACES) {
            if (s[0].equals(surface)) {
                return s;
            }
        }
        return null;
    }

    /** The canonical name of a person named in full or by a known short form. */
    static String canonicalPerson(String name) {
        String plain = stripMarks(name);
        for (String p : PEOPLE.keySet()) {
            if (p.equals(plain) || p.equals(name)) {
                return p;
            }
        }
        if (!plain.contains(" ")) {
            for (String p : PEOPLE.keySet()) {
                if (p.endsWith(" " + plain)) {
                    return p;
                }
            }
        }
        return name;
    }

    /** The title the gazetteer knows for a person, or null. */
    static String personTitle(String canonical) {
        String[] v = PEOPLE.get(canonical);
        if (v == null || v.length == 0) {
            return null;
        }
        return v[0].substring("\u0000title:".length());
    }

    /** Known aliases of a canonical name (countries and organizations). */
    static List<String> aliases(String canonical) {
        String[] a = COUNTRY_ALIASES.get(canonical);
        if (a == null) {
            a = ORG_ALIASES.get(canonical);
        }
        if (a == null) {
            return List.of();
        }
        Set<String> out = new TreeSet<>();
        for (String s : a) {
            out.add(s);
        }
        return List.copyOf(out);
    }

    /** The canonical name of a war, or null when the text is not a known war. */
    static String war(String text) {
        String t = text.strip();
        if (t.toLowerCase(Locale.ROOT).startsWith("the ")) {
            t = t.substring(4);
        }
        for (Map.Entry<String, String[]> e : WARS.entrySet()) {
            if (e.getKey().equalsIgnoreCase(t)) {
                return e.getKey();
            }
            for (String a : e.getValue()) {
                if (a.equalsIgnoreCase(t)) {
                    return e.getKey();
                }
            }
        }
        return null;
    }

    /** Canonical name for any known surface form, or null. */
    static String canonical(String surface) {
        String[] s = lookup(surface);
        return s == null ? null : s[2];
    }

    static Entity.Type typeOf(String canonical) {
        if (COUNTRY_ALIASES.containsKey(canonical)) {
            return Entity.Type.COUNTRY;
        }
        if (ORG_ALIASES.containsKey(canonical)) {
            return Entity.Type.ORGANIZATION;
        }
        if (PEOPLE.containsKey(canonical)) {
            return Entity.Type.PERSON;
        }
        return null;
    }

    /** The text with diacritics removed, for matching names written with and without them. */
    public static String stripMarks(String s) {
        String d = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD);
        return d.replaceAll("\\p{M}+", "").replace('\u0111', 'd').replace('\u0110', 'D');
    }
}
