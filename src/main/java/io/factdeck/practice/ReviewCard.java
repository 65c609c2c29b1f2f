package io.factdeck.practice;

import io.factdeck.scheduling.CardState;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/**
 * One student's scheduling state for one question. This is the storage side of {@link CardState}: the two
 * conversions below are the only place where columns and scheduler values meet.
 */
@Entity
@Table(name = "review_card")
public class ReviewCard extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "user_id")
    public Long userId;

    @Column(name = "question_id")
    public Long questionId;

    public String state;
    public int step;
    public Double stability;
    public Double difficulty;
    public Instant due;

    @Column(name = "last_review")
    public Instant lastReview;

    @Column(name = "scheduled_days")
    public int scheduledDays;

    public int reps;
    public int lapses;

    /** Bumped by every answer; see {@link PracticeService#answer}. */
    public int version;

    public CardState toState() {
        CardState.Phase phase = CardState.Phase.valueOf(state.toUpperCase(Locale.ROOT));
        boolean isNew = phase == CardState.Phase.NEW;
        return new CardState(
                phase,
                step,
                isNew || stability == null ? 0 : stability,
                isNew || difficulty == null ? 0 : difficulty,
                due,
                lastReview,
                scheduledDays,
                reps,
                lapses);
    }

    public void apply(CardState next) {
        state = stateName(next.phase());
        step = next.step();
        stability = next.phase() == CardState.Phase.NEW ? null : next.stability();
        difficulty = next.phase() == CardState.Phase.NEW ? null : next.difficulty();
        due = next.due();
        lastReview = next.lastReview();
        scheduledDays = next.scheduledDays();
        reps = next.reps();
        lapses = next.lapses();
    }

    static String stateName(CardState.Phase phase) {
        return phase.name().toLowerCase(Locale.ROOT);
    }
}
