package io.factdeck.questionbank;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;

/** A stored question bank: imported from {@code questions/<slug>/}, or an instructor's own. */
@Entity
@Table(name = "bank")
public class BankEntity extends PanacheEntityBase {

    public static final String ORIGIN_FILE = "file";
    public static final String ORIGIN_UPLOAD = "upload";
    public static final String ORIGIN_GIFT = "gift";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;
    public String title;
    public String description;
    public String origin;

    /** The instructor who owns the bank; null for banks that come from the repository. */
    @Column(name = "owner_id")
    public Long ownerId;

    public boolean published;

    /** A hash of the files last imported, so that an unchanged bank is not touched again. */
    @Column(name = "content_hash")
    public String contentHash;

    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public static Optional<BankEntity> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
