package io.factdeck.practice;

import io.factdeck.questionbank.QuestionEntity;
import io.factdeck.scheduling.CardState;
import io.factdeck.scheduling.DayClock;
import io.factdeck.scheduling.Fuzz;
import io.factdeck.scheduling.NextStates;
import io.factdeck.scheduling.Rating;
import io.factdeck.scheduling.Scheduler;
import io.factdeck.scheduling.SchedulerParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one adapter between storage and the scheduler: it loads a card, maps it to a {@link CardState}, asks the
 * {@link Scheduler}, and writes the new state and a review-log row in one transaction. A form carries the card's
 * version; an answer for a version that is no longer current (a double click, the back button, a second tab) is
 * refused, so every answer counts exactly once.
 */
@ApplicationScoped
public class PracticeService {

    /** An answer for a card that has changed since the form was shown. */
    public static final class StaleAnswer extends RuntimeException {
        public StaleAnswer() {
            super("this card was already answered", null, false, false);
        }
    }

    @Inject
    EntityManager em;

    @Inject
    CardQueue queue;

    private final Grading grading = new Grading(RatingPolicy.defaults());

    public RatingPolicy ratingPolicy() {
        return RatingPolicy.defaults();
    }

    /** The scheduler with a student's retention, time zone and day rollover. */
    public static Scheduler schedulerFor(StudySettings settings) {
        SchedulerParams params =
                SchedulerParams.defaults().withStudentRetention(settings.desiredRetention.doubleValue());
        return new Scheduler(params, clockFor(settings));
    }

    public static DayClock clockFor(StudySettings settings) {
        return new DayClock(settings.zone(), settings.rolloverHour);
    }

    /** The student's card for a question, if they have met it before. */
    public Optional<ReviewCard> card(long userId, long questionId) {
        return ReviewCard.find("userId = ?1 and questionId = ?2", userId, questionId)
                .firstResultOptional();
    }

    /** The interval each flashcard button would give now, computed exactly as {@link #answer} will. */
    public NextStates preview(Optional<ReviewCard> card, StudySettings settings, Instant now) {
        CardState state = card.map(ReviewCard::toState).orElse(CardState.newCard(now));
        long id = card.map(c -> c.id).orElse(0L);
        return schedulerFor(settings).preview(state, now, Fuzz.factor(id, state.reps()));
    }

    /**
     * Records one answer.
     *
     * @param formVersion the card version the form was rendered with (0 for a card never answered)
     * @return the new log row
     * @throws StaleAnswer if the card was answered since the form was shown; nothing is written then
     * @throws NotFoundException if the question does not exist or is no longer offered
     */
    @Transactional
    public ReviewLog answer(
            StudySession session, long questionId, int formVersion, Submission submission, Instant now) {
        long userId = session.userId;
        QuestionEntity question = QuestionEntity.findById(questionId);
        if (question == null || question.isRetired()) {
            throw new NotFoundException();
        }
        // a card row exists from the first answer on; creating it here (once, whatever the race) lets the lock
        // below serialise two submissions of the same card
        em.createNativeQuery("insert into review_card (user_id, question_id, state, due) values (:user, :question,"
                        + " 'new', :now) on conflict (user_id, question_id) do nothing")
                .setParameter("user", userId)
                .setParameter("question", questionId)
                .setParameter("now", now)
                .executeUpdate();
        ReviewCard card = ReviewCard.<ReviewCard>find("userId = ?1 and questionId = ?2", userId, questionId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
        em.refresh(card);
        if (card.version != formVersion) {
            throw new StaleAnswer();
        }

        Grading.Verdict verdict = grade(question, submission);
        StudySettings settings = StudySettings.forUser(userId);
        Scheduler scheduler = schedulerFor(settings);
        CardState before = card.toState();
        if (before.isNew()) {
            before = CardState.newCard(now);
        }
        CardState after = scheduler.next(before, verdict.rating(), now, Fuzz.factor(card.id, before.reps()));

        ReviewLog log = new ReviewLog();
        log.cardId = card.id;
        log.userId = userId;
        log.questionId = questionId;
        log.sessionId = session.id;
        log.rating = verdict.rating().grade();
        log.correct = verdict.correct();
        log.answerGiven = truncate(submission.given(), 2000);
        log.timeTakenMs =
                (int) Math.min(Integer.MAX_VALUE, submission.timeTaken().toMillis());
        log.reviewedAt = now;
        log.elapsedDays = before.lastReview() == null ? 0 : scheduler.clock().elapsedDays(before.lastReview(), now);
        log.scheduledDays = after.scheduledDays();
        log.stateBefore = ReviewCard.stateName(before.phase());
        log.stateAfter = ReviewCard.stateName(after.phase());
        log.stabilityBefore = before.isNew() ? null : before.stability();
        log.difficultyBefore = before.isNew() ? null : before.difficulty();
        log.stabilityAfter = after.stability();
        log.difficultyAfter = after.difficulty();
        log.dueAfter = after.due();
        log.persist();

        card.apply(after);
        card.version++;
        return log;
    }

    Grading.Verdict grade(QuestionEntity question, Submission submission) {
        if (submission.selfGrade() != null) {
            if (!"cloze".equals(question.kind)) {
                throw new IllegalArgumentException("only flashcards are graded by the student");
            }
            return grading.flashcard(submission.selfGrade());
        }
        if ("order".equals(question.kind)) {
            return grading.order(submission.order(), question.items, submission);
        }
        if (submission.typed() != null) {
            return grading.typed(submission.typed(), question.answer, question.accept, submission);
        }
        return grading.choice(submission.choice(), question.answer, submission);
    }

    /** Starts a session over the given filters. */
    @Transactional
    public StudySession start(long userId, SessionChoice choice, Instant now) {
        StudySession session = new StudySession();
        session.userId = userId;
        session.title = choice.title();
        session.bankIds = choice.bankIds();
        session.tags = choice.tags();
        session.kinds = choice.kinds();
        session.periodFrom = choice.periodFrom();
        session.periodTo = choice.periodTo();
        session.dueOnly = choice.dueOnly();
        session.answerMode = choice.answerMode();
        session.startedAt = now;
        session.persist();
        return session;
    }

    /** A new session over the questions answered wrongly in the given one; empty if there were none. */
    @Transactional
    public Optional<StudySession> retryWrong(StudySession finished, Instant now) {
        List<Long> wrong = wrongQuestions(finished);
        if (wrong.isEmpty()) {
            return Optional.empty();
        }
        StudySession retry = new StudySession();
        retry.userId = finished.userId;
        retry.title = "Retry: " + finished.title;
        retry.questionIds = wrong;
        retry.retryOf = finished.id;
        retry.answerMode = finished.answerMode;
        retry.startedAt = now;
        retry.persist();
        return Optional.of(retry);
    }

    /** Questions with at least one wrong answer in a session, in the order they were first missed. */
    public List<Long> wrongQuestions(StudySession session) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select question_id from review_log where session_id = :session"
                        + " and correct = false group by question_id order by min(id)")
                .setParameter("session", session.id)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    @Transactional
    public void finish(StudySession session, Instant now) {
        if (session.finishedAt == null) {
            StudySession managed = StudySession.findById(session.id);
            managed.finishedAt = now;
        }
    }

    private static String truncate(String value, int max) {
        Objects.requireNonNull(value);
        return value.length() <= max ? value : value.substring(0, max);
    }

    /** A flashcard grade from a form value 1 to 4. */
    public static Rating grade(int value) {
        return Rating.ofGrade(value);
    }
}
