package io.factdeck.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a raw document into clean paragraphs: HTML entities decoded, markup and page boilerplate dropped,
 * headings and the dateline set apart. The document's own metadata (title, publisher, dates) is collected
 * here too; it describes the document and is never a fact.
 */
public final class TextCleaner {

    /**
     * A cleaned document: its prose paragraphs, what the page says about itself, and for each paragraph the source
     * its citation names ("Yomiuri Shimbun, May 24, 2009" from "[Source: Yomiuri Shimbun, May 24, 2009 ]"), or
     * null. A citation is removed from the prose but tells when a quoted passage was written.
     */
    public record CleanText(List<String> paragraphs, DocumentInfo info, List<String> citations) {}

    /**
     * What a document says about itself.
     *
     * @param title the first heading, or null
     * @param publisher the site or publication named in the page furniture, or null
     * @param date the page's own date (dateline, "last modified", "last updated"), ISO at reduced precision
     * @param dateline the dateline that anchors dates without a year ({@code 2022-11}), or null
     * @param author the author named in a byline, or null
     */
    public record DocumentInfo(String title, String publisher, String date, String dateline, String author) {}

    private static final Pattern TAG = Pattern.compile("<[^<>]{0,200}>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Pattern SOURCE = Pattern.compile("\\[(?:Source|Sources|Image|Photo)[^\\[\\]]{0,300}\\]");
    private static final Pattern BULLET = Pattern.compile("^(?:[+*\u2022\u00b7>-]|\\d{1,2}[.)])\\s+");
    private static final Pattern TRAILING_MARK = Pattern.compile("(?:\\s+(?:\\*/?|\\+|\\*/|/))+\\s*$");
    private static final Pattern BOILERPLATE = Pattern.compile(
            "^(?:UNITED24\\b|Donate\\b|Make a (?:charitable )?donation|Support (?:us|our work)\\b|Join the .{1,60} mailing list|Page last modified|Last (?:updated|modified)\\b"
                    + "|Image Sources|Text Sources|Photo (?:credit|Sources)|This site contains copyrighted"
                    + "|Copyright\\b|\u00a9|All rights reserved|Paylaş|Share(?: this)?$|Tweet$|Print$|Email$"
                    + "|Leave a Reply|Your email address will not be published|Required fields"
                    + "|Subscribe\\b|Advertisement$|Related (?:articles|posts)|Read more\\b"
                    + "|See (?:also )?[A-Z])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATELINE = Pattern.compile("^(?:(\\d{1,2}) )?"
            + "(January|February|March|April|May|June|July|August|September|October|November|December)"
            + "(?: (\\d{1,2}))?,? (\\d{4})$");
    private static final Pattern MODIFIED =
            Pattern.compile("(?i)^Page last modified:?\\s*(\\d{1,2})-(\\d{1,2})-(\\d{4})");
    private static final Pattern UPDATED = Pattern.compile("(?i)^Last (?:updated|modified):?\\s*"
            + "(January|February|March|April|May|June|July|August|September|October|November|December),? (\\d{4})");
    private static final Pattern MAILING = Pattern.compile("(?i)^Join the (.{1,60}?) mailing list");
    private static final Pattern REMOVED_FROM = Pattern.compile("removed from ([A-Za-z0-9.-]{3,60}\\.[a-z]{2,6})");
    private static final Pattern PUBLISHED_IN =
            Pattern.compile("(?i)(?:originally )?published in ([A-Z][A-Za-z .&'-]{1,60}?)(?:,|\\.|$)");
    private static final Pattern AUTHOR = Pattern.compile(
            "(?i)The author of this article is (?:Prof\\.|Dr\\.|Professor )?\\s*([A-Z][\\p{L}'-]+(?: [A-Z][\\p{L}'-]+){0,3})");
    /** "By Jane Doe" alone on a line; not "By 1975, Beijing had ...". */
    private static final Pattern BYLINE = Pattern.compile("^[Bb]y [A-Z][\\p{L}.'-]+(?: [A-Z][\\p{L}.'-]+){0,3}$");

    private static final Pattern FINITE_VERB = Pattern.compile(
            "\\b(?:is|are|was|were|has|have|had|did|does|will|would|can|could|may|might|must|shall|should"
                    + "|[a-z]{2,}ed|began|became|came|made|took|went|grew|rose|fell|won|lost|left|held|sent|said)\\b");

    private TextCleaner() {}

    /** Cleans a raw document. Never throws on odd input; returns no paragraphs for blank input. */
    public static CleanText clean(String raw) {
        String text = raw == null ? "" : raw;
        text = decodeEntities(text);
        text = TAG.matcher(text).replaceAll(" ");
        text = normaliseSpace(text);
        List<String> paragraphs = new ArrayList<>();
        List<String> citations = new ArrayList<>();
        String title = null;
        String publisher = null;
        String date = null;
        String dateline = null;
        String author = null;
        int lineNo = 0;
        for (String rawLine : text.split("\n")) {
            String line = rawLine.strip();
            if (line.isEmpty()) {
                continue;
            }
            lineNo++;
            Matcher mm = MODIFIED.matcher(line);
            if (mm.find()) {
                date = String.format(
                        Locale.ROOT,
                        "%s-%02d-%02d",
                        mm.group(3),
                        Integer.parseInt(mm.group(2)),
                        Integer.parseInt(mm.group(1)));
                continue;
            }
            Matcher um = UPDATED.matcher(line);
            if (um.find()) {
                date = String.format(Locale.ROOT, "%s-%02d", um.group(2), DateExpressions.month(um.group(1)));
                continue;
            }
            Matcher ml = MAILING.matcher(line);
            if (ml.find()) {
                publisher = ml.group(1).trim();
                continue;
            }
            Matcher rf = REMOVED_FROM.matcher(line);
            if (rf.find() && publisher == null) {
                publisher = rf.group(1);
            }
            if (BOILERPLATE.matcher(line).find()) {
                continue;
            }
            Matcher dl = DATELINE.matcher(line);
            if (dl.matches() && lineNo <= 5) {
                int month = DateExpressions.month(dl.group(2));
                dateline = String.format(Locale.ROOT, "%s-%02d", dl.group(4), month);
                if (date == null) {
                    date = dateline;
                }
                continue;
            }
            if (isByline(line)) {
                Matcher am = AUTHOR.matcher(line);
                if (am.find()) {
                    author = am.group(1);
                }
                Matcher pm = PUBLISHED_IN.matcher(line);
                if (pm.find() && publisher == null) {
                    publisher = pm.group(1).trim();
                }
                continue;
            }
            String citation = null;
            Matcher sm = SOURCE.matcher(line);
            while (sm.find()) {
                citation = sm.group()
                        .replaceFirst("^\\[[A-Za-z]+:?\\s*", "")
                        .replaceFirst("\\s*\\]$", "")
                        .strip();
            }
            line = SOURCE.matcher(line).replaceAll(" ");
            line = BULLET.matcher(line).replaceFirst("");
            line = TRAILING_MARK.matcher(line).replaceAll("");
            line = line.replaceAll("\\s{2,}", " ").strip();
            if (line.isEmpty() || line.equals("*") || line.equals("+")) {
                continue;
            }
            if (isHeading(line)) {
                if (title == null && paragraphs.isEmpty()) {
                    title = stripHeading(line);
                }
                continue;
            }
            paragraphs.add(line);
            citations.add(citation);
        }
        return new CleanText(
                List.copyOf(paragraphs),
                new DocumentInfo(title, publisher, date, dateline, author),
                java.util.Collections.unmodifiableList(citations));
    }

    private static boolean isByline(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        return lower.startsWith("the author of this article")
                || lower.startsWith("this article was originally published")
                || BYLINE.matcher(line).matches();
    }

    /** A short line without a finished sentence in it: a title or section heading. */
    static boolean isHeading(String line) {
        String[] words = line.split("\\s+");
        char last = line.charAt(line.length() - 1);
        boolean terminal = last == '.' || last == '!' || last == '"' || last == '\u201d' || last == ')';
        if (last == '?') {
            return words.length <= 14 && !line.contains(". ");
        }
        if (terminal) {
            return words.length <= 4 && !FINITE_VERB.matcher(line).find();
        }
        return words.length <= 14 && !FINITE_VERB.matcher(line).find();
    }

    private static String stripHeading(String line) {
        String t = line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
        return t.strip();
    }

    private static String normaliseSpace(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    continue;
                }
                sb.append('\n');
            } else if (c == '\u00a0' || c == '\t' || c == '\u2007' || c == '\u202f') {
                sb.append(' ');
            } else if (c == '\u200b' || c == '\ufeff' || c == '\u00ad') {
                continue;
            } else if (Character.isISOControl(c) && c != '\n') {
                sb.append(' ');
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c)
                        && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    sb.append(c).append(text.charAt(++i));
                } else {
                    sb.append(' ');
                }
            } else if (c == '\ufffd') {
                sb.append(' ');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static String decodeEntities(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = ENTITY.matcher(text);
        StringBuilder sb = new StringBuilder(text.length());
        while (m.find()) {
            String name = m.group(1);
            String rep = switch (name) {
                case "lt" -> "<";
                case "gt" -> ">";
                case "amp" -> "&";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                case "ndash" -> "\u2013";
                case "mdash" -> "\u2014";
                case "rsquo", "lsquo" -> "'";
                case "ldquo", "rdquo" -> "\"";
                case "hellip" -> "...";
                default -> numericEntity(name, m.group());
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(rep));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String numericEntity(String name, String original) {
        if (!name.startsWith("#")) {
            return original;
        }
        try {
            int cp = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                    ? Integer.parseInt(name.substring(2), 16)
                    : Integer.parseInt(name.substring(1));
            if (cp <= 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return " ";
            }
            return new String(Character.toChars(cp));
        } catch (NumberFormatException e) {
            return " ";
        }
    }
}
