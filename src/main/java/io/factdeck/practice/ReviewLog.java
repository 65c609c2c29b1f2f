package io.factdeck.practice;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One answer, as it happened. Rows are only ever inserted (the database refuses updates). */
@Entity
@Table(name = "review_log")
public class ReviewLog extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "card_id")
    public Long cardId;

    @Column(name = "user_id")
    public Long userId;

    @Column(name = "question_id")
    public Long questionId;

    @Column(name = "session_id")
    public Long sessionId;

    public int rating;
    public Boolean correct;

    @Column(name = "answer_given")
    public String answerGiven;

    @Column(name = "time_taken_ms")
    public Integer timeTakenMs;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "elapsed_days")
    public int elapsedDays;

    @Column(name = "scheduled_days")
    public int scheduledDays;

    @Column(name = "state_before")
    public String stateBefore;

    @Column(name = "state_after")
    public String stateAfter;

    @Column(name = "stability_before")
    public Double stabilityBefore;

    @Column(name = "difficulty_before")
    public Double difficultyBefore;

    @Column(name = "stability_after")
    public double stabilityAfter;

    @Column(name = "difficulty_after")
    public double difficultyAfter;

    @Column(name = "due_after")
    public Instant dueAfter;
}
