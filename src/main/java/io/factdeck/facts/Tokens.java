package io.factdeck.facts;

import static io.factdeck.facts.Words.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tokenising and small text helpers shared by the extractor's parts. */
final class Tokens {

    private Tokens() {}

    static final Pattern TOKEN = Pattern.compile("(?:[A-Z]\\.){2,}|\\$|[\\p{L}\\p{N}](?:[\\p{L}\\p{M}\\p{N}]"
            + "|['\u2019.\\-](?=[\\p{L}\\p{N}])|(?<=\\d),(?=\\d))*|\\S");

    static List<Tok> tokenize(String s) {
        List<Tok> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            out.add(new Tok(m.group(), m.start(), m.end()));
        }
        return out;
    }

    /** The tokens at the given indexes as the sentence writes them: original spacing inside runs. */
    static String render(String s, List<Tok> toks, List<Integer> idx) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < idx.size(); k++) {
            int i = idx.get(k);
            if (k > 0) {
                int p = idx.get(k - 1);
                if (p == i - 1) {
                    sb.append(s, toks.get(p).end(), toks.get(i).start());
                } else {
                    sb.append(' ');
                }
            }
            sb.append(toks.get(i).text());
        }
        return sb.toString();
    }

    static List<Integer> range(int from, int to) {
        List<Integer> out = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            out.add(i);
        }
        return out;
    }

    static TimeExpression at(List<TimeExpression> exprs, int offset) {
        for (TimeExpression x : exprs) {
            if (offset >= x.start() && offset < x.end()) {
                return x;
            }
        }
        return null;
    }

    static int tokenAt(List<Tok> toks, int offset) {
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            if (offset >= t.start() && offset < t.end()) {
                return i;
            }
        }
        return -1;
    }

    static String join(String s, List<Tok> toks, int from, int to) {
        if (from > to) {
            return "";
        }
        return s.substring(toks.get(from).start(), toks.get(to).end());
    }

    static void append(StringBuilder sb, String w) {
        boolean noSpace = sb.length() == 0
                || Set.of(",", ".", ";", ":", ")", "'s", "\u2019s", "%").contains(w)
                || sb.charAt(sb.length() - 1) == '('
                || sb.charAt(sb.length() - 1) == '$'
                || sb.charAt(sb.length() - 1) == '-' && w.length() > 0;
        if (!noSpace) {
            sb.append(' ');
        }
        sb.append(w);
    }

    /**
     * Whether a noun phrase is plural, judged by its head: the last word before a post-modifier ("the boundary
     * with Laos" is singular), a lower-case word ending in "s", or two noun phrases joined by "and" ("Laos and
     * Cambodia", "the army and the navy"; not "the reform and opening-up policy", where "and" joins modifiers).
     */
    static boolean plural(String np) {
        String head =
                np.replaceFirst("^(\\S+(?: \\S+)*?) (?:with|of|on|in|for|to|from|between|into|along)\\b.*$", "$1");
        String last = head.substring(head.lastIndexOf(' ') + 1);
        return head.matches(".* and (?:the |a |an |its |their |[A-Z]).*")
                || last.endsWith("s")
                        && !last.endsWith("ss")
                        && !last.endsWith("us")
                        && !last.endsWith("is")
                        && Character.isLowerCase(last.charAt(0));
    }

    static boolean valid(String subject) {
        String[] words = subject.split("\\s+");
        if (words.length > 18 || subject.isEmpty()) {
            return false;
        }
        char c = subject.charAt(0);
        if (Character.isUpperCase(c) || subject.matches("^(?:the|its|their|both|a|an|two)\\b.*")) {
            return true;
        }
        if (words.length > 10 || !Character.isLetter(c)) {
            return false;
        }
        for (String w : words) {
            if (Verbs.looksPast(w) || Verbs.AUXILIARIES.contains(w)) {
                return false;
            }
        }
        return true;
    }

    static String tidy(String text) {
        String t = text.strip().replaceAll("\\s{2,}", " ").replaceAll("\\s+([,.;:])", "$1");
        t = t.replaceAll("[\\s,;:.\\-]+$", "");
        // drop unbalanced quotes and brackets so the clause reads on its own
        for (String[] pair : new String[][] {{"\"", "\""}, {"\u201c", "\u201d"}, {"(", ")"}}) {
            int open = count(t, pair[0]);
            int close = pair[0].equals(pair[1]) ? open : count(t, pair[1]);
            if (pair[0].equals(pair[1]) ? open % 2 != 0 : open != close) {
                t = t.replace(pair[0], "").replace(pair[1], "");
            }
        }
        t = t.replaceAll("\\s{2,}", " ").strip();
        return capitalize(t);
    }

    static int count(String t, String sub) {
        int n = 0;
        for (int i = t.indexOf(sub); i >= 0; i = t.indexOf(sub, i + 1)) {
            n++;
        }
        return n;
    }

    static String capitalize(String t) {
        if (t == null || t.isEmpty()) {
            return t;
        }
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    static String titleCase(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split(" ")) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(w.equals("of") || w.equals("the") ? w : capitalize(w));
        }
        return sb.toString();
    }
}
