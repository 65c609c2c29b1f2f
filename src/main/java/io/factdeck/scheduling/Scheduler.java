package io.factdeck.scheduling;

import io.factdeck.scheduling.CardState.Phase;
import io.factdeck.scheduling.FsrsFormulas.Memory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The FSRS-6 scheduler: given a card's state, an answer and the time, the card's next state. Pure: the time and
 * the fuzz factor come in as arguments, and nothing is stored between calls.
 *
 * <p>It reproduces ts-fsrs 5.4.2 (FSRS-6) exactly, including its rounding and its state machine:
 *
 * <ul>
 *   <li>New and Learning cards walk the learning steps: Again goes back to the first step, Hard waits the
 *       average of the first two steps (1.5 × the step if there is only one), Good moves to the next step and
 *       graduates to Review after the last, Easy graduates at once.
 *   <li>Review cards get an interval in days from the memory model; Hard &lt; Good &lt; Easy is enforced by
 *       giving Good at least one day more than Hard and Easy at least one day more than Good. Near the maximum
 *       interval this can put Good and Easy one or two days beyond it, as in ts-fsrs.
 *   <li>Again on a review card is a lapse: the card goes to the relearning steps, which work like the learning
 *       steps, and returns to Review from there.
 *   <li>A step of a day or more graduates the card to Review with that exact delay and keeps the step index,
 *       which then picks the relearning step of the next lapse (a ts-fsrs quirk; keep steps under a day).
 *   <li>With short-term scheduling off, steps are ignored and every answer is scheduled in days.
 * </ul>
 *
 * <p>Elapsed days and the due times of review intervals follow the student's {@link DayClock}; with
 * {@link DayClock#utcMidnight()} the results equal ts-fsrs's.
 */
public final class Scheduler {

    /** The smallest stability FSRS allows, in days. */
    public static final double MIN_STABILITY = 0.001;
    /** The largest stability FSRS allows, in days. */
    public static final double MAX_STABILITY = 36500;

    private static final long MINUTES_PER_DAY = 1440;

    private final SchedulerParams params;
    private final DayClock clock;
    private final FsrsFormulas formulas;

    /**
     * @param params the student's scheduler settings
     * @param clock the student's study days
     */
    public Scheduler(SchedulerParams params, DayClock clock) {
        this.params = Objects.requireNonNull(params, "params");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.formulas = new FsrsFormulas(params.weights(), params.desiredRetention(), params.shortTerm());
    }

    public SchedulerParams params() {
        return params;
    }

    public DayClock clock() {
        return clock;
    }

    /**
     * The card after an answer.
     *
     * @param card the card as it was before the answer
     * @param rating the answer
     * @param now when the answer was given; not before {@code card.lastReview()}
     * @param fuzzFactor a value in [0, 1), normally {@link Fuzz#factor(long, int)}; ignored when fuzz is off
     * @throws IllegalArgumentException if {@code now} is before the last answer or the factor is out of range
     */
    public CardState next(CardState card, Rating rating, Instant now, double fuzzFactor) {
        return preview(card, now, fuzzFactor).get(rating);
    }

    /**
     * The card after each of the four answers, for the answer buttons. Pass the same {@code now} and
     * {@code fuzzFactor} as to {@link #next} so that the labels match what an answer does.
     *
     * @param card the card as it is now
     * @param now the answer time; not before {@code card.lastReview()}
     * @param fuzzFactor a value in [0, 1), normally {@link Fuzz#factor(long, int)}; ignored when fuzz is off
     */
    public NextStates preview(CardState card, Instant now, double fuzzFactor) {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(now, "now");
        if (!(fuzzFactor >= 0 && fuzzFactor < 1)) {
            throw new IllegalArgumentException("fuzz factor must be in [0, 1), was " + fuzzFactor);
        }
        int elapsedDays = card.isNew() ? 0 : clock.elapsedDays(card.lastReview(), now);
        Answer answer = new Answer(card, now, elapsedDays, fuzzFactor);
        if (!params.shortTerm()) {
            return answer.inDays();
        }
        return card.phase() == Phase.REVIEW ? answer.fromReview() : answer.onSteps();
    }

    /**
     * The probability that the student still recalls the card at {@code now}, from 0 to 1; 0 for a new card.
     * Time is counted in whole study days, as for scheduling.
     *
     * @param now not before {@code card.lastReview()}
     */
    public double retrievability(CardState card, Instant now) {
        if (card.isNew()) {
            return 0;
        }
        return formulas.retrievability(clock.elapsedDays(card.lastReview(), now), card.stability());
    }

    /** One answer being scheduled: the card before it and when it happens. */
    private final class Answer {
        private final CardState card;
        private final Instant now;
        private final int elapsedDays;
        private final double fuzzFactor;

        Answer(CardState card, Instant now, int elapsedDays, double fuzzFactor) {
            this.card = card;
            this.now = now;
            this.elapsedDays = elapsedDays;
            this.fuzzFactor = fuzzFactor;
        }

        /** New, Learning and Relearning cards: each answer is scheduled on its own. */
        NextStates onSteps() {
            Phase stepPhase = card.isNew() ? Phase.LEARNING : card.phase();
            CardState[] next = new CardState[4];
            for (Rating rating : Rating.values()) {
                next[rating.ordinal()] = afterStep(memoryAfter(rating), rating, stepPhase, card.lapses());
            }
            return new NextStates(now, next[0], next[1], next[2], next[3]);
        }

        /** Review cards: the three passing intervals are computed together to keep them in order. */
        NextStates fromReview() {
            double r = formulas.retrievability(elapsedDays, card.stability());
            Memory hard = formulas.next(memory(), elapsedDays, Rating.HARD, r);
            Memory good = formulas.next(memory(), elapsedDays, Rating.GOOD, r);
            Memory easy = formulas.next(memory(), elapsedDays, Rating.EASY, r);
            int hardDays = interval(hard);
            int goodDays = interval(good);
            hardDays = Math.min(hardDays, goodDays);
            goodDays = Math.max(goodDays, hardDays + 1);
            int easyDays = Math.max(interval(easy), goodDays + 1);
            Memory again = formulas.next(memory(), elapsedDays, Rating.AGAIN, r);
            return new NextStates(
                    now,
                    afterStep(again, Rating.AGAIN, Phase.RELEARNING, card.lapses() + 1),
                    inReview(hard, hardDays, card.lapses()),
                    inReview(good, goodDays, card.lapses()),
                    inReview(easy, easyDays, card.lapses()));
        }

        /** Short-term scheduling off: every answer goes to Review with an interval in days, kept in order. */
        NextStates inDays() {
            Memory again = memoryAfter(Rating.AGAIN);
            Memory hard = memoryAfter(Rating.HARD);
            Memory good = memoryAfter(Rating.GOOD);
            Memory easy = memoryAfter(Rating.EASY);
            int againDays = interval(again);
            int hardDays = interval(hard);
            againDays = Math.min(againDays, hardDays);
            hardDays = Math.max(hardDays, againDays + 1);
            int goodDays = Math.max(interval(good), hardDays + 1);
            int easyDays = Math.max(interval(easy), goodDays + 1);
            // ts-fsrs counts a lapse for Again on any card answered before, learning ones included
            int lapsesAfterAgain = card.isNew() ? 0 : card.lapses() + 1;
            return new NextStates(
                    now,
                    inReview(again, againDays, lapsesAfterAgain),
                    inReview(hard, hardDays, card.lapses()),
                    inReview(good, goodDays, card.lapses()),
                    inReview(easy, easyDays, card.lapses()));
        }

        private Memory memory() {
            return new Memory(card.stability(), card.difficulty());
        }

        private Memory memoryAfter(Rating rating) {
            if (card.isNew()) {
                return formulas.initial(rating);
            }
            double r = formulas.retrievability(elapsedDays, card.stability());
            return formulas.next(memory(), elapsedDays, rating, r);
        }

        /** Applies the (re)learning step an answer leads to, or graduates the card when there is none. */
        private CardState afterStep(Memory memory, Rating rating, Phase stepPhase, int lapses) {
            Step step = step(rating);
            if (step.minutes() > 0 && step.minutes() < MINUTES_PER_DAY) {
                Instant due = now.plus(Duration.ofMinutes(step.minutes()));
                return state(stepPhase, step.next(), memory, due, 0, lapses);
            }
            if (step.minutes() >= MINUTES_PER_DAY) {
                Instant due = now.plus(Duration.ofMinutes(step.minutes()));
                int days = (int) (step.minutes() / MINUTES_PER_DAY);
                return state(Phase.REVIEW, step.next(), memory, due, days, lapses);
            }
            return inReview(memory, interval(memory), lapses);
        }

        /**
         * The step an answer leads to, following ts-fsrs's learning-steps strategy; 0 minutes means "graduate".
         * Relearning steps apply to relearning cards and to the lapse of a review card.
         */
        private Step step(Rating rating) {
            boolean relearning = card.phase() == Phase.RELEARNING || card.phase() == Phase.REVIEW;
            List<Duration> steps = relearning ? params.relearningSteps() : params.learningSteps();
            int current = card.step();
            if (steps.isEmpty() || current >= steps.size()) {
                return Step.GRADUATE;
            }
            if (card.phase() == Phase.REVIEW) {
                return rating == Rating.AGAIN ? new Step(minutes(steps, current), 0) : Step.GRADUATE;
            }
            long first = minutes(steps, 0);
            return switch (rating) {
                case AGAIN -> new Step(first, 0);
                case HARD ->
                    new Step(
                            steps.size() == 1 ? Math.round(first * 1.5) : Math.round((first + minutes(steps, 1)) / 2.0),
                            current);
                case GOOD ->
                    current + 1 < steps.size() && minutes(steps, current + 1) > 0
                            ? new Step(minutes(steps, current + 1), current + 1)
                            : Step.GRADUATE;
                case EASY -> Step.GRADUATE;
            };
        }

        private CardState inReview(Memory memory, int days, int lapses) {
            return state(Phase.REVIEW, 0, memory, clock.plusDays(now, days), days, lapses);
        }

        private CardState state(Phase phase, int step, Memory memory, Instant due, int days, int lapses) {
            return new CardState(
                    phase, step, memory.stability(), memory.difficulty(), due, now, days, card.reps() + 1, lapses);
        }

        /** The interval in days for a stability: the desired retention's interval, capped, then fuzzed. */
        private int interval(Memory memory) {
            long days = Math.round(memory.stability() * formulas.intervalModifier());
            int capped = (int) Math.min(Math.max(1, days), params.maximumInterval());
            return params.fuzz() ? Fuzz.apply(capped, elapsedDays, params.maximumInterval(), fuzzFactor) : capped;
        }
    }

    /** A (re)learning step: its delay and the step index after it. */
    private record Step(long minutes, int next) {
        static final Step GRADUATE = new Step(0, 0);
    }

    private static long minutes(List<Duration> steps, int index) {
        return steps.get(index).toMinutes();
    }
}
