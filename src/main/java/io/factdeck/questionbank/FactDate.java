package io.factdeck.questionbank;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fact's date as {@code facts.yaml} writes it, read as the interval of days it covers. Precision matters: a
 * question about a month-and-year fact offers months, and two dates only order when their intervals are apart.
 *
 * @param precision how precisely the source dates the event
 * @param first the first day the date covers
 * @param last the last day the date covers, inclusive
 */
public record FactDate(Precision precision, LocalDate first, LocalDate last) implements Comparable<FactDate> {

    public enum Precision {
        DAY,
        MONTH,
        YEAR,
        DECADE,
        CENTURY,
        RANGE
    }

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})0s|(\\d{3})X");
    private static final Pattern CENTURY = Pattern.compile("(\\d{2})XX");

    /** Reads an ISO 8601 date at reduced precision, a decade, an EDTF century or a range. */
    public static Optional<FactDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.trim();
        int slash = value.indexOf('/');
        if (slash >= 0) {
            Optional<FactDate> from = parseSingle(value.substring(0, slash));
            Optional<FactDate> to = parseSingle(value.substring(slash + 1));
            if (from.isEmpty() || to.isEmpty() || !from.get().first.isBefore(to.get().first)) {
                return Optional.empty();
            }
            return Optional.of(new FactDate(Precision.RANGE, from.get().first, to.get().last));
        }
        return parseSingle(value);
    }

    private static Optional<FactDate> parseSingle(String value) {
        try {
            Matcher m;
            if ((m = DAY.matcher(value)).matches()) {
                LocalDate day = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
                return Optional.of(new FactDate(Precision.DAY, day, day));
            }
            if ((m = MONTH.matcher(value)).matches()) {
                YearMonth month = YearMonth.of(num(m, 1), num(m, 2));
                return Optional.of(new FactDate(Precision.MONTH, month.atDay(1), month.atEndOfMonth()));
            }
            if (YEAR.matcher(value).matches()) {
                int year = Integer.parseInt(value);
                return Optional.of(ofYears(Precision.YEAR, year, year));
            }
            if ((m = DECADE.matcher(value)).matches()) {
                int decade = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)) * 10;
                return Optional.of(ofYears(Precision.DECADE, decade, decade + 9));
            }
            if ((m = CENTURY.matcher(value)).matches()) {
                int century = num(m, 1) * 100;
                return Optional.of(ofYears(Precision.CENTURY, century, century + 99));
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    static FactDate ofYears(Precision precision, int firstYear, int lastYear) {
        return new FactDate(precision, LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear, 12, 31));
    }

    public int firstYear() {
        return first.getYear();
    }

    public int lastYear() {
        return last.getYear();
    }

    /** True if the two dates could name the same day. */
    public boolean overlaps(FactDate other) {
        return !last.isBefore(other.first) && !other.last.isBefore(first);
    }

    /**
     * True if this date is certainly earlier, so a student can tell the order: in an earlier year, or in the same year
     * a week or more before (15 April and 30 April 2022; February and December 2021), which only dates given to the
     * month or the day can be.
     */
    public boolean clearlyBefore(FactDate other) {
        return lastYear() < other.firstYear()
                || (last.isBefore(other.first) && java.time.temporal.ChronoUnit.DAYS.between(last, other.first) >= 7);
    }

    /** True for ranges of whole years ({@code 1954/1975}); false for a range of days or months. */
    public boolean yearAligned() {
        return first.getDayOfYear() == 1 && last.getMonth() == Month.DECEMBER && last.getDayOfMonth() == 31;
    }

    private boolean monthAligned() {
        return first.getDayOfMonth() == 1 && last.getDayOfMonth() == last.lengthOfMonth();
    }

    /** The value as {@code facts.yaml} writes it. */
    public String iso() {
        return switch (precision) {
            case DAY -> first.toString();
            case MONTH -> YearMonth.from(first).toString();
            case YEAR -> Integer.toString(firstYear());
            case DECADE -> firstYear() + "s";
            case CENTURY -> (firstYear() / 100) + "XX";
            case RANGE -> rangeEnd(first, true) + "/" + rangeEnd(last, false);
        };
    }

    private static String rangeEnd(LocalDate day, boolean start) {
        boolean yearEdge =
                start ? day.getDayOfYear() == 1 : day.getMonth() == Month.DECEMBER && day.getDayOfMonth() == 31;
        return yearEdge ? Integer.toString(day.getYear()) : day.toString();
    }

    /** How options and answers show the date: {@code 11 January 2007}, {@code November 1998}, {@code the 1980s}. */
    public String display() {
        return switch (precision) {
            case DAY -> first.getDayOfMonth() + " " + monthName(first) + " " + first.getYear();
            case MONTH -> monthName(first) + " " + first.getYear();
            case YEAR -> Integer.toString(firstYear());
            case DECADE -> "the " + firstYear() + "s";
            case CENTURY -> "the " + ordinal(firstYear() / 100 + 1) + " century";
            case RANGE -> rangeDisplay();
        };
    }

    private String rangeDisplay() {
        if (yearAligned()) {
            return firstYear() + "–" + lastYear();
        }
        if (monthAligned()) {
            return monthName(first) + (first.getYear() == last.getYear() ? "" : " " + first.getYear()) + " – "
                    + monthName(last) + " " + last.getYear();
        }
        String start = first.getDayOfMonth() + " " + monthName(first);
        if (first.getYear() != last.getYear()) {
            start += " " + first.getYear();
        }
        return start + " – " + last.getDayOfMonth() + " " + monthName(last) + " " + last.getYear();
    }

    /** The date as an adverbial that ends a clause: {@code on 11 January 2007}, {@code between 1954 and 1975}. */
    public String phrase() {
        return switch (precision) {
            case DAY -> "on " + display();
            case RANGE ->
                yearAligned()
                        ? "between " + firstYear() + " and " + lastYear()
                        : "from " + rangeDisplay().replace(" – ", " to ");
            default -> "in " + display();
        };
    }

    /** The preposition that {@link #phrase()} puts before {@link #display()}, for cloze fronts. */
    public String preposition() {
        return precision == Precision.DAY ? "on" : "in";
    }

    /** The question words that ask for a date at this precision. */
    public String askWords() {
        return switch (precision) {
            case DAY -> "On what date";
            case MONTH -> "In which month and year";
            case YEAR -> "In which year";
            case DECADE -> "In which decade";
            case CENTURY -> "In which century";
            case RANGE -> "Between which years";
        };
    }

    /** Other ways to type the answer: abbreviated months, ISO forms, numeric forms. */
    public List<String> acceptVariants() {
        List<String> variants = new ArrayList<>();
        switch (precision) {
            case DAY -> {
                String month = monthName(first);
                String shortMonth = first.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
                int day = first.getDayOfMonth();
                int year = first.getYear();
                variants.add(month + " " + day + ", " + year);
                variants.add(day + " " + shortMonth + " " + year);
                variants.add(shortMonth + " " + day + ", " + year);
                variants.add(first.toString());
            }
            case MONTH -> {
                String shortMonth = first.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
                variants.add(shortMonth + " " + first.getYear());
                variants.add(YearMonth.from(first).toString());
                variants.add(first.getMonthValue() + "/" + first.getYear());
            }
            case YEAR -> {}
            case DECADE -> {
                variants.add(firstYear() + "s");
                variants.add(firstYear() + "'s");
            }
            case CENTURY -> {
                variants.add(ordinal(firstYear() / 100 + 1) + " century");
                variants.add(firstYear() + "s");
            }
            case RANGE -> {
                variants.add(firstYear() + "-" + lastYear());
                variants.add(firstYear() + " to " + lastYear());
            }
        }
        variants.remove(display());
        return variants.stream().distinct().toList();
    }

    /**
     * The same precision moved by {@code steps} units (days, months, years, decades or centuries; a range moves
     * both ends by years). Used for distractors.
     */
    public FactDate shift(int steps) {
        return switch (precision) {
            case DAY -> new FactDate(Precision.DAY, first.plusDays(steps), first.plusDays(steps));
            case MONTH -> {
                YearMonth month = YearMonth.from(first).plusMonths(steps);
                yield new FactDate(Precision.MONTH, month.atDay(1), month.atEndOfMonth());
            }
            case YEAR -> ofYears(Precision.YEAR, firstYear() + steps, firstYear() + steps);
            case DECADE -> ofYears(Precision.DECADE, firstYear() + 10 * steps, firstYear() + 10 * steps + 9);
            case CENTURY -> ofYears(Precision.CENTURY, firstYear() + 100 * steps, firstYear() + 100 * steps + 99);
            case RANGE -> ofYears(Precision.RANGE, firstYear() + steps, lastYear() + steps);
        };
    }

    @Override
    public int compareTo(FactDate other) {
        int byFirst = first.compareTo(other.first);
        return byFirst != 0 ? byFirst : last.compareTo(other.last);
    }

    private static String monthName(LocalDate day) {
        return day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = switch (mod100 >= 11 && mod100 <= 13 ? 0 : n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
