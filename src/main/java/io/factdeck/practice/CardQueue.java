package io.factdeck.practice;

import io.factdeck.scheduling.DayClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Picks the next question of a session: learning cards that are due, then review cards due today, then new
 * questions up to the day's limit (one question per fact a day, so a "when" and a cloze about the same fact do
 * not follow each other), and when nothing else is left, learning cards due within the next 20 minutes.
 */
@ApplicationScoped
public class CardQueue {

    /** As Anki: with nothing else to do, a learning card due this soon is shown now rather than making you wait. */
    static final Duration LEARN_AHEAD = Duration.ofMinutes(20);

    /** Which queue a question came from: shapes the page ("new", "review") and the answer mode. */
    public enum Source {
        LEARNING,
        REVIEW,
        NEW,
        RETRY
    }

    public record Pick(long questionId, Source source) {}

    @Inject
    EntityManager em;

    /** The next question for this session, or empty when the session is done. */
    public Optional<Pick> next(StudySession session, StudySettings settings, Instant now) {
        if (session.isRetry()) {
            return nextRetry(session);
        }
        DayClock clock = new DayClock(settings.zone(), settings.rolloverHour);
        Optional<Pick> pick = due(
                        session, "c.state in ('learning', 'relearning') and c.due <= :limit", now, Source.LEARNING)
                .or(() ->
                        due(session, "c.state = 'review' and c.due < :limit", clock.endOfStudyDay(now), Source.REVIEW));
        if (pick.isPresent()) {
            return pick;
        }
        if (!session.dueOnly) {
            int left = settings.newPerDay - introducedToday(session.userId, clock, now);
            if (left > 0) {
                pick = fresh(session, clock, now);
                if (pick.isPresent()) {
                    return pick;
                }
            }
        }
        return due(
                session,
                "c.state in ('learning', 'relearning') and c.due <= :limit",
                now.plus(LEARN_AHEAD),
                Source.LEARNING);
    }

    /** How many learning cards of this session come back later today (for the end-of-session page). */
    public long learningLater(StudySession session) {
        Query q = em.createNativeQuery("select count(*) from review_card c join question q on q.id = c.question_id"
                + " join bank b on b.id = q.bank_id where c.user_id = :user and c.state in ('learning', 'relearning')"
                + scope(session));
        bindScope(q, session);
        return ((Number) q.getSingleResult()).longValue();
    }

    private Optional<Pick> due(StudySession session, String condition, Instant limit, Source source) {
        Query q = em.createNativeQuery("select c.question_id from review_card c join question q on q.id = c.question_id"
                        + " join bank b on b.id = q.bank_id where c.user_id = :user and " + condition + scope(session)
                        + " order by c.due, c.id limit 1")
                .setParameter("limit", limit);
        bindScope(q, session);
        return first(q).map(id -> new Pick(id, source));
    }

    private Optional<Pick> fresh(StudySession session, DayClock clock, Instant now) {
        Instant startOfDay = clock.startOf(clock.studyDay(now));
        // a sibling of a question answered today (same first fact) waits for another day, unless nothing else is left
        return freshQuestion(session, startOfDay, true).or(() -> freshQuestion(session, startOfDay, false));
    }

    private Optional<Pick> freshQuestion(StudySession session, Instant startOfDay, boolean skipSiblings) {
        String siblings = skipSiblings
                ? " and coalesce(q.fact_keys[1], '') not in (select coalesce(q2.fact_keys[1], '') from review_log l"
                        + " join question q2 on q2.id = l.question_id where l.user_id = :user and l.reviewed_at >= :start)"
                : "";
        // a stable shuffle per student: everyone meets the bank in a different order, every day the same one
        Query q = em.createNativeQuery("select q.id from question q join bank b on b.id = q.bank_id"
                + " where not exists (select 1 from review_card c where c.user_id = :user and c.question_id = q.id)"
                + siblings + scope(session)
                + " order by hashtext(cast(q.id as text) || ':' || cast(:user as text)), q.id"
                + " limit 1");
        bindScope(q, session);
        if (skipSiblings) {
            q.setParameter("start", startOfDay);
        }
        return first(q).map(id -> new Pick(id, Source.NEW));
    }

    private Optional<Pick> nextRetry(StudySession session) {
        Query q = em.createNativeQuery("select question_id from review_log where session_id = :session")
                .setParameter("session", session.id);
        Set<Long> done = new HashSet<>();
        for (Object id : q.getResultList()) {
            done.add(((Number) id).longValue());
        }
        return session.questionIds.stream()
                .filter(id -> !done.contains(id))
                .findFirst()
                .map(id -> new Pick(id, Source.RETRY));
    }

    int introducedToday(long userId, DayClock clock, Instant now) {
        Object count = em.createNativeQuery("select count(*) from review_log where user_id = :user"
                        + " and state_before = 'new' and reviewed_at >= :start")
                .setParameter("user", userId)
                .setParameter("start", clock.startOf(clock.studyDay(now)))
                .getSingleResult();
        return ((Number) count).intValue();
    }

    /** The session's filters as SQL over {@code q} (question) and {@code b} (bank); values are bound parameters. */
    static String scope(StudySession session) {
        StringBuilder sql = new StringBuilder(" and q.retired_at is null and b.published");
        if (!session.bankIds.isEmpty()) {
            sql.append(" and q.bank_id = any(:banks)");
        }
        if (!session.tags.isEmpty()) {
            sql.append(" and q.tags && cast(:tags as text[])");
        }
        if (!session.kinds.isEmpty()) {
            sql.append(" and q.kind = any(cast(:kinds as text[]))");
        }
        if (session.periodFrom != null || session.periodTo != null) {
            sql.append(" and q.tags && cast(:decades as text[])");
        }
        return sql.toString();
    }

    static void bindScope(Query q, StudySession session) {
        q.setParameter("user", session.userId);
        if (!session.bankIds.isEmpty()) {
            q.setParameter("banks", session.bankIds.toArray(new Long[0]));
        }
        if (!session.tags.isEmpty()) {
            q.setParameter("tags", session.tags.toArray(new String[0]));
        }
        if (!session.kinds.isEmpty()) {
            q.setParameter("kinds", session.kinds.toArray(new String[0]));
        }
        if (session.periodFrom != null || session.periodTo != null) {
            q.setParameter(
                    "decades", decadeTags(session.periodFrom, session.periodTo).toArray(new String[0]));
        }
    }

    /** The decade tags ({@code 1990s}) from one year to another, both included. */
    static List<String> decadeTags(Integer from, Integer to) {
        int start = (from == null ? 0 : from) / 10 * 10;
        int end = (to == null ? 2100 : to) / 10 * 10;
        List<String> tags = new ArrayList<>();
        for (int decade = start; decade <= end && tags.size() < 300; decade += 10) {
            tags.add(decade + "s");
        }
        return tags;
    }

    private static Optional<Long> first(Query q) {
        Collection<?> rows = q.getResultList();
        return rows.stream().findFirst().map(id -> ((Number) id).longValue());
    }
}
