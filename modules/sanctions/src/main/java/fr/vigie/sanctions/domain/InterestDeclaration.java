package fr.vigie.sanctions.domain;

import fr.vigie.platform.api.Stamp;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A committee member's declaration of an interest in an organisation (by SIREN, or by name for a
 * foreign one): the member is recused from every case of that organisation or its group ({@link
 * #concerns}; candidates read by {@code CaseRepository.interestedIn}).
 */
@Entity
@Table(schema = "sanctions", name = "interest_declaration")
public class InterestDeclaration {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member", nullable = false)
    private String member;

    @Column(name = "organisation_number")
    private String organisationNumber;

    @Column(name = "organisation_name")
    private String organisationName;

    @Column(name = "description")
    private String description;

    @Column(name = "declared_on", nullable = false)
    private LocalDate declaredOn;

    /** The organisation's record in the platform's directory (ADR 7); null while not linked. */
    @Column(name = "organisation_id")
    private Long organisationId;

    @Version
    private long version;

    protected InterestDeclaration() {
        // for JPA
    }

    public InterestDeclaration(String organisationNumber, String organisationName, String description, Stamp stamp) {
        if ((organisationNumber == null || organisationNumber.isBlank())
                && (organisationName == null || organisationName.isBlank())) {
            throw SanctionsException.onField("organisationNumber", "interest.organisation.required");
        }
        this.member = stamp.actor();
        this.organisationNumber = organisationNumber == null || organisationNumber.isBlank()
                ? null
                : fr.vigie.platform.api.organisation.OrganisationNumber.parse(organisationNumber, "organisationNumber")
                        .siren()
                        .value();
        this.organisationName =
                organisationName == null || organisationName.isBlank() ? null : organisationName.strip();
        this.description = description;
        this.declaredOn = stamp.today();
    }

    public Long id() {
        return id;
    }

    public String member() {
        return member;
    }

    public String organisationNumber() {
        return organisationNumber;
    }

    public String organisationName() {
        return organisationName;
    }

    public String description() {
        return description;
    }

    public LocalDate declaredOn() {
        return declaredOn;
    }

    /**
     * Links the declaration to the organisation's record in the platform's directory (ADR 7). The copy
     * of the organisation's name and number stays as it was written.
     */
    public void referToDirectory(long directoryId) {
        this.organisationId = directoryId;
    }

    /** The directory id of the organisation, if linked. */
    public Optional<Long> organisationId() {
        return Optional.ofNullable(organisationId);
    }

    /**
     * Whether this declaration recuses its member from a case about {@code undertaking}.
     *
     * <ol>
     *   <li>An interest in the undertaking's group (the declared name is its group name, letter case aside)
     *       always recuses: the group is not the case's directory record, so no id can decide it.
     *   <li>When both the declaration and the case are linked to the platform's directory (ADR 7), the ids
     *       decide: the same id recuses however each side spelt or numbered it; two different ids are two
     *       organisations and do not recuse by name or number (the directory is authoritative and holds one
     *       record per SIREN; a wrong match is corrected there).
     *   <li>Otherwise, as declared: the case's SIREN/SIRET starts with the declared SIREN, or the same name,
     *       letter case aside (even under different SIRENs: this module has always recused by name too).
     * </ol>
     *
     * @param caseOrganisationId the case's directory id, null when not linked
     */
    public boolean concerns(Long caseOrganisationId, Undertaking undertaking) {
        if (organisationName != null && organisationName.equalsIgnoreCase(undertaking.groupName())) {
            return true;
        }
        if (organisationId != null && caseOrganisationId != null) {
            return organisationId.equals(caseOrganisationId);
        }
        if (organisationNumber != null
                && undertaking.number() != null
                && undertaking.number().startsWith(organisationNumber)) {
            return true;
        }
        return organisationName != null && organisationName.equalsIgnoreCase(undertaking.name());
    }
}
