package fr.vigie.sanctions.domain;

import fr.vigie.platform.api.CaseRef;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * Where a sanction case comes from and when it was opened: a formal notice not complied with, an
 * inspection's proposal of referral, or neither (opened directly by the president).
 */
@Embeddable
public class Origin {
    @Column(name = "origin_notice")
    private String notice;

    @Column(name = "origin_inspection")
    private String inspection;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    protected Origin() {
        // for JPA
    }

    Origin(String notice, CaseRef inspection, LocalDate openedOn) {
        this.notice = notice;
        this.inspection = inspection == null ? null : inspection.toString();
        this.openedOn = openedOn;
    }

    /** The formal notice, else the inspection, as the timeline and the audit name the origin; null when none. */
    public String name() {
        return notice != null ? notice : inspection;
    }

    /** The reference of the formal notice not complied with; null when none. */
    public String notice() {
        return notice;
    }

    /** The originating inspection; null when none. */
    public CaseRef inspection() {
        return inspection == null ? null : CaseRef.parse(inspection);
    }

    public LocalDate openedOn() {
        return openedOn;
    }
}
