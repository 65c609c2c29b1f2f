package io.factdeck.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes {@code facts.yaml} and {@code bank.yaml} by hand, so the output is byte-stable: fixed field order,
 * every string double-quoted and escaped, {@code \n} line ends. Also turns the YAML field maps of
 * {@code overrides.yaml} into facts.
 */
public final class FactsYaml {

    private FactsYaml() {}

    /** The {@code facts.yaml} of a bank. */
    public static String facts(FactBank bank) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Generated from the documents listed in bank.yaml by the `extract` command; do not edit.\n");
        sb.append("# Put reviewed corrections in overrides.yaml and regenerate.\n");
        sb.append("facts:");
        sb.append(bank.facts().isEmpty() ? " []\n" : "\n");
        for (DatedFact f : bank.facts()) {
            fact(sb, f, false);
        }
        sb.append("plans:");
        sb.append(bank.plans().isEmpty() ? " []\n" : "\n");
        for (DatedFact f : bank.plans()) {
            fact(sb, f, true);
        }
        sb.append("entities:");
        sb.append(bank.entities().isEmpty() ? " []\n" : "\n");
        for (Entity e : bank.entities()) {
            sb.append("  - name: ").append(q(e.name())).append('\n');
            sb.append("    type: ")
                    .append(e.type().name().toLowerCase(Locale.ROOT))
                    .append('\n');
            sb.append("    aliases: ").append(list(e.aliases())).append('\n');
            sb.append("    title: ").append(q(e.title())).append('\n');
            sb.append("    category: ").append(q(e.category())).append('\n');
        }
        return sb.toString();
    }

    /** The {@code bank.yaml} of a bank: its name and its source documents. */
    public static String bank(FactBank bank) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Written by the `extract` command; document metadata comes from the documents themselves,\n");
        sb.append("# corrected by the documents section of overrides.yaml.\n");
        sb.append("id: ").append(q(bank.id())).append('\n');
        sb.append("title: ").append(q(bank.title())).append('\n');
        sb.append("description: ").append(q(bank.description())).append('\n');
        sb.append("language: ").append(q(bank.language())).append('\n');
        sb.append("documents:\n");
        for (SourceDocument d : bank.documents()) {
            sb.append("  - id: ").append(q(d.id())).append('\n');
            sb.append("    title: ").append(q(d.title())).append('\n');
            sb.append("    publisher: ").append(q(d.publisher())).append('\n');
            sb.append("    date: ").append(q(d.date())).append('\n');
            sb.append("    url: ").append(q(d.url())).append('\n');
            sb.append("    author: ").append(q(d.author())).append('\n');
        }
        return sb.toString();
    }

    private static void fact(StringBuilder sb, DatedFact f, boolean plan) {
        sb.append("  - id: ").append(q(f.id())).append('\n');
        if (plan) {
            sb.append("    modality: ").append(f.modality().yamlName()).append('\n');
        }
        sb.append("    date: ").append(q(f.date())).append('\n');
        sb.append("    date_text: ").append(q(f.dateText())).append('\n');
        sb.append("    date_note: ").append(q(f.dateNote())).append('\n');
        sb.append("    event: ").append(q(f.event())).append('\n');
        sb.append("    subject: ").append(q(f.subject())).append('\n');
        sb.append("    action: ").append(q(f.action())).append('\n');
        sb.append("    object: ").append(q(f.object())).append('\n');
        sb.append("    who: ").append(list(f.who())).append('\n');
        sb.append("    agreement: ").append(q(f.agreement())).append('\n');
        sb.append("    organization: ").append(q(f.organization())).append('\n');
        sb.append("    kind: ").append(f.kind().yamlName()).append('\n');
        sb.append("    source:\n");
        sb.append("      document: ").append(q(f.source().document())).append('\n');
        sb.append("      sentence: ").append(q(f.source().sentence())).append('\n');
        sb.append("    same_as: ").append(list(f.sameAs())).append('\n');
        sb.append("    conflicts: ").append(list(f.conflicts())).append('\n');
    }

    private static String list(List<String> values) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(q(values.get(i)));
        }
        return sb.append(']').toString();
    }

    /** A YAML double-quoted scalar, or {@code null}. */
    static String q(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20
                            || c == 0x7f
                            || c == '\u0085'
                            || c == '\u2028'
                            || c == '\u2029'
                            || c == '\ufeff'
                            || Character.isSurrogate(c) && !validPair(s, i)) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    private static boolean validPair(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    // ---- reading fields from override maps ------------------------------------------------------------

    /** A fact written out in full in {@code overrides.yaml} (YAML field names). */
    public static DatedFact factFromMap(Map<String, Object> m) {
        Object src = m.get("source");
        String document;
        String sentence;
        if (src instanceof Map<?, ?> s) {
            document = str(s.get("document"));
            sentence = str(s.get("sentence"));
        } else {
            document = str(m.get("document"));
            sentence = str(m.get("sentence"));
        }
        return new DatedFact(
                str(m.get("id")),
                str(m.get("date")),
                str(m.get("date_text")),
                str(m.get("date_note")),
                str(m.get("event")),
                str(m.get("subject")),
                str(m.get("action")),
                str(m.get("object")),
                strings(m.get("who")),
                str(m.get("agreement")),
                str(m.get("organization")),
                m.get("kind") == null ? FactKind.OTHER : FactKind.fromYaml(str(m.get("kind"))),
                m.get("modality") == null ? Modality.EVENT : Modality.fromYaml(str(m.get("modality"))),
                new DatedFact.Evidence(document, sentence),
                strings(m.get("same_as")),
                strings(m.get("conflicts")));
    }

    /** The fact with the given fields replaced (YAML names); {@code same_as} and {@code conflicts} are added to. */
    public static DatedFact withFields(DatedFact f, Map<String, Object> set) {
        if (set.isEmpty()) {
            return f;
        }
        List<String> sameAs = new ArrayList<>(f.sameAs());
        sameAs.addAll(strings(set.get("same_as")));
        List<String> conflicts = new ArrayList<>(f.conflicts());
        conflicts.addAll(strings(set.get("conflicts")));
        return new DatedFact(
                f.id(),
                set.containsKey("date") ? str(set.get("date")) : f.date(),
                set.containsKey("date_text") ? str(set.get("date_text")) : f.dateText(),
                set.containsKey("date_note") ? str(set.get("date_note")) : f.dateNote(),
                set.containsKey("event") ? str(set.get("event")) : f.event(),
                set.containsKey("subject") ? str(set.get("subject")) : f.subject(),
                set.containsKey("action") ? str(set.get("action")) : f.action(),
                set.containsKey("object") ? str(set.get("object")) : f.object(),
                set.containsKey("who") ? strings(set.get("who")) : f.who(),
                set.containsKey("agreement") ? str(set.get("agreement")) : f.agreement(),
                set.containsKey("organization") ? str(set.get("organization")) : f.organization(),
                set.containsKey("kind") ? FactKind.fromYaml(str(set.get("kind"))) : f.kind(),
                set.containsKey("modality") ? Modality.fromYaml(str(set.get("modality"))) : f.modality(),
                f.source(),
                sameAs,
                conflicts);
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static List<String> strings(Object o) {
        if (o == null) {
            return List.of();
        }
        if (o instanceof List<?> l) {
            List<String> out = new ArrayList<>();
            for (Object x : l) {
                out.add(String.valueOf(x));
            }
            return out;
        }
        return List.of(o.toString());
    }
}
