package io.factdeck.questionbank;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A source document of a bank, as cited in explanations and feedback. */
@Entity
@Table(name = "bank_document")
public class BankDocumentEntity extends PanacheEntityBase {

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "bank_id")
        public Long bankId;

        @Column(name = "document_key")
        public String documentKey;

        public Key() {}

        public Key(Long bankId, String documentKey) {
            this.bankId = bankId;
            this.documentKey = documentKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(bankId, k.bankId) && Objects.equals(documentKey, k.documentKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(bankId, documentKey);
        }
    }

    @EmbeddedId
    public Key key;

    public String title;
    public String publisher;

    @Column(name = "published_on")
    public String publishedOn;

    public String url;
}
