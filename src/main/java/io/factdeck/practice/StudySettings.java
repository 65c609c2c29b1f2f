package io.factdeck.practice;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** A student's study preferences. A student without a row studies with the defaults. */
@Entity
@Table(name = "study_settings")
public class StudySettings extends PanacheEntityBase {

    public static final BigDecimal DEFAULT_RETENTION = new BigDecimal("0.90");
    public static final int DEFAULT_NEW_PER_DAY = 20;
    public static final int DEFAULT_ROLLOVER_HOUR = 4;

    @Id
    @Column(name = "user_id")
    public Long userId;

    @Column(name = "desired_retention")
    public BigDecimal desiredRetention = DEFAULT_RETENTION;

    @Column(name = "new_per_day")
    public int newPerDay = DEFAULT_NEW_PER_DAY;

    @Column(name = "time_zone")
    public String timeZone = "UTC";

    @Column(name = "rollover_hour")
    public int rolloverHour = DEFAULT_ROLLOVER_HOUR;

    public boolean shortcuts = true;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @jakarta.persistence.PrePersist
    @jakarta.persistence.PreUpdate
    void touch() {
        updatedAt = OffsetDateTime.now();
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** The stored settings, or unsaved defaults. */
    public static StudySettings forUser(long userId) {
        StudySettings settings = findById(userId);
        if (settings == null) {
            settings = new StudySettings();
            settings.userId = userId;
        }
        return settings;
    }
}
