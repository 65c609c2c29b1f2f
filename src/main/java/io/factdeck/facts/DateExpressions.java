package io.factdeck.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and normalises time expressions in one sentence. The patterns have no nested quantifiers, so matching
 * is linear in the length of the sentence.
 */
public final class DateExpressions {

    static final List<String> MONTHS = List.of(
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December");

    private static final String MONTH =
            "(January|February|March|April|May|June|July|August|September|October|November|December"
                    + "|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
    private static final String YEAR = "(1[0-9]{3}|20[0-9]{2})";
    private static final String DAY = "([0-3]?[0-9])(?:st|nd|rd|th)?";
    private static final String DASH = "\\s?[-\u2013\u2014]\\s?";
    private static final String EDGE = "(early|mid|late)[- ]";
    private static final String NUMBER_WORD =
            "(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[1-9][0-9]?)";
    private static final String ORDINAL_WORD = "(First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth"
            + "|Eleventh|Twelfth|Thirteenth|Fourteenth|Fifteenth|Sixteenth|Seventeenth|Eighteenth|Nineteenth"
            + "|Twentieth|Twenty-first|Twenty-second)";

    private static final Pattern MDY_RANGE = Pattern.compile(
            "\\b" + MONTH + " " + DAY + " (?:to|until|through)\\s" + MONTH + " " + DAY + ",? " + YEAR + "\\b");
    private static final Pattern MD_D_Y =
            Pattern.compile("\\b" + MONTH + " " + DAY + DASH + DAY + ",? " + YEAR + "\\b");
    private static final Pattern DMY = Pattern.compile("\\b" + DAY + " " + MONTH + ",? " + YEAR + "\\b");
    private static final Pattern MDY = Pattern.compile("\\b" + MONTH + " " + DAY + ",? " + YEAR + "\\b");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/])([0-3]?[0-9])/([01]?[0-9])/" + YEAR + "\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(?:" + EDGE + ")?" + MONTH + ",? " + YEAR + "\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + " " + DAY + "\\b(?![,.]?\\s?\\d)");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b" + DAY + " " + MONTH + "\\b");
    private static final Pattern MONTH_ALONE =
            Pattern.compile("\\b(?:in|In|since|Since|during|During|until|from|From|by|early|late|mid-)\\s" + MONTH
                    + "(?=[,.;:)]|\\s(?:and|when|that|to|of|the|this|last)\\b|$)");
    private static final Pattern YEAR_RANGE =
            Pattern.compile("(?<![\\d$/.,-])" + YEAR + DASH + "([0-9]{2}|1[0-9]{3}|20[0-9]{2})(?![\\d%-])");
    private static final Pattern FROM_TO = Pattern.compile(
            "\\b(?:[Ff]rom|[Bb]etween) " + YEAR + " (?:to|and|until|through) " + YEAR + "\\b(?![,.]?\\d)");
    private static final Pattern YEAR_AND_YEAR = Pattern.compile("\\b" + YEAR + " and " + YEAR + "\\b(?![,.]?\\d)");
    private static final Pattern DECADE = Pattern.compile("\\b(?:" + EDGE + ")?(1[0-9]{2}0|20[0-9]0)s\\b");
    private static final Pattern CENTURY = Pattern.compile("\\b(?:" + EDGE + ")?(?:([1-9][0-9]?)(?:st|nd|rd|th)|"
            + ORDINAL_WORD.toLowerCase(Locale.ROOT) + ")[- ]century\\b");
    private static final Pattern RELATIVE = Pattern.compile(
            "\\b(?:" + NUMBER_WORD + " (years?|months?|days?|decades?)"
                    + " (later|after)|(?:[Tt]he )(following|next) (day|month|year)"
                    + "|(?:[Oo]ver|[Ii]n|[Dd]uring|[Ww]ithin) the (?:next|following) " + NUMBER_WORD
                    + " (years|months|decades)|(?:[Ii]n|[Ww]ithin) less than " + NUMBER_WORD
                    + " (years|months|decades)|[Oo]n the same day|[Ss]ince then|[Tt]hat same (?:day|month|year))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CONGRESS = Pattern.compile(
            "\\b(?:([1-9][0-9]?)(?:st|nd|rd|th)|" + ORDINAL_WORD + "|" + ORDINAL_WORD.toLowerCase(Locale.ROOT)
                    + ") (?:National )?(?:Party )?(?:National )?Congress\\b",
            0);
    private static final Pattern YEAR_ALONE =
            Pattern.compile("(?<![\\d$\u00a3\u20ac#/.,])(?:" + EDGE.replace("[- ]", "-") + ")?" + YEAR
                    + "(?![\\d%]|[.,]\\d|\\s?(?:percent|per cent|km|troops|people|nations|years)\\b)");

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("a", 1),
            Map.entry("an", 1),
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12));

    private static final List<String> ORDINALS = List.of(
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
            "thirteenth",
            "fourteenth",
            "fifteenth",
            "sixteenth",
            "seventeenth",
            "eighteenth",
            "nineteenth",
            "twentieth",
            "twenty-first",
            "twenty-second");

    private DateExpressions() {}

    /**
     * Every time expression in the sentence, in order, without overlaps (the longer or earlier form wins).
     * Relative, year-less and congress expressions come back unresolved (value null).
     */
    public static List<TimeExpression> find(String sentence) {
        List<TimeExpression> found = new ArrayList<>();
        // cheap tests first: most sentences have no digit, month, century, congress or relative phrase
        boolean digits = hasDigit(sentence);
        boolean month = hasMonth(sentence);
        if (digits && month) {
            scan(found, MDY_RANGE, sentence, DateExpressions::mdyRange);
            scan(found, MD_D_Y, sentence, DateExpressions::mddy);
            scan(found, DMY, sentence, m -> full(m, Integer.parseInt(m.group(1)), m.group(2), m.group(3), null));
            scan(found, MDY, sentence, m -> full(m, Integer.parseInt(m.group(2)), m.group(1), m.group(3), null));
        }
        if (digits) {
            scan(found, NUMERIC, sentence, DateExpressions::numeric);
            scan(found, FROM_TO, sentence, m -> range(m, m.group(1), m.group(2)));
            scan(found, YEAR_AND_YEAR, sentence, m -> range(m, m.group(1), m.group(2)));
            scan(found, YEAR_RANGE, sentence, m -> range(m, m.group(1), m.group(2)));
        }
        if (digits && month) {
            scan(found, MONTH_YEAR, sentence, DateExpressions::monthYear);
        }
        if (digits) {
            scan(found, DECADE, sentence, DateExpressions::decade);
        }
        if (sentence.contains("entur")) {
            scan(found, CENTURY, sentence, DateExpressions::century);
        }
        if (hasRelativeWord(sentence)) {
            scan(found, RELATIVE, sentence, m -> unresolved(m, TimeExpression.Type.RELATIVE));
        }
        if (sentence.contains("ongress")) {
            scan(found, CONGRESS, sentence, m -> unresolved(m, TimeExpression.Type.CONGRESS));
        }
        if (digits && month) {
            scan(found, MONTH_DAY, sentence, m -> unresolved(m, TimeExpression.Type.YEARLESS));
            scan(found, DAY_MONTH, sentence, m -> unresolved(m, TimeExpression.Type.YEARLESS));
        }
        if (month) {
            scan(found, MONTH_ALONE, sentence, DateExpressions::monthAlone);
        }
        if (digits) {
            scan(found, YEAR_ALONE, sentence, DateExpressions::year);
        }
        found.sort(Comparator.comparingInt(TimeExpression::start));
        return List.copyOf(mergeDecadeLists(sentence, found));
    }

    /**
     * "the 1980s, 1990s and early 2000s" is one span, not three facts: a run of decades joined by commas or
     * "and" becomes one range from the first decade's start to the last one's end.
     */
    private static List<TimeExpression> mergeDecadeLists(String sentence, List<TimeExpression> found) {
        List<TimeExpression> out = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            TimeExpression first = found.get(i);
            int j = i;
            while (first.type() == TimeExpression.Type.DECADE
                    && j + 1 < found.size()
                    && found.get(j + 1).type() == TimeExpression.Type.DECADE
                    && sentence.substring(found.get(j).end(), found.get(j + 1).start())
                            .matches(",? (?:and )?|, and ")) {
                j++;
            }
            if (j == i) {
                out.add(first);
                continue;
            }
            TimeExpression last = found.get(j);
            String text = sentence.substring(first.start(), last.end());
            out.add(new TimeExpression(
                    first.start(),
                    last.end(),
                    text,
                    TimeExpression.Type.RANGE,
                    first.firstYear() + "/" + last.lastYear(),
                    first.firstYear(),
                    last.lastYear(),
                    "the " + text));
            i = j;
        }
        return out;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static final List<String> MONTH_STEMS =
            List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

    private static boolean hasMonth(String s) {
        for (String m : MONTH_STEMS) {
            if (s.contains(m)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasRelativeWord(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        return lower.contains("later")
                || lower.contains("less than")
                || lower.contains("after")
                || lower.contains("following")
                || lower.contains("next")
                || lower.contains("same")
                || lower.contains("since then");
    }

    private interface Maker {
        TimeExpression make(Matcher m);
    }

    private static void scan(List<TimeExpression> found, Pattern pattern, String s, Maker maker) {
        Matcher m = pattern.matcher(s);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (overlaps(found, start, end)) {
                continue;
            }
            TimeExpression e = maker.make(m);
            if (e != null) {
                found.add(e);
            }
        }
    }

    private static boolean overlaps(List<TimeExpression> found, int start, int end) {
        for (TimeExpression e : found) {
            if (start < e.end() && e.start() < end) {
                return true;
            }
        }
        return false;
    }

    /** 1-based month number of a month name or abbreviation, or 0. */
    static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace(".", "");
        for (int i = 0; i < MONTHS.size(); i++) {
            if (MONTHS.get(i).toLowerCase(Locale.ROOT).startsWith(n) && n.length() >= 3) {
                return i + 1;
            }
        }
        return 0;
    }

    private static TimeExpression full(Matcher m, int day, String monthName, String year, String note) {
        int month = month(monthName);
        int y = Integer.parseInt(year);
        if (month == 0 || day < 1 || day > 31) {
            return null;
        }
        String value = String.format(Locale.ROOT, "%04d-%02d-%02d", y, month, day);
        return new TimeExpression(m.start(), m.end(), m.group(), TimeExpression.Type.DATE, value, y, y, note);
    }

    private static TimeExpression mdyRange(Matcher m) {
        int y = Integer.parseInt(m.group(5));
        int m1 = month(m.group(1));
        int m2 = month(m.group(3));
        int y1 = m1 > m2 ? y - 1 : y;
        String value = String.format(
                Locale.ROOT,
                "%04d-%02d-%02d/%04d-%02d-%02d",
                y1,
                m1,
                Integer.parseInt(m.group(2)),
                y,
                m2,
                Integer.parseInt(m.group(4)));
        return new TimeExpression(m.start(), m.end(), m.group(), TimeExpression.Type.RANGE, value, y1, y, null);
    }

    private static TimeExpression mddy(Matcher m) {
        int y = Integer.parseInt(m.group(4));
        int mo = month(m.group(1));
        String value = String.format(
                Locale.ROOT,
                "%04d-%02d-%02d/%04d-%02d-%02d",
                y,
                mo,
                Integer.parseInt(m.group(2)),
                y,
                mo,
                Integer.parseInt(m.group(3)));
        return new TimeExpression(m.start(), m.end(), m.group(), TimeExpression.Type.RANGE, value, y, y, null);
    }

    private static TimeExpression numeric(Matcher m) {
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        String note = "day-first: " + day + " " + MONTHS.get(month - 1) + " " + m.group(3);
        return full(m, day, MONTHS.get(month - 1), m.group(3), note);
    }

    private static TimeExpression range(Matcher m, String from, String to) {
        int a = Integer.parseInt(from);
        int b;
        if (to.length() == 2) {
            b = a / 100 * 100 + Integer.parseInt(to);
            if (b < a) {
                b += 100;
            }
        } else {
            b = Integer.parseInt(to);
        }
        if (b <= a || b - a > 100) {
            return null;
        }
        return new TimeExpression(m.start(), m.end(), m.group(), TimeExpression.Type.RANGE, a + "/" + b, a, b, null);
    }

    private static TimeExpression monthYear(Matcher m) {
        int month = month(m.group(2));
        int y = Integer.parseInt(m.group(3));
        String value = String.format(Locale.ROOT, "%04d-%02d", y, month);
        return new TimeExpression(m.start(), m.end(), m.group(), TimeExpression.Type.DATE, value, y, y, null);
    }

    private static TimeExpression decade(Matcher m) {
        int d = Integer.parseInt(m.group(2));
        String note = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT) + " " + d + "s";
        return new TimeExpression(m.start(), m.end(), m.group(), TimeExpression.Type.DECADE, d + "s", d, d + 9, note);
    }

    private static TimeExpression century(Matcher m) {
        int n;
        if (m.group(2) != null) {
            n = Integer.parseInt(m.group(2));
        } else {
            n = ORDINALS.indexOf(m.group(3).toLowerCase(Locale.ROOT)) + 1;
        }
        if (n < 1 || n > 21) {
            return null;
        }
        int first = (n - 1) * 100;
        String value = String.format(Locale.ROOT, "%02dXX", n - 1);
        String note = ordinalText(n) + " century"
                + (m.group(1) == null ? "" : ", " + m.group(1).toLowerCase(Locale.ROOT));
        return new TimeExpression(
                m.start(), m.end(), m.group(), TimeExpression.Type.CENTURY, value, first, first + 99, note);
    }

    private static String ordinalText(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13
                ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }

    private static TimeExpression monthAlone(Matcher m) {
        int start = m.start(1);
        return new TimeExpression(start, m.end(1), m.group(1), TimeExpression.Type.YEARLESS, null, 0, 0, null);
    }

    private static TimeExpression unresolved(Matcher m, TimeExpression.Type type) {
        return new TimeExpression(m.start(), m.end(), m.group(), type, null, 0, 0, null);
    }

    private static TimeExpression year(Matcher m) {
        int y = Integer.parseInt(m.group(2));
        String note = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT) + " " + y;
        return new TimeExpression(
                m.start(), m.end(), m.group(), TimeExpression.Type.DATE, Integer.toString(y), y, y, note);
    }

    /** A congress ordinal's number (10 for {@code the 10th Party Congress}, 11 for {@code Eleventh}), or 0. */
    static int congressNumber(String text) {
        Matcher m = Pattern.compile("([1-9][0-9]?)(?:st|nd|rd|th)").matcher(text);
        if (m.find()) {
            return Integer.parseInt(m.group(1));
        }
        String first = text.trim().split("\\s+")[0].toLowerCase(Locale.ROOT);
        if (first.equals("the")) {
            first = text.trim().split("\\s+")[1].toLowerCase(Locale.ROOT);
        }
        return ORDINALS.indexOf(first) + 1;
    }

    /** The amount in a relative expression ({@code two years later} is 2), or 0 for "same day" and "since then". */
    static int relativeAmount(String text) {
        Matcher m = Pattern.compile(NUMBER_WORD + " (?:years?|months?|days?|decades?)")
                .matcher(text.toLowerCase(Locale.ROOT));
        if (m.find()) {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            Integer n = NUMBER_WORDS.get(w);
            return n != null ? n : Integer.parseInt(w);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains("following") || lower.contains("next") ? 1 : 0;
    }

    /** The unit of a relative expression: {@code year}, {@code month}, {@code day} or {@code decade}. */
    static String relativeUnit(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String unit : List.of("decade", "year", "month", "day")) {
            if (lower.contains(unit)) {
                return unit;
            }
        }
        return "same";
    }
}
