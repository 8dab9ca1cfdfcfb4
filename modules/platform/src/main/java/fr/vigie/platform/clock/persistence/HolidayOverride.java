package fr.vigie.platform.clock.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One exception of the administrator to the national holidays: a day added, or a holiday removed. */
@Entity
@Table(schema = "platform", name = "holiday_override")
@NamedQuery(name = "HolidayOverride.all", query = "SELECT h FROM HolidayOverride h ORDER BY h.day")
@NamedQuery(name = "HolidayOverride.onDay", query = "SELECT h FROM HolidayOverride h WHERE h.day = :day")
public class HolidayOverride {

    /** Added as a holiday, or a national holiday removed (worked). */
    public enum Kind {
        ADDED,
        REMOVED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(updatable = false)
    private String name;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected HolidayOverride() {
        // for JPA
    }

    public HolidayOverride(LocalDate day, Kind kind, String name, String reason, String createdBy, Instant createdAt) {
        this.day = day;
        this.kind = kind;
        this.name = name;
        this.reason = reason;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public LocalDate day() {
        return day;
    }

    public Kind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public String reason() {
        return reason;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
