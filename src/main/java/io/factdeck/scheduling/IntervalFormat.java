package io.factdeck.scheduling;

import java.time.Duration;
import java.util.Locale;

/**
 * Short interval labels in Anki's style: {@code "<1m"}, {@code "10m"}, {@code "1.5h"}, {@code "3d"}, {@code "2.1mo"},
 * {@code "1.2y"}, with average months and years and one decimal, dropped when 0.
 */
public final class IntervalFormat {

    private static final double DAYS_PER_MONTH = 365.0 / 12;
    private static final double DAYS_PER_YEAR = 365.0;

    private IntervalFormat() {}

    /** A label for a non-negative span: minutes, hours, then {@link #days(int)} of the rounded days. */
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

    /** A label for 0 or more days: days under 30, then months, then years. */
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
