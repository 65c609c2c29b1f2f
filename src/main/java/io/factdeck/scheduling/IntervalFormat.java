package io.factdeck.scheduling;

import java.time.Duration;
import java.util.Locale;

/**
 * Short interval labels for answer buttons and card lists, in the style students know from Anki: {@code "<1m"},
 * {@code "10m"}, {@code "1.5h"}, {@code "3d"}, {@code "2.1mo"}, {@code "1.2y"}. Months and years are averages
 * (365/12 and 365 days) and carry one decimal, dropped when it is 0.
 */
public final class IntervalFormat {

    private static final double DAYS_PER_MONTH = 365.0 / 12;
    private static final double DAYS_PER_YEAR = 365.0;

    private IntervalFormat() {}

    /**
     * A label for a time span: minutes under an hour, hours under a day, then as {@link #days(int)} with the days
     * rounded to the nearest whole day.
     *
     * @param span 0 or more
     */
    public static String duration(Duration span) {
        if (span.isNegative()) {
            throw new IllegalArgumentException("an interval cannot be negative: " + span);
        }
        long seconds = span.getSeconds();
        if (seconds < 60) {
            return "<1m";
        }
        long minutes = Math.round(seconds / 60.0);
        if (minutes < 60) {
            return minutes + "m";
        }
        // compare the rounded value, so that 23.97 hours reads "1d" rather than "24h"
        double hours = seconds / 3600.0;
        if (Math.round(hours * 10) < 240) {
            return oneDecimal(hours) + "h";
        }
        return days((int) Math.round(seconds / 86400.0));
    }

    /**
     * A label for a whole number of days: {@code "Nd"} under 30 days, months under a year, then years.
     *
     * @param days 0 or more
     */
    public static String days(int days) {
        if (days < 0) {
            throw new IllegalArgumentException("an interval cannot be negative: " + days);
        }
        if (days < 30) {
            return days + "d";
        }
        double months = days / DAYS_PER_MONTH;
        if (Math.round(months * 10) < 120) {
            return oneDecimal(months) + "mo";
        }
        return oneDecimal(days / DAYS_PER_YEAR) + "y";
    }

    private static String oneDecimal(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
