package io.factdeck.questionbank;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A stored question. Its {@code questionKey} is the stable id from the bank file; students' cards point at the row
 * id, which never changes for a key, so a reworded question keeps everyone's progress.
 */
@Entity
@Table(name = "question")
public class QuestionEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "bank_id")
    public Long bankId;

    @Column(name = "question_key")
    public String questionKey;

    public String kind;
    public String prompt;
    public String answer;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> accept;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> options;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "fact_keys")
    public List<String> factKeys;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> tags;

    public String explanation;

    /** For order questions, the events in chronological order (the key). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> items;

    /** For true-false questions, the statement judged. */
    public String statement;

    /** For cloze cards, the back: the answer, the evidence sentence and its source. */
    public String back;

    @Column(name = "content_hash")
    public String contentHash;

    @Column(name = "retired_at")
    public OffsetDateTime retiredAt;

    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public boolean isRetired() {
        return retiredAt != null;
    }

    /** The question as the pure model sees it (for exports and for the order in which items are shown). */
    public Question toQuestion() {
        return new Question(
                questionKey,
                QuestionKind.fromYaml(kind).orElseThrow(() -> new IllegalStateException("unknown kind " + kind)),
                prompt,
                answer,
                accept,
                options,
                items,
                statement,
                back,
                factKeys,
                explanation,
                tags);
    }

    /** Copies a question's content into this row; the key and the row id never change. */
    void copyFrom(Question q) {
        kind = q.kind().yamlName();
        prompt = q.prompt();
        answer = q.answer();
        accept = q.accept();
        options = q.options();
        items = q.items();
        statement = q.statement();
        back = q.back();
        factKeys = q.facts();
        explanation = q.explanation();
        tags = q.tags();
        contentHash = hash(q);
    }

    /** A fingerprint of everything a student sees, to tell a changed question from an unchanged one. */
    static String hash(Question q) {
        String joined = String.join(
                "\u0001",
                q.kind().yamlName(),
                q.prompt(),
                q.answer(),
                String.join("\u0002", q.accept()),
                String.join("\u0002", q.options()),
                String.join("\u0002", q.items()),
                String.valueOf(q.statement()),
                String.valueOf(q.back()),
                String.join("\u0002", q.facts()),
                q.explanation(),
                String.join("\u0002", q.tags()));
        return Hashes.sha256(joined);
    }
}
