package io.factdeck.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A student's study days: days in the student's zone that start at {@code rolloverHour} (0 to 23), so that with
 * the default of 4 an answer at 03:59 belongs to the previous day (Anki's "next day starts at"). Elapsed days are
 * study days between answers, whatever the hours.
 *
 * <p>A review interval of N days is due at the answer's local clock time N calendar days later
 * ({@link #plusDays}), so on the study day N days after the answer's; {@link #isDue} offers it from the start of
 * that study day. With UTC and rollover 0 this is exactly N × 24 h, as in ts-fsrs.
 */
public record DayClock(ZoneId zone, int rolloverHour) {

    public static final int DEFAULT_ROLLOVER_HOUR = 4;

    public DayClock {
        Objects.requireNonNull(zone, "zone");
        if (rolloverHour < 0 || rolloverHour > 23) {
            throw new IllegalArgumentException("rollover hour must be 0 to 23, was " + rolloverHour);
        }
    }

    /** Study days in {@code zone} starting at {@value #DEFAULT_ROLLOVER_HOUR}:00. */
    public static DayClock of(ZoneId zone) {
        return new DayClock(zone, DEFAULT_ROLLOVER_HOUR);
    }

    /** UTC calendar days starting at midnight: the day boundaries of ts-fsrs. */
    public static DayClock utcMidnight() {
        return new DayClock(ZoneOffset.UTC, 0);
    }

    /** The study day of an instant, named by the date on which it starts. */
    public LocalDate studyDay(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        LocalDate date = local.toLocalDate();
        return local.getHour() < rolloverHour ? date.minusDays(1) : date;
    }

    /** When a study day begins; if DST skips the rollover hour, when the clocks land after the gap. */
    public Instant startOf(LocalDate studyDay) {
        return ZonedDateTime.of(studyDay, LocalTime.of(rolloverHour, 0), zone).toInstant();
    }

    /**
     * Whole study days from {@code from} to {@code to}; never negative, even where a DST change moves local time
     * back over a day boundary.
     *
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public int elapsedDays(Instant from, Instant to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("time runs backwards: " + to + " is before " + from);
        }
        return (int) Math.max(0, ChronoUnit.DAYS.between(studyDay(from), studyDay(to)));
    }

    /**
     * The same local clock time {@code days} (0 or more) calendar days later: 23 or 25 hours a day across DST, and
     * a local time that does not exist moves forward by the gap.
     */
    public Instant plusDays(Instant at, int days) {
        return at.atZone(zone).plusDays(days).toInstant();
    }

    /** Whether to offer a card now: review cards all through their due study day, others from their due time. */
    public boolean isDue(CardState card, Instant now) {
        if (card.phase() == CardState.Phase.REVIEW) {
            return !studyDay(card.due()).isAfter(studyDay(now));
        }
        return !card.due().isAfter(now);
    }

    /** The end of {@code now}'s study day: review cards with {@code due} before it are due today. */
    public Instant endOfStudyDay(Instant now) {
        return startOf(studyDay(now).plusDays(1));
    }
}
