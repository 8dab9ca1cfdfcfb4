package fr.vigie.inspections.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** How many inspections the programme of a year plans on a theme (set by the head of inspections). */
@Entity
@Table(schema = "inspections", name = "programme_target")
@NamedQuery(
        name = "ProgrammeTarget.ofYear",
        query = "SELECT t FROM ProgrammeTarget t WHERE t.year = :year ORDER BY t.theme")
@NamedQuery(
        name = "ProgrammeTarget.one",
        query = "SELECT t FROM ProgrammeTarget t WHERE t.year = :year AND t.theme = :theme")
public class ProgrammeTarget {
    static final int MAX_TARGET = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "programme_year", nullable = false, updatable = false)
    private int year;

    @Column(nullable = false, updatable = false)
    private String theme;

    @Column(nullable = false)
    private int target;

    @Version
    private long version;

    protected ProgrammeTarget() {
        // for JPA
    }

    public ProgrammeTarget(int year, String theme, int target) {
        this.year = year;
        this.theme = theme;
        retarget(target);
    }

    public void retarget(int inspections) {
        if (inspections < 0 || inspections > MAX_TARGET) {
            throw InspectionException.onField("target", "programme.target.range", MAX_TARGET);
        }
        this.target = inspections;
    }

    public int year() {
        return year;
    }

    public String theme() {
        return theme;
    }

    public int target() {
        return target;
    }

    public long version() {
        return version;
    }
}
