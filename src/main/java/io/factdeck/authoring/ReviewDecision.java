package io.factdeck.authoring;

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

/** An instructor's decision on a fact or a question of their bank: rejected, or edited. */
@Entity
@Table(name = "review_decision")
public class ReviewDecision extends PanacheEntityBase {

    static final String FACT = "fact";
    static final String QUESTION = "question";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "bank_id")
    public Long bankId;

    @Column(name = "item_type")
    public String itemType;

    @Column(name = "item_key")
    public String itemKey;

    @Column(name = "document_key")
    public String documentKey;

    public String sentence;

    @Column(name = "fact_date")
    public String factDate;

    public boolean rejected;
    public String prompt;
    public String answer;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> options;

    public String explanation;

    @Column(name = "decided_by")
    public Long decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    public boolean isEdit() {
        return prompt != null;
    }
}
