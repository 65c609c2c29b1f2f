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
 * A student's study days: calendar days in the student's time zone that start at a rollover hour instead of
 * midnight, so that a late-night session still counts as the day it began (Anki's "next day starts at").
 * With the default rollover of 4, an answer at 03:59 local time belongs to the previous day and one at 04:00 to
 * the new day.
 *
 * <p>Elapsed days, which drive the memory model, are the number of study days between two answers, whatever the
 * hours: an answer at 23:00 and another at 09:00 the next morning are one day apart.
 *
 * <p>Review intervals are added with {@link #plusDays}: the due time is the same local clock time the given
 * number of calendar days later. The card therefore falls due on the study day {@code interval} days after the
 * answer's, and {@link #isDue} offers it from the start of that study day, as Anki does. With UTC and rollover 0
 * this is exactly {@code interval × 24 h}, which is what ts-fsrs computes.
 *
 * @param zone the student's time zone
 * @param rolloverHour the local hour, 0 to 23, at which a new study day begins
 */
public record DayClock(ZoneId zone, int rolloverHour) {

    /** Anki's default: the study day starts at 04:00 local time. */
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

    /** The study day an instant belongs to, named by the calendar date on which that study day starts. */
    public LocalDate studyDay(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        LocalDate date = local.toLocalDate();
        return local.getHour() < rolloverHour ? date.minusDays(1) : date;
    }

    /** When a study day begins. If the rollover hour is skipped by a daylight-saving change, the first instant after. */
    public Instant startOf(LocalDate studyDay) {
        return ZonedDateTime.of(studyDay, LocalTime.of(rolloverHour, 0), zone).toInstant();
    }

    /**
     * Whole study days from one instant to a later one.
     *
     * @param from the earlier instant, typically the last answer
     * @param to an instant not before {@code from}
     * @return 0 or more; never negative, even where a daylight-saving change moves local time back over a day
     *     boundary
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public int elapsedDays(Instant from, Instant to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("time runs backwards: " + to + " is before " + from);
        }
        return (int) Math.max(0, ChronoUnit.DAYS.between(studyDay(from), studyDay(to)));
    }

    /**
     * The same local clock time a number of calendar days later. Across a daylight-saving change the result is
     * 23 or 25 hours per day away; a local time that does not exist on the target day moves forward by the
     * length of the gap.
     *
     * @param at the start, typically the answer time
     * @param days 0 or more
     */
    public Instant plusDays(Instant at, int days) {
        return at.atZone(zone).plusDays(days).toInstant();
    }

    /**
     * Whether a card should be offered now. Cards in review are due for the whole study day their due time falls
     * on; new cards and cards on a (re)learning step are due from their exact due time.
     */
    public boolean isDue(CardState card, Instant now) {
        if (card.phase() == CardState.Phase.REVIEW) {
            return !studyDay(card.due()).isAfter(studyDay(now));
        }
        return !card.due().isAfter(now);
    }

    /**
     * The end of the study day {@code now} falls in: review cards due before this instant are due today. Useful
     * as a database bound: {@code due < endOfStudyDay(now)}.
     */
    public Instant endOfStudyDay(Instant now) {
        return startOf(studyDay(now).plusDays(1));
    }
}
