package io.factdeck.authoring;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A document an instructor uploaded or pasted, kept so that its bank can be processed again. */
@Entity
@Table(name = "source_document")
public class UploadedDocument extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "bank_id")
    public Long bankId;

    @Column(name = "document_key")
    public String documentKey;

    public String title;
    public String body;

    @Column(name = "uploaded_by")
    public Long uploadedBy;

    @Column(name = "uploaded_at", insertable = false, updatable = false)
    public OffsetDateTime uploadedAt;
}
