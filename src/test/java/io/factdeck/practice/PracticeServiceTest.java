package io.factdeck.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factdeck.accounts.AccountService;
import io.factdeck.accounts.Role;
import io.factdeck.scheduling.Rating;
import io.factdeck.testing.Db;
import io.factdeck.testing.Fixtures;
import io.factdeck.testing.PostgresResource;
import io.factdeck.testing.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
class PracticeServiceTest {

    private static final AtomicInteger USERS = new AtomicInteger();

    @Inject
    PracticeService practice;

    @Inject
    CardQueue queue;

    @Inject
    AccountService accounts;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anAnswerWritesTheNewCardStateAndItsLogRow() {
        Fixtures.Bank bank = Fixtures.bankWithEveryKind("svc-" + USERS.incrementAndGet());
        StudySession session = session(newStudent(), bank);
        Instant now = Instant.parse("2026-03-01T10:00:00Z");
        long question = bank.question("when");

        ReviewLog log = practice.answer(session, question, 0, choice("November 1998"), now);

        ReviewCard card = Db.call(() -> practice.card(session.userId, question).orElseThrow());
        assertEquals(1, card.version);
        assertEquals("learning", card.state);
        assertEquals(1, card.reps);
        assertEquals(now, card.lastReview);
        ReviewLog stored = Db.call(() -> ReviewLog.findById(log.id));
        assertEquals(card.id, stored.cardId);
        assertEquals(Rating.GOOD.grade(), stored.rating);
        assertTrue(stored.correct);
        assertEquals("new", stored.stateBefore);
        assertEquals("learning", stored.stateAfter);
        assertEquals(card.due, stored.dueAfter);
        assertEquals("November 1998", stored.answerGiven);
        assertEquals(session.id, stored.sessionId);
    }

    @Test
    void stateAndLogAreOneTransaction() {
        Fixtures.Bank bank = Fixtures.bankWithEveryKind("svc-" + USERS.incrementAndGet());
        StudySession session = session(newStudent(), bank);
        long question = bank.question("who");

        // the caller's transaction fails after the answer: neither the card nor the log may survive
        assertThrows(
                QuarkusTransactionException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    practice.answer(session, question, 0, choice("ASEAN"), Instant.now());
                    QuarkusTransaction.setRollbackOnly();
                }));

        assertTrue(Db.call(() -> practice.card(session.userId, question)).isEmpty());
        assertEquals(0L, Db.call(() -> ReviewLog.count("userId", session.userId)));
    }

    @Test
    void theLogIsAppendOnly() {
        Fixtures.Bank bank = Fixtures.bankWithEveryKind("svc-" + USERS.incrementAndGet());
        StudySession session = session(newStudent(), bank);
        ReviewLog log = practice.answer(session, bank.question("who"), 0, choice("WTO"), Instant.now());

        PersistenceException refused = assertThrows(
                PersistenceException.class,
                () -> Db.run(() -> ReviewLog.getEntityManager()
                        .createNativeQuery("update review_log set rating = 4 where id = :id")
                        .setParameter("id", log.id)
                        .executeUpdate()));
        assertTrue(refused.getMessage().contains("append-only")
                || String.valueOf(refused.getCause()).contains("append-only"));
        assertEquals(Rating.AGAIN.grade(), Db.call(() -> ((ReviewLog) ReviewLog.findById(log.id)).rating));
    }

    @Test
    void aReplayedAnswerIsRefusedAndCountedOnce() {
        Fixtures.Bank bank = Fixtures.bankWithEveryKind("svc-" + USERS.incrementAndGet());
        StudySession session = session(newStudent(), bank);
        long question = bank.question("when");
        practice.answer(session, question, 0, choice("November 1998"), Instant.now());

        assertThrows(
                PracticeService.StaleAnswer.class,
                () -> practice.answer(session, question, 0, choice("July 1995"), Instant.now()));

        assertEquals(1L, Db.call(() -> ReviewLog.count("userId", session.userId)));
        assertEquals(1, Db.call(() -> practice.card(session.userId, question).orElseThrow().version));
    }

    @Test
    void twoTabsAnsweringAtOnceCountOnce() throws Exception {
        Fixtures.Bank bank = Fixtures.bankWithEveryKind("svc-" + USERS.incrementAndGet());
        StudySession session = session(newStudent(), bank);
        long question = bank.question("true-false");
        int tabs = 4;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(tabs);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < tabs; i++) {
                Callable<Boolean> tab = () -> {
                    go.await();
                    try {
                        practice.answer(session, question, 0, choice("True"), Instant.now());
                        return true;
                    } catch (PracticeService.StaleAnswer stale) {
                        return false;
                    }
                };
                results.add(pool.submit(tab));
            }
            go.countDown();
            int accepted = 0;
            for (Future<Boolean> result : results) {
                accepted += result.get() ? 1 : 0;
            }
            assertEquals(1, accepted);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1L, Db.call(() -> ReviewLog.count("userId", session.userId)));
    }

    @Test
    void aLearningCardIsDueAgainAfterItsStep() {
        Fixtures.Bank bank = Fixtures.bankWithEveryKind("svc-" + USERS.incrementAndGet());
        StudySession session = session(newStudent(), bank);
        StudySettings settings = Db.call(() -> StudySettings.forUser(session.userId));
        Instant start = Instant.parse("2026-05-04T09:00:00Z");
        long question = bank.question("who");

        practice.answer(session, question, 0, choice("IMF"), start); // wrong: Again, 1 minute step

        ReviewCard card = Db.call(() -> practice.card(session.userId, question).orElseThrow());
        assertEquals(start.plus(Duration.ofMinutes(1)), card.due);
        assertFalse(isNext(session, settings, question, start.plusSeconds(59), false));
        assertTrue(isNext(session, settings, question, start.plusSeconds(60), false));
    }

    @Test
    void aReviewCardIsDueFromTheStartOfItsStudyDayInTheStudentsZone() {
        Fixtures.Bank bank = Fixtures.bankWithEveryKind("svc-" + USERS.incrementAndGet());
        long user = newStudent();
        ZoneId hanoi = ZoneId.of("Asia/Ho_Chi_Minh");
        Db.run(() -> {
            StudySettings s = StudySettings.forUser(user);
            s.timeZone = hanoi.getId();
            s.rolloverHour = 4;
            s.desiredRetention = new BigDecimal("0.90");
            s.persist();
        });
        StudySession session = session(user, bank);
        StudySettings settings = Db.call(() -> StudySettings.forUser(user));
        long question = bank.question("cloze");
        Instant first = ZonedDateTime.of(2026, 6, 1, 15, 0, 0, 0, hanoi).toInstant();

        practice.answer(session, question, 0, grade(Rating.EASY), first); // easy on a new card: review in days
        ReviewCard card = Db.call(() -> practice.card(user, question).orElseThrow());
        assertEquals("review", card.state);
        ZonedDateTime due = card.due.atZone(hanoi);
        assertEquals(15, due.getHour(), "a review falls due at the same local time, days later");

        ZonedDateTime dueDay = due.toLocalDate().atStartOfDay(hanoi);
        Instant justBeforeRollover = dueDay.withHour(3).withMinute(59).toInstant();
        Instant rollover = dueDay.withHour(4).toInstant();
        assertFalse(
                isNext(session, settings, question, justBeforeRollover, true), "03:59 still belongs to the day before");
        assertTrue(isNext(session, settings, question, rollover, true), "from 04:00 the card is due for the whole day");
    }

    private boolean isNext(StudySession session, StudySettings settings, long question, Instant at, boolean dueOnly) {
        StudySession view = Db.call(() -> StudySession.findById(session.id));
        view.dueOnly = dueOnly;
        return Db.call(() -> queue.next(view, settings, at))
                .filter(p -> p.questionId() == question && p.source() != CardQueue.Source.NEW)
                .isPresent();
    }

    private long newStudent() {
        String name = "practice-svc-" + USERS.incrementAndGet();
        try {
            return accounts.register(name, "a long test password", "a long test password", Role.STUDENT).id;
        } catch (AccountService.InvalidForm e) {
            throw new IllegalStateException(e.errors().all().toString());
        }
    }

    private StudySession session(long user, Fixtures.Bank bank) {
        return practice.start(
                user,
                new SessionChoice("test", List.of(bank.id()), List.of(), List.of(), null, null, false, "mixed"),
                Instant.now());
    }

    private static Submission choice(String option) {
        return new Submission(option, null, null, null, Duration.ofSeconds(8), false);
    }

    private static Submission grade(Rating rating) {
        return new Submission(null, null, null, rating, Duration.ofSeconds(8), false);
    }
}
