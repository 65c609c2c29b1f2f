package io.factdeck.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds a bank from documents: extracts each, gives every fact a stable id, applies the reviewed overrides,
 * links the same fact stated in several places ({@code same_as}) and the same event dated differently
 * ({@code conflicts}), and lists the entities. Same input, same output, in the same order.
 */
public final class FactBankBuilder {

    /** A document to extract: its id (the file name) and its text. */
    public record Input(String id, String text) {}

    /** The bank and what the builder has to say about the overrides (ones that matched nothing). */
    public record Result(FactBank bank, List<String> warnings) {}

    private static final Set<String> ID_STOP_WORDS = Set.of(
            "the", "a", "an", "of", "in", "on", "to", "with", "and", "for", "its", "their", "was", "were", "be", "by",
            "at", "as", "from", "into", "that", "this", "his", "her");

    private FactBankBuilder() {}

    /** Facts plus the linking data only the builder needs. */
    private static final class Entry {
        DatedFact fact;
        final String key;
        final boolean conflictable;
        final String category;

        Entry(DatedFact fact, String key, boolean conflictable, String category) {
            this.fact = fact;
            this.key = key;
            this.conflictable = conflictable;
            this.category = category;
        }
    }

    public static Result build(
            String bankId, String title, String description, List<Input> inputs, Overrides overrides) {
        List<Input> docs = new ArrayList<>(inputs);
        docs.sort(Comparator.comparing(Input::id));
        List<SourceDocument> documents = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (Input doc : docs) {
            FactExtractor.Extraction x = FactExtractor.extract(doc.id(), doc.text());
            documents.add(document(doc.id(), x.info(), overrides.documents().get(doc.id())));
            for (Draft d : x.drafts()) {
                String id = unique(ids, baseId(d));
                entries.add(new Entry(toFact(id, d), d.key(), d.conflictable(), d.agreementCategory()));
            }
        }
        List<String> warnings = new ArrayList<>();
        applyOverrides(entries, overrides, warnings);
        for (Map<String, Object> add : overrides.additions()) {
            DatedFact f = FactsYaml.factFromMap(add);
            if (ids.contains(f.id())) {
                warnings.add("added fact " + f.id() + " has the id of an extracted fact; not added");
                continue;
            }
            ids.add(f.id());
            entries.add(new Entry(f, null, false, (String) add.get("category")));
        }
        link(entries);
        List<DatedFact> facts = new ArrayList<>();
        List<DatedFact> plans = new ArrayList<>();
        for (Entry e : entries) {
            (e.fact.modality() == Modality.EVENT ? facts : plans).add(e.fact);
        }
        List<Entity> entities = entities(entries, docs);
        FactBank bank = new FactBank(bankId, title, description, "en", documents, facts, plans, entities);
        return new Result(bank, List.copyOf(warnings));
    }

    private static SourceDocument document(String id, TextCleaner.DocumentInfo info, Map<String, String> fix) {
        Map<String, String> f = fix == null ? Map.of() : fix;
        return new SourceDocument(
                id,
                f.getOrDefault("title", info.title()),
                f.getOrDefault("publisher", info.publisher()),
                f.getOrDefault("date", info.date()),
                f.getOrDefault("url", null),
                f.getOrDefault("author", info.author()));
    }

    private static DatedFact toFact(String id, Draft d) {
        return new DatedFact(
                id,
                d.date(),
                d.dateText(),
                d.dateNote(),
                d.event(),
                d.subject(),
                d.action(),
                d.object(),
                d.who(),
                d.agreement(),
                d.organization(),
                d.kind(),
                d.modality(),
                new DatedFact.Evidence(d.document(), d.sentence()),
                List.of(),
                List.of());
    }

    // ---- ids ------------------------------------------------------------------------------------------

    private static String unique(Set<String> ids, String base) {
        String id = base;
        for (int n = 2; ids.contains(id); n++) {
            id = base + "-" + n;
        }
        ids.add(id);
        return id;
    }

    /** {@code <what>-<year>}: what from the organization, agreement, war or clause; year from the date. */
    static String baseId(Draft d) {
        String what;
        String key = d.key() == null ? "" : d.key();
        if (key.startsWith("member|") && d.organization() != null) {
            what = slug(shortName(d.organization()), 4) + "-membership";
        } else if (d.agreement() != null) {
            what = slug(d.agreement(), 5);
        } else if (key.startsWith("war|")) {
            what = slug(key.substring(4), 4);
        } else if (d.subject() != null && d.action() != null) {
            String canonical = Gazetteer.canonical(d.subject());
            String subject = canonical == null
                    ? d.subject()
                    : Gazetteer.typeOf(canonical) == Entity.Type.ORGANIZATION ? shortName(canonical) : canonical;
            String object = d.object() == null ? "" : d.object();
            java.util.regex.Matcher congress = java.util.regex.Pattern.compile(
                            "(?i)\\b(\\d{1,2}(?:st|nd|rd|th)|[a-z]+th|eleventh|twelfth) (?:national |party )*congress")
                    .matcher(subject);
            String who = congress.find() ? congress.group(1) + " congress" : lastWords(subject, 2);
            what = slug(who + " " + d.action() + " " + object, 5);
        } else {
            what = slug(d.event(), 5);
        }
        if (what.isEmpty()) {
            what = d.kind().yamlName();
        }
        String year = yearPart(d.date());
        return d.modality() == Modality.EVENT ? what + "-" + year : what + "-plan-" + year;
    }

    private static String shortName(String canonical) {
        for (String alias : Gazetteer.aliases(canonical)) {
            if (alias.length() <= 6 && alias.equals(alias.toUpperCase(Locale.ROOT)) && alias.matches("[A-Z]{2,6}")) {
                return alias;
            }
        }
        return canonical;
    }

    private static String lastWords(String text, int n) {
        String[] w = text.trim().split("\\s+");
        StringBuilder sb = new StringBuilder();
        for (int i = Math.max(0, w.length - n); i < w.length; i++) {
            sb.append(w[i]).append(' ');
        }
        return sb.toString().trim();
    }

    static String slug(String text, int maxWords) {
        String ascii = Gazetteer.stripMarks(text).toLowerCase(Locale.ROOT).replace("'s", "");
        StringBuilder sb = new StringBuilder();
        int words = 0;
        for (String w : ascii.split("[^a-z0-9]+")) {
            if (w.isEmpty() || ID_STOP_WORDS.contains(w)) {
                continue;
            }
            if (words++ == maxWords) {
                break;
            }
            if (sb.length() > 0) {
                sb.append('-');
            }
            sb.append(w);
        }
        return sb.toString();
    }

    private static String yearPart(String date) {
        if (date.matches("\\d{3}0s")) {
            return date;
        }
        if (date.matches("\\d{2}XX")) {
            return date.toLowerCase(Locale.ROOT);
        }
        return date.length() >= 4 ? date.substring(0, 4) : date;
    }

    // ---- overrides ------------------------------------------------------------------------------------

    private static void applyOverrides(List<Entry> entries, Overrides overrides, List<String> warnings) {
        for (Overrides.FactOverride o : overrides.facts()) {
            boolean matched = false;
            for (int i = entries.size() - 1; i >= 0; i--) {
                Entry e = entries.get(i);
                if (!o.matches(e.fact)) {
                    continue;
                }
                matched = true;
                if (o.reject()) {
                    entries.remove(i);
                } else {
                    e.fact = FactsYaml.withFields(e.fact, o.set());
                }
            }
            if (!matched) {
                warnings.add("override matched no fact: "
                        + (o.id() != null ? o.id() : o.document() + " / " + o.sentence() + " / " + o.date()));
            }
        }
    }

    // ---- links ----------------------------------------------------------------------------------------

    private static void link(List<Entry> entries) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (e.key != null && e.fact.modality() == Modality.EVENT) {
                groups.computeIfAbsent(groupKey(e.key), k -> new ArrayList<>()).add(i);
            }
        }
        Map<Integer, Set<String>> same = new HashMap<>();
        Map<Integer, Set<String>> conflicts = new HashMap<>();
        for (List<Integer> group : groups.values()) {
            for (int a = 0; a < group.size(); a++) {
                for (int b = a + 1; b < group.size(); b++) {
                    Entry x = entries.get(group.get(a));
                    Entry y = entries.get(group.get(b));
                    DatedFact fx = x.fact;
                    DatedFact fy = y.fact;
                    if (fx.source().equals(fy.source())) {
                        continue; // two dates of one sentence are two facts, not one
                    }
                    boolean agreement = x.key.startsWith("agreement|");
                    if (compatible(fx.date(), fy.date())) {
                        if (agreement && disjointParties(fx, fy)) {
                            continue;
                        }
                        same.computeIfAbsent(group.get(a), k -> new LinkedHashSet<>())
                                .add(fy.id());
                        same.computeIfAbsent(group.get(b), k -> new LinkedHashSet<>())
                                .add(fx.id());
                    } else if (x.conflictable && y.conflictable && (!agreement || shareParty(fx, fy))) {
                        conflicts
                                .computeIfAbsent(group.get(a), k -> new LinkedHashSet<>())
                                .add(fy.id());
                        conflicts
                                .computeIfAbsent(group.get(b), k -> new LinkedHashSet<>())
                                .add(fx.id());
                    }
                }
            }
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            index.put(entries.get(i).fact.id(), i);
        }
        // links written in overrides count too, both ways
        for (int i = 0; i < entries.size(); i++) {
            DatedFact f = entries.get(i).fact;
            for (String other : f.sameAs()) {
                addBothWays(same, index, i, other, f.id());
            }
            for (String other : f.conflicts()) {
                addBothWays(conflicts, index, i, other, f.id());
            }
        }
        for (int i = 0; i < entries.size(); i++) {
            DatedFact f = entries.get(i).fact;
            List<String> s = ordered(same.get(i), index);
            List<String> c = ordered(conflicts.get(i), index);
            entries.get(i).fact = new DatedFact(
                    f.id(),
                    f.date(),
                    f.dateText(),
                    f.dateNote(),
                    f.event(),
                    f.subject(),
                    f.action(),
                    f.object(),
                    f.who(),
                    f.agreement(),
                    f.organization(),
                    f.kind(),
                    f.modality(),
                    f.source(),
                    s,
                    c);
        }
    }

    private static void addBothWays(
            Map<Integer, Set<String>> links, Map<String, Integer> index, int i, String other, String self) {
        Integer j = index.get(other);
        if (j == null || j == i) {
            return;
        }
        links.computeIfAbsent(i, k -> new LinkedHashSet<>()).add(other);
        links.computeIfAbsent(j, k -> new LinkedHashSet<>()).add(self);
    }

    private static List<String> ordered(Set<String> ids, Map<String, Integer> index) {
        if (ids == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(ids);
        out.sort(Comparator.comparing(id -> index.getOrDefault(id, Integer.MAX_VALUE)));
        return out;
    }

    /** Agreements link by name alone; the parties decide whether two of the same name are one agreement. */
    private static String groupKey(String key) {
        if (key.startsWith("agreement|")) {
            String name = key.substring("agreement|".length());
            int bar = name.indexOf('|');
            name = bar >= 0 ? name.substring(0, bar) : name;
            return "agreement|" + name.replaceFirst("^(?:the|a|an) ", "");
        }
        return key;
    }

    private static Set<String> parties(DatedFact f) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : f.who()) {
            if (Gazetteer.typeOf(w) == Entity.Type.COUNTRY && !w.equals("Vietnam") && !w.equals("North Vietnam")) {
                out.add(w);
            }
        }
        return out;
    }

    private static boolean disjointParties(DatedFact a, DatedFact b) {
        Set<String> pa = parties(a);
        Set<String> pb = parties(b);
        if (pa.isEmpty() || pb.isEmpty()) {
            return false;
        }
        pa.retainAll(pb);
        return pa.isEmpty();
    }

    private static boolean shareParty(DatedFact a, DatedFact b) {
        Set<String> pa = parties(a);
        pa.retainAll(parties(b));
        return !pa.isEmpty();
    }

    /** Whether two dates can describe the same moment: one contains the other (1995 and July 1995). */
    static boolean compatible(String a, String b) {
        long[] x = interval(a);
        long[] y = interval(b);
        if (x == null || y == null) {
            return a.equals(b);
        }
        boolean rangeA = a.contains("/");
        boolean rangeB = b.contains("/");
        if (rangeA && rangeB) {
            return x[0] == y[0] && x[1] == y[1];
        }
        return x[0] <= y[0] && y[1] <= x[1] || y[0] <= x[0] && x[1] <= y[1];
    }

    /** A date as a closed interval of yyyymmdd numbers, or null when it cannot be read. */
    static long[] interval(String date) {
        if (date == null) {
            return null;
        }
        String d = date.trim();
        int slash = d.indexOf('/');
        if (slash > 0) {
            long[] a = interval(d.substring(0, slash));
            long[] b = interval(d.substring(slash + 1));
            return a == null || b == null ? null : new long[] {a[0], b[1]};
        }
        if (d.matches("\\d{2}XX")) {
            long c = Long.parseLong(d.substring(0, 2)) * 100;
            return new long[] {c * 10000 + 101, (c + 99) * 10000 + 1231};
        }
        if (d.matches("\\d{3}0s")) {
            long y = Long.parseLong(d.substring(0, 4));
            return new long[] {y * 10000 + 101, (y + 9) * 10000 + 1231};
        }
        if (d.matches("\\d{4}")) {
            long y = Long.parseLong(d);
            return new long[] {y * 10000 + 101, y * 10000 + 1231};
        }
        if (d.matches("\\d{4}-\\d{2}")) {
            long v = Long.parseLong(d.substring(0, 4)) * 10000 + Long.parseLong(d.substring(5, 7)) * 100;
            return new long[] {v + 1, v + 31};
        }
        if (d.matches("\\d{4}-\\d{2}-\\d{2}")) {
            long v = Long.parseLong(d.replace("-", ""));
            return new long[] {v, v};
        }
        return null;
    }

    // ---- entities -------------------------------------------------------------------------------------

    private static List<Entity> entities(List<Entry> entries, List<Input> docs) {
        Map<String, Entity.Type> types = new TreeMap<>();
        Map<String, String> titles = new HashMap<>();
        Map<String, String> categories = new HashMap<>();
        for (Entry e : entries) {
            DatedFact f = e.fact;
            for (String name : f.who()) {
                Entity.Type t = Gazetteer.typeOf(name);
                types.putIfAbsent(name, t == null ? Entity.Type.PERSON : t);
                if (types.get(name) == Entity.Type.PERSON && !titles.containsKey(name)) {
                    String title = Gazetteer.personTitle(name);
                    titles.put(
                            name,
                            title != null ? title : titleInText(name, f.source().sentence()));
                }
            }
            if (f.organization() != null) {
                types.put(f.organization(), Entity.Type.ORGANIZATION);
            }
            if (f.agreement() != null) {
                types.put(f.agreement(), Entity.Type.AGREEMENT);
                if (e.category != null) {
                    categories.putIfAbsent(f.agreement(), e.category);
                } else {
                    categories.putIfAbsent(f.agreement(), agreementCategory(f.agreement()));
                }
            }
        }
        List<Entity> out = new ArrayList<>();
        for (Map.Entry<String, Entity.Type> t : types.entrySet()) {
            String name = t.getKey();
            Set<String> found = new java.util.TreeSet<>();
            for (String alias : Gazetteer.aliases(name)) {
                if (appears(alias, docs)) {
                    found.add(alias);
                }
            }
            if (t.getValue() == Entity.Type.AGREEMENT || t.getValue() == Entity.Type.ORGANIZATION) {
                found.addAll(acronyms(name, docs));
            }
            List<String> aliases = new ArrayList<>(found);
            out.add(new Entity(
                    name,
                    t.getValue(),
                    aliases,
                    t.getValue() == Entity.Type.PERSON ? titles.get(name) : null,
                    t.getValue() == Entity.Type.AGREEMENT ? categories.get(name) : null));
        }
        out.sort(Comparator.comparing((Entity e) -> e.type().ordinal()).thenComparing(Entity::name));
        return out;
    }

    private static String agreementCategory(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String c : List.of(
                "treaty",
                "convention",
                "declaration",
                "protocol",
                "partnership",
                "accord",
                "charter",
                "statement",
                "memorandum")) {
            if (lower.contains(c)) {
                return c;
            }
        }
        return "agreement";
    }

    private static String titleInText(String name, String sentence) {
        int at = sentence.indexOf(name);
        if (at < 0) {
            return null;
        }
        String before = sentence.substring(0, at).stripTrailing();
        for (String title : Gazetteer.TITLES) {
            if (before.endsWith(title)) {
                return title;
            }
        }
        return null;
    }

    /** Acronyms the documents define for a name: "Economic Partnership Agreement (VJEPA)". */
    private static Set<String> acronyms(String name, List<Input> docs) {
        Set<String> out = new java.util.TreeSet<>();
        java.util.regex.Pattern p =
                java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(name) + "\\s?\\(([A-Z]{2,8})\\)");
        for (Input d : docs) {
            java.util.regex.Matcher m = p.matcher(d.text());
            while (m.find()) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    private static boolean appears(String alias, List<Input> docs) {
        for (Input d : docs) {
            String t = d.text();
            for (int i = t.indexOf(alias); i >= 0; i = t.indexOf(alias, i + 1)) {
                int end = i + alias.length();
                boolean left = i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1));
                boolean right = end >= t.length() || !Character.isLetterOrDigit(t.charAt(end));
                if (left && right) {
                    return true;
                }
            }
        }
        return false;
    }
}
