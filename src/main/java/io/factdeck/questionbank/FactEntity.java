package io.factdeck.questionbank;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A fact of a stored bank, kept for the evidence shown after an answer and for source conflicts. */
@Entity
@Table(name = "fact")
public class FactEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "bank_id")
    public Long bankId;

    @Column(name = "fact_key")
    public String factKey;

    public String date;

    @Column(name = "date_text")
    public String dateText;

    /** How the date was read, when that is not obvious (a relative date and its anchor, a day-first date). */
    @Column(name = "date_note")
    public String dateNote;

    public String event;
    public String kind;
    public String modality;

    @Column(name = "document_key")
    public String documentKey;

    public String sentence;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "same_as")
    public List<String> sameAs;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> conflicts;
}
