package io.factdeck.scheduling;

import io.factdeck.scheduling.CardState.Phase;
import io.factdeck.scheduling.FsrsFormulas.Memory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * FSRS-6 scheduling that reproduces ts-fsrs 5.4.2 exactly, rounding and state machine included. Pure: time and fuzz
 * are arguments. On (re)learning steps Again restarts, Hard waits the mean of the first two steps (1.5 × a single
 * step), Good advances and graduates after the last, Easy graduates. In review, Good gets at least a day more than
 * Hard and Easy a day more than Good, which at the maximum interval puts them a day or two beyond it, as in
 * ts-fsrs. A step of a day or more graduates with that delay and keeps its index (a ts-fsrs quirk).
 */
public final class Scheduler {

    /** Stability bounds, in days. */
    public static final double MIN_STABILITY = 0.001;

    public static final double MAX_STABILITY = 36500;

    private static final long MINUTES_PER_DAY = 1440;

    private final SchedulerParams params;
    private final DayClock clock;
    private final FsrsFormulas formulas;

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
     * @param now the answer time, not before {@code card.lastReview()}
     * @param fuzzFactor in [0, 1), normally {@link Fuzz#factor(long, int)}; ignored when fuzz is off
     * @throws IllegalArgumentException if {@code now} is before the last answer or the factor is out of range
     */
    public CardState next(CardState card, Rating rating, Instant now, double fuzzFactor) {
        return preview(card, now, fuzzFactor).get(rating);
    }

    /**
     * The card after each of the four answers, for the buttons; same arguments as {@link #next}, and the same
     * values must be passed to both for the labels to match the outcome.
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

    /** Recall probability (0 to 1, 0 for a new card) after the whole study days elapsed by {@code now}. */
    public double retrievability(CardState card, Instant now) {
        if (card.isNew()) {
            return 0;
        }
        return formulas.retrievability(clock.elapsedDays(card.lastReview(), now), card.stability());
    }

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

        NextStates onSteps() {
            Phase stepPhase = card.isNew() ? Phase.LEARNING : card.phase();
            CardState[] next = new CardState[4];
            for (Rating rating : Rating.values()) {
                next[rating.ordinal()] = afterStep(memoryAfter(rating), rating, stepPhase, card.lapses());
            }
            return new NextStates(now, next[0], next[1], next[2], next[3]);
        }

        NextStates fromReview() {
            Memory hard = memoryAfter(Rating.HARD);
            Memory good = memoryAfter(Rating.GOOD);
            Memory easy = memoryAfter(Rating.EASY);
            int hardDays = interval(hard);
            int goodDays = interval(good);
            hardDays = Math.min(hardDays, goodDays);
            goodDays = Math.max(goodDays, hardDays + 1);
            int easyDays = Math.max(interval(easy), goodDays + 1);
            return new NextStates(
                    now,
                    afterStep(memoryAfter(Rating.AGAIN), Rating.AGAIN, Phase.RELEARNING, card.lapses() + 1),
                    inReview(hard, hardDays, card.lapses()),
                    inReview(good, goodDays, card.lapses()),
                    inReview(easy, easyDays, card.lapses()));
        }

        /** Short-term scheduling off: every answer goes to Review, in days. */
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

        private Memory memoryAfter(Rating rating) {
            if (card.isNew()) {
                return formulas.initial(rating);
            }
            double r = formulas.retrievability(elapsedDays, card.stability());
            return formulas.next(new Memory(card.stability(), card.difficulty()), elapsedDays, rating, r);
        }

        private CardState afterStep(Memory memory, Rating rating, Phase stepPhase, int lapses) {
            Step step = step(rating);
            if (step.minutes() == 0) {
                return inReview(memory, interval(memory), lapses);
            }
            Instant due = now.plus(Duration.ofMinutes(step.minutes()));
            int days = (int) (step.minutes() / MINUTES_PER_DAY);
            return state(days > 0 ? Phase.REVIEW : stepPhase, step.next(), memory, due, days, lapses);
        }

        /** The step an answer leads to (ts-fsrs's learning-steps strategy); 0 minutes means "graduate". */
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

        private int interval(Memory memory) {
            long days = Math.round(memory.stability() * formulas.intervalModifier());
            int capped = (int) Math.min(Math.max(1, days), params.maximumInterval());
            return params.fuzz() ? Fuzz.apply(capped, elapsedDays, params.maximumInterval(), fuzzFactor) : capped;
        }
    }

    private record Step(long minutes, int next) {
        static final Step GRADUATE = new Step(0, 0);
    }

    private static long minutes(List<Duration> steps, int index) {
        return steps.get(index).toMinutes();
    }
}
