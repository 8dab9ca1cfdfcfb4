package fr.vigie.sanctions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * The published version of a decision: when it was published, the organisation's name it shows
 * and the day that name is removed ({@link SanctionCase#ANONYMISED} replaces it).
 */
@Embeddable
public class Publication {
    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Column(name = "published_name")
    private String publishedName;

    @Column(name = "anonymise_on")
    private LocalDate anonymiseOn;

    @Column(name = "anonymised_on")
    private LocalDate anonymisedOn;

    protected Publication() {
        // for JPA
    }

    static Publication none() {
        return new Publication();
    }

    /** Published {@code today} under {@code name}; the anonymisation day must be in the future. */
    static Publication of(String name, LocalDate today, LocalDate anonymiseDay) {
        if (anonymiseDay == null || !anonymiseDay.isAfter(today)) {
            throw SanctionsException.onField("anonymiseOn", "publish.anonymiseOn.future");
        }
        Publication p = new Publication();
        p.publishedOn = today;
        p.publishedName = name;
        p.anonymiseOn = anonymiseDay;
        return p;
    }

    /** True when the published version is due for anonymisation on {@code today}. */
    public boolean dueForAnonymisation(LocalDate today) {
        return publishedOn != null && anonymisedOn == null && !today.isBefore(anonymiseOn);
    }

    /** The name removed {@code today}; refused when not due. */
    Publication anonymised(LocalDate today) {
        if (!dueForAnonymisation(today)) {
            throw SanctionsException.refused("anonymise.notDue", anonymiseOn);
        }
        Publication p = new Publication();
        p.publishedOn = publishedOn;
        p.publishedName = SanctionCase.ANONYMISED;
        p.anonymiseOn = anonymiseOn;
        p.anonymisedOn = today;
        return p;
    }

    public boolean isPublished() {
        return publishedOn != null;
    }

    public LocalDate publishedOn() {
        return publishedOn;
    }

    public String publishedName() {
        return publishedName;
    }

    public LocalDate anonymiseOn() {
        return anonymiseOn;
    }

    public LocalDate anonymisedOn() {
        return anonymisedOn;
    }
}
