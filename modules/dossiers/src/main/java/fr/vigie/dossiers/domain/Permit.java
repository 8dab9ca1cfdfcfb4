package fr.vigie.dossiers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The data permit (or the authorisation under loi 78-17) a dossier was granted, with its Art. 68(10)
 * terms: when it was issued, until when it runs, its conditions, its rendered document and its one
 * extension (Art. 68(12)). Mapped to the dossier's {@code permit_*} and {@code expired_on} columns.
 * A dossier without a permit holds {@link #none()}. Changed only by the dossier's verbs, through the
 * methods below, which return a new value.
 */
@Embeddable
public class Permit {
    @Column(name = "permit_issued_on")
    private LocalDate issuedOn;

    @Column(name = "permit_expires_on")
    private LocalDate expiresOn;

    @Column(name = "permit_conditions")
    private String conditions;

    @Column(name = "permit_document")
    @Convert(converter = UuidText.class)
    private UUID document;

    @Column(name = "permit_extended", nullable = false)
    private boolean extended;

    /** The day the permit expired: its term (not the day the expiry was recorded); null while it runs. */
    @Column(name = "expired_on")
    private LocalDate expiredOn;

    protected Permit() {
        // for JPA
    }

    private Permit(
            LocalDate issuedOn,
            LocalDate expiresOn,
            String conditions,
            UUID document,
            boolean extended,
            LocalDate expiredOn) {
        this.issuedOn = issuedOn;
        this.expiresOn = expiresOn;
        this.conditions = conditions;
        this.document = document;
        this.extended = extended;
        this.expiredOn = expiredOn;
    }

    /** No permit (yet): every column empty, the extension flag false. */
    public static Permit none() {
        return new Permit(null, null, null, null, false, null);
    }

    /** A permit issued {@code on} a day, running to {@code expiresOn} (see {@link #checkTerm}); conditions are stripped. */
    static Permit issued(LocalDate on, LocalDate expiresOn, String conditions) {
        return new Permit(on, expiresOn, conditions == null ? null : conditions.strip(), null, false, null);
    }

    /** Refuses a term that does not end after {@code from} or that ends after {@code latestEnd} (null: none). */
    static void checkTerm(LocalDate from, LocalDate expiresOn, LocalDate latestEnd) {
        if (expiresOn == null) {
            throw DossierException.onField("expiresOn", "permit.expiresOn.required");
        }
        if (!expiresOn.isAfter(from)) {
            throw DossierException.onField("expiresOn", "permit.expiresOn.past");
        }
        if (latestEnd != null && expiresOn.isAfter(latestEnd)) {
            throw DossierException.onField("expiresOn", "permit.expiresOn.tooLong", latestEnd);
        }
    }

    /** Refuses conditions longer than a long answer of the application. */
    static void checkConditions(String conditions) {
        if (conditions != null && conditions.length() > ApplicationForm.LONG) {
            throw DossierException.onField("conditions", "text.tooLong", ApplicationForm.LONG);
        }
    }

    /** The permit with new conditions (an amendment); blank conditions are refused. */
    Permit amended(String newConditions) {
        if (newConditions == null || newConditions.isBlank()) {
            throw DossierException.onField("conditions", "permit.conditions.required");
        }
        return new Permit(issuedOn, expiresOn, newConditions.strip(), document, extended, expiredOn);
    }

    /**
     * The permit extended to {@code newExpiry}: asked on {@code today}, at the latest on
     * {@code lastDayToAsk} (null: no such period), and not beyond {@code latestEnd} (null: no maximum).
     */
    Permit extendedTo(LocalDate newExpiry, LocalDate today, LocalDate lastDayToAsk, LocalDate latestEnd) {
        if (lastDayToAsk != null && today.isAfter(lastDayToAsk)) {
            throw DossierException.refused("permit.extend.tooLate", lastDayToAsk, expiresOn);
        }
        if (newExpiry == null || !newExpiry.isAfter(expiresOn)) {
            throw DossierException.onField("expiresOn", "permit.extend.notLater", expiresOn);
        }
        if (latestEnd != null && newExpiry.isAfter(latestEnd)) {
            throw DossierException.onField("expiresOn", "permit.expiresOn.tooLong", latestEnd);
        }
        return new Permit(issuedOn, newExpiry, conditions, document, true, expiredOn);
    }

    /** The permit expired on its term; refused on {@code today} before that term. */
    Permit expiredAsOf(LocalDate today) {
        if (today.isBefore(expiresOn)) {
            throw DossierException.refused("permit.expire.early", expiresOn);
        }
        return new Permit(issuedOn, expiresOn, conditions, document, extended, expiresOn);
    }

    /** The permit with its rendered document. */
    Permit withDocument(UUID newDocument) {
        return new Permit(issuedOn, expiresOn, conditions, newDocument, extended, expiredOn);
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    public String conditions() {
        return conditions;
    }

    public UUID document() {
        return document;
    }

    public boolean extended() {
        return extended;
    }

    /** The day the permit expired: its term (not the day the expiry was recorded); null while it runs. */
    public LocalDate expiredOn() {
        return expiredOn;
    }
}
