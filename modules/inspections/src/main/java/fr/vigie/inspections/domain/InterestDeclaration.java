package fr.vigie.inspections.domain;

import fr.vigie.platform.api.AppendOnly;
import fr.vigie.platform.api.Stamp;
import fr.vigie.platform.api.organisation.OrganisationNumber;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An inspector's declaration of an interest in an organisation (a former employer, a relative
 * working there...). It excludes the inspector from the organisation's inspections. Declarations
 * are never edited: a new one is added.
 */
@Entity
@Table(schema = "inspections", name = "interest_declaration")
@AppendOnly("a declaration of interest is recorded once, as declared; it is never edited")
@NamedQuery(name = "InterestDeclaration.all", query = "SELECT d FROM InterestDeclaration d ORDER BY d.inspector, d.id")
public class InterestDeclaration {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String inspector;

    @Column(name = "organisation_name", nullable = false, updatable = false)
    private String organisationName;

    @Column(name = "organisation_number", updatable = false)
    private String organisationNumber;

    @Column(nullable = false, updatable = false)
    private String statement;

    /** The organisation's record in the platform's directory (ADR 7); null while not linked. */
    @Column(name = "organisation_id", updatable = false)
    private Long organisationId;

    @Column(name = "declared_on", nullable = false, updatable = false)
    private LocalDate declaredOn;

    @Column(name = "declared_at", nullable = false, updatable = false)
    private Instant declaredAt;

    protected InterestDeclaration() {
        // for JPA
    }

    public InterestDeclaration(
            String inspector, String organisationName, String organisationNumber, String statement, Stamp stamp) {
        if (inspector == null || inspector.isBlank()) {
            throw InspectionException.onField("inspector", "interest.inspector.required");
        }
        if (organisationName == null || organisationName.isBlank()) {
            throw InspectionException.onField("organisationName", "organisation.name.required");
        }
        if (statement == null || statement.isBlank()) {
            throw InspectionException.onField("statement", "interest.statement.required");
        }
        if (statement.length() > 2000 || organisationName.length() > 300) {
            throw InspectionException.onField("statement", "text.tooLong", 2000);
        }
        this.inspector = inspector.strip();
        this.organisationName = organisationName.strip();
        this.organisationNumber = organisationNumber == null || organisationNumber.isBlank()
                ? null
                : OrganisationNumber.parse(organisationNumber, "organisationNumber")
                        .value();
        this.statement = statement.strip();
        this.declaredOn = stamp.today();
        this.declaredAt = stamp.at();
    }

    public Long id() {
        return id;
    }

    public String inspector() {
        return inspector;
    }

    public String organisationName() {
        return organisationName;
    }

    public String organisationNumber() {
        return organisationNumber;
    }

    public String statement() {
        return statement;
    }

    public LocalDate declaredOn() {
        return declaredOn;
    }

    /**
     * Whether this declaration excludes its author from inspecting {@code organisation}, the directory first
     * (ADR 7): when both the declaration and the inspection are linked to the platform's directory, the ids
     * alone decide (the same id however spelt or numbered; two different ids are two organisations, even with
     * the same name, as two different SIRENs are: the directory holds one record per SIREN). Otherwise the
     * SIREN, then the name, as declared ({@link Organisation#isConcernedBy}).
     *
     * @param organisationId the inspection's directory id, null when not linked
     */
    public boolean concerns(Long organisationId, Organisation organisation) {
        if (this.organisationId != null && organisationId != null) {
            return this.organisationId.equals(organisationId);
        }
        return organisation.isConcernedBy(organisationNumber, organisationName);
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
}
