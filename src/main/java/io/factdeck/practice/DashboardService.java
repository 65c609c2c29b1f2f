package io.factdeck.practice;

import io.factdeck.scheduling.DayClock;
import io.factdeck.web.BarChart;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Computes the dashboard, counting days in the student's time zone with their rollover hour. */
@ApplicationScoped
public class DashboardService {

    /** A card counts as mastered once FSRS expects it to be remembered for three weeks. */
    static final double MASTERED_STABILITY_DAYS = 21;

    static final int DAYS = 30;
    private static final DateTimeFormatter DAY_LABEL = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    @Inject
    EntityManager em;

    @Inject
    CardQueue queue;

    public Dashboard build(long userId, Instant now) {
        StudySettings settings = StudySettings.forUser(userId);
        DayClock clock = PracticeService.clockFor(settings);
        LocalDate today = clock.studyDay(now);
        Instant startOfToday = clock.startOf(today);
        Instant endOfToday = clock.startOf(today.plusDays(1));
        Instant endOfTomorrow = clock.startOf(today.plusDays(2));

        Object[] due = (Object[]) em.createNativeQuery("select"
                        + " count(*) filter (where c.due < :endOfToday),"
                        + " count(*) filter (where c.due >= :endOfToday and c.due < :endOfTomorrow),"
                        + " count(*)"
                        + " from review_card c join question q on q.id = c.question_id join bank b on b.id = q.bank_id"
                        + " where c.user_id = :user and c.state <> 'new' and q.retired_at is null and b.published")
                .setParameter("endOfToday", endOfToday)
                .setParameter("endOfTomorrow", endOfTomorrow)
                .setParameter("user", userId)
                .getSingleResult();

        long unseen = ((Number) em.createNativeQuery("select count(*) from question q join bank b on b.id = q.bank_id"
                                + " where q.retired_at is null and b.published and not exists"
                                + " (select 1 from review_card c where c.user_id = :user and c.question_id = q.id)")
                        .setParameter("user", userId)
                        .getSingleResult())
                .longValue();
        long newLeft = Math.max(0, settings.newPerDay - queue.introducedToday(userId, clock, now));

        Object[] retention = (Object[]) em.createNativeQuery(
                        "select count(*) filter (where rating > 1), count(*)"
                                + " from review_log where user_id = :user and state_before = 'review' and reviewed_at >= :since")
                .setParameter("user", userId)
                .setParameter("since", clock.startOf(today.minusDays(DAYS - 1)))
                .getSingleResult();
        long passed = ((Number) retention[0]).longValue();
        long reviews = ((Number) retention[1]).longValue();

        // answers of the last 30 study days, bucketed by study day in Java so the day boundary is DayClock's own
        @SuppressWarnings("unchecked")
        List<Object[]> log = em.createNativeQuery("select reviewed_at, rating from review_log"
                        + " where user_id = :user and reviewed_at >= :since")
                .setParameter("user", userId)
                .setParameter("since", clock.startOf(today.minusDays(DAYS - 1)))
                .getResultList();
        Map<LocalDate, int[]> perDay = new HashMap<>();
        long reviewsToday = 0;
        for (Object[] row : log) {
            Instant at = instant(row[0]);
            int[] counts = perDay.computeIfAbsent(clock.studyDay(at), d -> new int[2]);
            counts[((Number) row[1]).intValue() > 1 ? 0 : 1]++;
            if (!at.isBefore(startOfToday)) {
                reviewsToday++;
            }
        }
        List<BarChart.Column> historyColumns = new ArrayList<>();
        for (int i = DAYS - 1; i >= 0; i--) {
            LocalDate day = today.minusDays(i);
            int[] counts = perDay.getOrDefault(day, new int[2]);
            historyColumns.add(new BarChart.Column(DAY_LABEL.format(day), counts[0], counts[1]));
        }

        @SuppressWarnings("unchecked")
        List<Object> dues = em.createNativeQuery(
                        "select c.due from review_card c join question q on q.id = c.question_id"
                                + " join bank b on b.id = q.bank_id where c.user_id = :user and c.state <> 'new'"
                                + " and q.retired_at is null and b.published and c.due < :until")
                .setParameter("user", userId)
                .setParameter("until", clock.startOf(today.plusDays(DAYS)))
                .getResultList();
        int[] forecast = new int[DAYS];
        for (Object value : dues) {
            long offset = clock.studyDay(instant(value)).toEpochDay() - today.toEpochDay();
            forecast[(int) Math.max(0, Math.min(DAYS - 1, offset))]++;
        }
        List<BarChart.Column> forecastColumns = new ArrayList<>();
        for (int i = 0; i < DAYS; i++) {
            String label = i == 0 ? "today" : DAY_LABEL.format(today.plusDays(i));
            forecastColumns.add(new BarChart.Column(label, forecast[i], 0));
        }

        return new Dashboard(
                ((Number) due[0]).longValue(),
                ((Number) due[1]).longValue(),
                Math.min(unseen, newLeft),
                reviewsToday,
                streak(userId, clock, today),
                reviews == 0 ? null : (int) Math.round(100.0 * passed / reviews),
                reviews,
                ((Number) due[2]).longValue(),
                BarChart.of(
                        "Cards due in the next 30 days",
                        "Number of cards due on each of the next 30 days; overdue cards count for today.",
                        "cards due",
                        null,
                        forecastColumns,
                        5),
                BarChart.of(
                        "Your answers in the last 30 days",
                        "Answers per day over the last 30 days, split into remembered and forgotten.",
                        "remembered",
                        "forgotten",
                        historyColumns,
                        5),
                mastery(userId));
    }

    /** Study days in a row with at least one answer, up to today (or yesterday, if today has none yet). */
    int streak(long userId, DayClock clock, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object> times = em.createNativeQuery(
                        "select reviewed_at from review_log where user_id = :user" + " and reviewed_at >= :since")
                .setParameter("user", userId)
                .setParameter("since", clock.startOf(today.minusDays(400)))
                .getResultList();
        Set<LocalDate> days = new HashSet<>();
        for (Object t : times) {
            days.add(clock.studyDay(instant(t)));
        }
        LocalDate day = days.contains(today) ? today : today.minusDays(1);
        int streak = 0;
        while (days.contains(day)) {
            streak++;
            day = day.minusDays(1);
        }
        return streak;
    }

    List<Dashboard.Mastery> mastery(long userId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select t, count(*), count(c.id),"
                        + " count(c.id) filter (where c.state = 'review' and c.stability >= :mastered)"
                        + " from question q join bank b on b.id = q.bank_id cross join unnest(q.tags) t"
                        + " left join review_card c on c.question_id = q.id and c.user_id = :user"
                        + " where q.retired_at is null and b.published and q.bank_id in (select q2.bank_id"
                        + "   from review_card c2 join question q2 on q2.id = c2.question_id where c2.user_id = :user)"
                        + " group by t having count(c.id) > 0 order by count(c.id) desc, t limit 12")
                .setParameter("user", userId)
                .setParameter("mastered", MASTERED_STABILITY_DAYS)
                .getResultList();
        return rows.stream()
                .map(r -> new Dashboard.Mastery(
                        (String) r[0],
                        ((Number) r[1]).longValue(),
                        ((Number) r[2]).longValue(),
                        ((Number) r[3]).longValue()))
                .toList();
    }

    static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        throw new IllegalStateException("unexpected time value " + value);
    }
}
