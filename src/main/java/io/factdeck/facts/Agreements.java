package io.factdeck.facts;

import static io.factdeck.facts.Tokens.*;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Names of agreements: "Land Border Agreement", "Treaty of Friendship and Cooperation", and their class. */
final class Agreements {

    private Agreements() {}

    static final Pattern AGREEMENT_HEAD = Pattern.compile(
            "(Agreements?|Treaty|Convention|Declaration|Protocol|Accords?|Partnership|Charter|Statement|Communiqu\u00e9"
                    + "|Memorandum|Code of Conduct)");

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
            return new String[] {name, category(head)};
        }
        return null;
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

    static String agreementBefore(String head) {
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
}
