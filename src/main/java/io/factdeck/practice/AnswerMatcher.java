package io.factdeck.practice;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a typed answer against the expected answer and its variants, forgiving how it is written, not what it
 * says. Forgiven: case, diacritics ({@code Doi Moi} = {@code Đổi Mới}), punctuation, spacing ({@code Viet Nam}),
 * a leading article, {@code &}, small number words ({@code sixth} = {@code 6th}), and other ways of writing the
 * same date: {@code July 1995} = {@code Jul. 1995} = {@code 1995-07} = {@code 07/1995}; {@code 11 January 2007} =
 * {@code January 11, 2007} = {@code 2007-01-11} = {@code 11.01.2007} = {@code 11/1/2007} (day first); decades,
 * centuries ({@code 16XX} = {@code 17th century}) and ranges ({@code 1954–75} = {@code 1954/1975} = {@code from
 * 1954 to 1975}). {@code 1995-11} is a month, as in ISO; {@code 1954-75} is a range.
 *
 * <p>Rejected: another date or entity; a coarser date ({@code 1995} for {@code July 1995}: the month was asked
 * for); a range for a single date or the reverse; two-digit years; and an answer holding the right one among other
 * words ({@code 1995 or 1996}), since nothing is matched as a part. A finer date inside the expected one
 * ({@code 28 July 1995}) is accepted: it answers the question, and the detail cannot be checked.
 *
 * <p>One typo (a letter added, dropped or changed, or two swapped) is forgiven in answers of six or more letters
 * with the right first letter ({@code Commecon}); never in dates or numbers, where one character is the whole
 * difference, nor in short names ({@code Iran}, {@code Iraq}), and the first letter keeps {@code Gambia} from
 * passing for {@code Zambia}.
 */
public final class AnswerMatcher {

    /**
     * The outcome.
     *
     * @param readAs how the answer was read: a date in words, or the normalized text
     * @param expected the form matched, or the expected answer after a miss
     */
    public record Result(Reason reason, String readAs, String expected) {

        public Result {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(readAs, "readAs");
            Objects.requireNonNull(expected, "expected");
        }

        public boolean accepted() {
            return reason.accepted;
        }

        /** One sentence for the student. */
        public String feedback() {
            return switch (reason) {
                case EXACT, EQUIVALENT, SAME_DATE -> "Correct.";
                case MORE_PRECISE_DATE -> "Correct: " + expected + " was asked, and your date falls within it.";
                case TYPO -> "Correct, but check the spelling: " + expected + ".";
                case EMPTY -> "No answer given. The answer is " + expected + ".";
                case TOO_VAGUE -> "Not precise enough: the answer is " + expected + ".";
                case DIFFERENT_DATE, WRONG -> "Not quite: the answer is " + expected + ".";
            };
        }
    }

    /** Why, from the best match to the plainest miss; EQUIVALENT means equal once normalized. */
    public enum Reason {
        EXACT(true),
        EQUIVALENT(true),
        SAME_DATE(true),
        MORE_PRECISE_DATE(true),
        TYPO(true),
        EMPTY(false),
        TOO_VAGUE(false),
        DIFFERENT_DATE(false),
        WRONG(false);

        private final boolean accepted;

        Reason(boolean accepted) {
            this.accepted = accepted;
        }
    }

    private static final int MIN_TYPO_LENGTH = 6;

    private AnswerMatcher() {}

    /** Checks an answer against one expected answer. */
    public static Result check(String answer, String expected) {
        return check(answer, expected, List.of());
    }

    /**
     * Checks an answer against the expected answer and its variants.
     *
     * @param answer what the student typed; null counts as empty
     * @param expected the answer shown as correct; not blank
     * @param variants other accepted forms, none null; may be empty
     * @return the best match; on a miss, the most telling reason
     */
    public static Result check(String answer, String expected, Collection<String> variants) {
        Objects.requireNonNull(expected, "expected");
        if (expected.isBlank()) {
            throw new IllegalArgumentException("the expected answer is blank");
        }
        String typed = answer == null ? "" : answer.strip();
        if (normalize(typed).isEmpty()) {
            return new Result(Reason.EMPTY, "", expected);
        }
        List<String> candidates = new ArrayList<>();
        candidates.add(expected);
        candidates.addAll(variants);
        Result best = null;
        for (String candidate : candidates) {
            Result result = compare(typed, candidate, expected);
            if (best == null || result.reason().ordinal() < best.reason().ordinal()) {
                best = result;
            }
        }
        return best;
    }

    private static Result compare(String typed, String candidate, String expected) {
        String typedText = normalize(typed);
        if (typed.equalsIgnoreCase(candidate.strip())) {
            return new Result(Reason.EXACT, typedText, candidate);
        }
        DateValue expectedDate = DateValue.parse(candidate);
        if (expectedDate != null) {
            // dates compare by meaning only, and never with typo tolerance
            DateValue typedDate = DateValue.parse(typed);
            if (typedDate == null) {
                return new Result(Reason.WRONG, typedText, expected);
            }
            Reason reason = typedDate.compareWithExpected(expectedDate);
            return new Result(reason, typedDate.toString(), reason.accepted ? candidate : expected);
        }
        String candidateText = normalize(candidate);
        if (typedText.equals(candidateText) || joined(typedText).equals(joined(candidateText))) {
            return new Result(Reason.EQUIVALENT, typedText, candidate);
        }
        if (isTypo(joined(typedText), joined(candidateText))) {
            return new Result(Reason.TYPO, typedText, candidate);
        }
        return new Result(Reason.WRONG, typedText, expected);
    }

    // --- text ------------------------------------------------------------------------------------------------

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DOT_IN_ABBREVIATION = Pattern.compile("(?<=\\p{L})\\.(?=\\p{L})");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SPACE_BETWEEN_LETTERS = Pattern.compile("(?<=\\p{L}) (?=\\p{L})");
    private static final List<String> ARTICLES = List.of("the", "a", "an");

    /** Plain lower-case words and digits, no leading article, {@code &} as "and", number words as digits. */
    static String normalize(String text) {
        String folded = fold(text).replace("&", " and ").replaceAll("['’ʼ]", "");
        folded = DOT_IN_ABBREVIATION.matcher(folded).replaceAll("");
        List<String> words = numberWordsToDigits(
                List.of(NOT_WORD.matcher(folded).replaceAll(" ").strip().split(" ")));
        if (words.size() > 1 && ARTICLES.contains(words.get(0))) {
            words = words.subList(1, words.size());
        }
        return String.join(" ", words).strip();
    }

    private static String fold(String text) {
        // Đ, ø, ł and the ligatures do not decompose under NFKD, so they are mapped by hand
        StringBuilder plain = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case 'Đ', 'Ð' -> plain.append('D');
                case 'đ', 'ð' -> plain.append('d');
                case 'Ø' -> plain.append('O');
                case 'ø' -> plain.append('o');
                case 'Ł' -> plain.append('L');
                case 'ł' -> plain.append('l');
                case 'Æ' -> plain.append("AE");
                case 'æ' -> plain.append("ae");
                case 'Œ' -> plain.append("OE");
                case 'œ' -> plain.append("oe");
                case 'ß' -> plain.append("ss");
                case 'ı' -> plain.append('i');
                default -> plain.append(c);
            }
        }
        String decomposed = Normalizer.normalize(plain, Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static String joined(String normalized) {
        return SPACE_BETWEEN_LETTERS.matcher(normalized).replaceAll("");
    }

    private static final Map<String, Integer> CARDINALS = Map.ofEntries(
            Map.entry("zero", 0),
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
            Map.entry("twelve", 12),
            Map.entry("thirteen", 13),
            Map.entry("fourteen", 14),
            Map.entry("fifteen", 15),
            Map.entry("sixteen", 16),
            Map.entry("seventeen", 17),
            Map.entry("eighteen", 18),
            Map.entry("nineteen", 19),
            Map.entry("twenty", 20),
            Map.entry("thirty", 30),
            Map.entry("forty", 40),
            Map.entry("fifty", 50),
            Map.entry("sixty", 60),
            Map.entry("seventy", 70),
            Map.entry("eighty", 80),
            Map.entry("ninety", 90));

    private static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("first", 1),
            Map.entry("second", 2),
            Map.entry("third", 3),
            Map.entry("fourth", 4),
            Map.entry("fifth", 5),
            Map.entry("sixth", 6),
            Map.entry("seventh", 7),
            Map.entry("eighth", 8),
            Map.entry("ninth", 9),
            Map.entry("tenth", 10),
            Map.entry("eleventh", 11),
            Map.entry("twelfth", 12),
            Map.entry("thirteenth", 13),
            Map.entry("fourteenth", 14),
            Map.entry("fifteenth", 15),
            Map.entry("sixteenth", 16),
            Map.entry("seventeenth", 17),
            Map.entry("eighteenth", 18),
            Map.entry("nineteenth", 19),
            Map.entry("twentieth", 20),
            Map.entry("thirtieth", 30),
            Map.entry("fortieth", 40),
            Map.entry("fiftieth", 50),
            Map.entry("sixtieth", 60),
            Map.entry("seventieth", 70),
            Map.entry("eightieth", 80),
            Map.entry("ninetieth", 90));

    /** Replaces number words up to ninety-nine(th) by digits, joining "twenty one" into 21. */
    private static List<String> numberWordsToDigits(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            Integer tens = CARDINALS.get(word);
            String next = i + 1 < words.size() ? words.get(i + 1) : "";
            boolean tensWord = tens != null && tens >= 20;
            if (tensWord && CARDINALS.getOrDefault(next, 0) > 0 && CARDINALS.get(next) < 10) {
                out.add(String.valueOf(tens + CARDINALS.get(next)));
                i++;
            } else if (tensWord && ORDINALS.getOrDefault(next, 0) > 0 && ORDINALS.get(next) < 10) {
                out.add(ordinal(tens + ORDINALS.get(next)));
                i++;
            } else if (tens != null) {
                out.add(String.valueOf(tens));
            } else if (ORDINALS.containsKey(word)) {
                out.add(ordinal(ORDINALS.get(word)));
            } else {
                out.add(word);
            }
        }
        return out;
    }

    private static String ordinal(int n) {
        if (n % 100 >= 11 && n % 100 <= 13) {
            return n + "th";
        }
        return n
                + switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
    }

    /** One edit apart (optimal string alignment distance 1), long enough, same first letter, no digits. */
    private static boolean isTypo(String typed, String expected) {
        if (expected.length() < MIN_TYPO_LENGTH
                || typed.isEmpty()
                || typed.charAt(0) != expected.charAt(0)
                || (typed + expected).chars().anyMatch(Character::isDigit)) {
            return false;
        }
        return Math.abs(typed.length() - expected.length()) <= 1 && editDistance(typed, expected) == 1;
    }

    private static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    // --- dates -----------------------------------------------------------------------------------------------

    private enum Precision {
        DAY,
        MONTH,
        YEAR,
        DECADE,
        CENTURY
    }

    /** A date as the period of days it covers: a point (with a precision) or a range (with its two points). */
    private record DateValue(LocalDate first, LocalDate last, Precision precision, DateValue from, DateValue to) {

        private static final String MONTH_NAME =
                "(january|february|march|april|may|june|july|august|september|october|november|december"
                        + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";
        private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
        private static final String YEAR = "(\\d{3,4})";

        private static final Pattern YEAR_ONLY = Pattern.compile(YEAR);
        private static final Pattern DECADE = Pattern.compile("(\\d{2,3}0)s");
        private static final Pattern EDTF_CENTURY = Pattern.compile("(\\d{1,2})xx");
        private static final Pattern CENTURY = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th) century");
        private static final Pattern NAMED_MONTH = Pattern.compile(MONTH_NAME + " (?:of )?" + YEAR);
        private static final Pattern YEAR_NAMED_MONTH = Pattern.compile(YEAR + " " + MONTH_NAME);
        private static final Pattern ISO_MONTH = Pattern.compile(YEAR + "-(\\d{1,2})");
        private static final Pattern NUMERIC_MONTH = Pattern.compile("(\\d{1,2})[/.]" + YEAR);
        private static final Pattern DAY_MONTH_YEAR = Pattern.compile(DAY + " (?:of )?" + MONTH_NAME + " " + YEAR);
        private static final Pattern MONTH_DAY_YEAR = Pattern.compile(MONTH_NAME + " " + DAY + " " + YEAR);
        private static final Pattern ISO_DAY = Pattern.compile(YEAR + "([-/.])(\\d{1,2})\\2(\\d{1,2})");
        private static final Pattern NUMERIC_DAY = Pattern.compile("(\\d{1,2})([/.])(\\d{1,2})\\2" + YEAR);
        private static final Pattern RANGE_SEPARATOR = Pattern.compile("-|/| to | until | till | and ");

        /** Reads a date or range in a known form, else null. */
        static DateValue parse(String text) {
            String s = dateText(text);
            DateValue point = parsePoint(s);
            return point != null ? point : parseRange(s);
        }

        /** Tries each separator in turn, as ISO dates contain dashes too. */
        private static DateValue parseRange(String s) {
            String body = s;
            boolean between = false;
            if (body.startsWith("from ")) {
                body = body.substring("from ".length());
            } else if (body.startsWith("between ")) {
                body = body.substring("between ".length());
                between = true;
            }
            Matcher separator = RANGE_SEPARATOR.matcher(body);
            while (separator.find()) {
                // "and" only after "between": "1995 and 1996" lists two guesses, it is not a period
                if (separator.group().equals(" and ") != between) {
                    continue;
                }
                DateValue from = parsePoint(body.substring(0, separator.start()));
                String right = body.substring(separator.end());
                DateValue to = parsePoint(right);
                if (from != null && to == null && from.precision == Precision.YEAR && right.matches("\\d{2}")) {
                    // "1954-75": the end year keeps the start's century
                    to = year(from.first.getYear() / 100 * 100 + Integer.parseInt(right));
                }
                if (from != null && to != null && from.last.isBefore(to.first)) {
                    return new DateValue(from.first, to.last, null, from, to);
                }
            }
            return null;
        }

        private static DateValue parsePoint(String s) {
            Matcher m;
            try {
                if ((m = YEAR_ONLY.matcher(s)).matches()) {
                    return year(Integer.parseInt(m.group(1)));
                }
                if ((m = DECADE.matcher(s)).matches()) {
                    int start = Integer.parseInt(m.group(1));
                    return point(LocalDate.of(start, 1, 1), LocalDate.of(start + 9, 12, 31), Precision.DECADE);
                }
                if ((m = EDTF_CENTURY.matcher(s)).matches()) {
                    return century(Integer.parseInt(m.group(1)) * 100);
                }
                if ((m = CENTURY.matcher(s)).matches()) {
                    int ordinal = Integer.parseInt(m.group(1));
                    return ordinal == 0 ? null : century((ordinal - 1) * 100);
                }
                if ((m = NAMED_MONTH.matcher(s)).matches()) {
                    return month(Integer.parseInt(m.group(2)), monthNumber(m.group(1)));
                }
                if ((m = YEAR_NAMED_MONTH.matcher(s)).matches()) {
                    return month(Integer.parseInt(m.group(1)), monthNumber(m.group(2)));
                }
                if ((m = ISO_MONTH.matcher(s)).matches()) {
                    return month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                }
                if ((m = NUMERIC_MONTH.matcher(s)).matches()) {
                    return month(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
                }
                if ((m = DAY_MONTH_YEAR.matcher(s)).matches()) {
                    return day(Integer.parseInt(m.group(3)), monthNumber(m.group(2)), Integer.parseInt(m.group(1)));
                }
                if ((m = MONTH_DAY_YEAR.matcher(s)).matches()) {
                    return day(Integer.parseInt(m.group(3)), monthNumber(m.group(1)), Integer.parseInt(m.group(2)));
                }
                if ((m = ISO_DAY.matcher(s)).matches()) {
                    return day(
                            Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
                }
                if ((m = NUMERIC_DAY.matcher(s)).matches()) {
                    // day first, as the documents and most of the world write it
                    return day(
                            Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)));
                }
            } catch (DateTimeException e) {
                return null; // 31 February, month 13 and the like are not dates
            }
            return null;
        }

        private static String dateText(String text) {
            String s = fold(text)
                    .replaceAll("[\u2010-\u2015\u2212]", "-")
                    .replaceAll("['’ʼ,]", "")
                    .replaceAll("(?<=\\p{L})\\.", "")
                    .replaceAll("\\.$", "")
                    .replaceAll("\\s+", " ")
                    .replaceAll(" ?([-/]) ?", "$1")
                    .strip();
            s = String.join(" ", numberWordsToDigits(List.of(s.split(" "))));
            for (String prefix : List.of("in ", "on ", "the ")) {
                if (s.startsWith(prefix)) {
                    s = s.substring(prefix.length());
                }
            }
            return s;
        }

        private static int monthNumber(String name) {
            for (Month month : Month.values()) {
                String full =
                        month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
                if (full.startsWith(name.substring(0, 3))) {
                    return month.getValue();
                }
            }
            throw new IllegalArgumentException(name);
        }

        private static DateValue point(LocalDate first, LocalDate last, Precision precision) {
            return new DateValue(first, last, precision, null, null);
        }

        private static DateValue year(int year) {
            return point(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Precision.YEAR);
        }

        private static DateValue century(int startYear) {
            return point(LocalDate.of(startYear, 1, 1), LocalDate.of(startYear + 99, 12, 31), Precision.CENTURY);
        }

        private static DateValue month(int year, int month) {
            LocalDate first = LocalDate.of(year, month, 1);
            return point(first, first.plusMonths(1).minusDays(1), Precision.MONTH);
        }

        private static DateValue day(int year, int month, int day) {
            LocalDate date = LocalDate.of(year, month, day);
            return point(date, date, Precision.DAY);
        }

        boolean isRange() {
            return precision == null;
        }

        Reason compareWithExpected(DateValue expected) {
            if (isRange() || expected.isRange()) {
                boolean same = isRange() && expected.isRange() && from.equals(expected.from) && to.equals(expected.to);
                return same ? Reason.SAME_DATE : Reason.DIFFERENT_DATE;
            }
            boolean inside = !first.isBefore(expected.first) && !last.isAfter(expected.last);
            boolean contains = !first.isAfter(expected.first) && !last.isBefore(expected.last);
            if (precision == expected.precision) {
                return inside ? Reason.SAME_DATE : Reason.DIFFERENT_DATE;
            }
            if (precision.compareTo(expected.precision) < 0) {
                return inside ? Reason.MORE_PRECISE_DATE : Reason.DIFFERENT_DATE;
            }
            return contains ? Reason.TOO_VAGUE : Reason.DIFFERENT_DATE;
        }

        @Override
        public String toString() {
            if (isRange()) {
                return from + "–" + to;
            }
            return switch (precision) {
                case DAY -> first.getDayOfMonth() + " " + monthName(first) + " " + first.getYear();
                case MONTH -> monthName(first) + " " + first.getYear();
                case YEAR -> String.valueOf(first.getYear());
                case DECADE -> first.getYear() + "s";
                case CENTURY -> ordinal(first.getYear() / 100 + 1) + " century";
            };
        }

        private static String monthName(LocalDate date) {
            return date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }
    }
}
