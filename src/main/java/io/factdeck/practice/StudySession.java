package io.factdeck.practice;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What a student chose to study: banks, tags, kinds and a period, or only what is due; a retry session lists its
 * questions instead. Answers point back at their session, which gives the end-of-session summary.
 */
@Entity
@Table(name = "study_session")
public class StudySession extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "user_id")
    public Long userId;

    public String title;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "bank_ids")
    public List<Long> bankIds = List.of();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> tags = List.of();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> kinds = List.of();

    @Column(name = "period_from")
    public Integer periodFrom;

    @Column(name = "period_to")
    public Integer periodTo;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "question_ids")
    public List<Long> questionIds;

    @Column(name = "retry_of")
    public Long retryOf;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    /** Only due cards, never new ones ("everything due"). */
    @Column(name = "due_only")
    public boolean dueOnly;

    /** How quiz items are answered: {@code mixed}, {@code choose} or {@code type}. */
    @Column(name = "answer_mode")
    public String answerMode = "mixed";

    public boolean isRetry() {
        return questionIds != null;
    }
}
