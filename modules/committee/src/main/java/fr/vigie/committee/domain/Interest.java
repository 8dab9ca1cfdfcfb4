package fr.vigie.committee.domain;

import fr.vigie.platform.api.Stamp;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A member's declaration of interest in an organisation (employment, funding, shares, advice...).
 * Declarations are kept for the record: a declaration that ends is dated, never deleted, because the
 * recusals it caused must stay explainable.
 */
@Entity
@Table(schema = "committee", name = "interest")
public class Interest {
    static final int MAX_NATURE = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "member_id", nullable = false, updatable = false)
    private CommitteeMember member;

    @Column(name = "organisation_name", updatable = false)
    private String organisationName;

    /** The comparison key of the name (see {@link Organisations#nameKey}), indexed for the recusal queries. */
    @Column(name = "organisation_key", nullable = false, updatable = false)
    private String organisationKey;

    @Column(updatable = false)
    private String siren;

    @Column(nullable = false, updatable = false)
    private String nature;

    /** The organisation's record in the platform's directory (ADR 7); null while not linked. */
    @Column(name = "organisation_id", updatable = false)
    private Long organisationId;

    @Column(name = "declared_on", nullable = false, updatable = false)
    private LocalDate declaredOn;

    @Column(name = "declared_at", nullable = false, updatable = false)
    private Instant declaredAt;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    protected Interest() {
        // for JPA
    }

    Interest(CommitteeMember member, String organisationName, String siren, String nature, Stamp stamp) {
        this.member = member;
        this.organisationName = organisationName;
        this.organisationKey = Organisations.nameKey(organisationName);
        this.siren = siren;
        this.nature = nature;
        this.declaredOn = stamp.today();
        this.declaredAt = stamp.at();
    }

    /**
     * Whether this (current) declaration concerns the applicant organisation: by directory id when both are
     * linked, else by SIREN or name ({@link Organisations#sameOrganisation(Long, String, String, Long, String,
     * String)}).
     *
     * @param applicantId the applicant's directory id, null when not linked
     */
    public boolean concerns(Long applicantId, String applicantName, String applicantSiren) {
        return endedOn == null
                && Organisations.sameOrganisation(
                        organisationId, organisationName, siren, applicantId, applicantName, applicantSiren);
    }

    void end(LocalDate on) {
        this.endedOn = on;
    }

    /** How the declaration reads in a recusal record and the minutes, e.g. "Institut X (SIREN 123456782)". */
    public String describe() {
        String name = organisationName == null ? "" : organisationName;
        return siren == null ? name : (name.isEmpty() ? "SIREN " + siren : name + " (SIREN " + siren + ")");
    }

    public Long id() {
        return id;
    }

    public String organisationName() {
        return organisationName;
    }

    public String siren() {
        return siren;
    }

    public String nature() {
        return nature;
    }

    public LocalDate declaredOn() {
        return declaredOn;
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    public boolean isCurrent() {
        return endedOn == null;
    }

    /**
     * Links the declared interest to the organisation's record in the platform's directory (ADR 7). The copy
     * of the organisation's name and number stays as it was written.
     */
    public void referToDirectory(long directoryId) {
        this.organisationId = directoryId;
    }

    /** The directory id of the organisation, if linked. */
    public Optional<Long> organisationId() {
        return Optional.ofNullable(organisationId);
    }
}
