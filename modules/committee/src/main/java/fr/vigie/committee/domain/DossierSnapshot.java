package fr.vigie.committee.domain;

import fr.vigie.committee.api.DossierForReview;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What members see of a referred dossier, as the dossiers module described it at the last referral.
 * The committee never reads the dossiers' tables: this copy is its only view of them, so a new
 * referral replaces it whole ({@link #of(DossierForReview)}). The documents' list stays on
 * {@link Review} (a collection table of its own).
 */
@Embeddable
public class DossierSnapshot {
    static final int MAX_TITLE = 500;
    static final int MAX_APPLICANT = 300;
    static final int MAX_PURPOSE = 4000;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "procedure")
    private String procedure;

    @Column(name = "purpose")
    private String purpose;

    @Column(name = "applicant_name", nullable = false)
    private String applicantName;

    /** {@link Organisations#nameKey(String)} of the name: how declared interests find the review. */
    @Column(name = "applicant_key", nullable = false)
    private String applicantKey;

    @Column(name = "applicant_siren")
    private String applicantSiren;

    @Column(name = "principal_investigator")
    private String principalInvestigator;

    @Column(name = "opinion_due_date")
    private LocalDate opinionDueDate;

    @Column(name = "instructor")
    private String instructor;

    protected DossierSnapshot() {
        // for JPA
    }

    /** The checked copy of a referral: refuses a blank or overlong title or applicant, an overlong purpose, a wrong SIREN. */
    public static DossierSnapshot of(DossierForReview d) {
        if (d.title().isBlank() || d.title().length() > MAX_TITLE) {
            throw CommitteeException.onField("title", "review.title.invalid", MAX_TITLE);
        }
        if (d.applicantOrganisation().isBlank() || d.applicantOrganisation().length() > MAX_APPLICANT) {
            throw CommitteeException.onField("applicantOrganisation", "review.applicant.invalid", MAX_APPLICANT);
        }
        if (d.purpose() != null && d.purpose().length() > MAX_PURPOSE) {
            throw CommitteeException.onField("purpose", "text.tooLong", MAX_PURPOSE);
        }
        DossierSnapshot s = new DossierSnapshot();
        s.title = d.title().strip();
        s.procedure = d.procedure();
        s.purpose = d.purpose();
        s.applicantName = d.applicantOrganisation().strip();
        s.applicantKey = Organisations.nameKey(s.applicantName);
        s.applicantSiren = Organisations.siren(d.applicantSiren(), "applicantSiren");
        s.principalInvestigator = d.principalInvestigator();
        s.opinionDueDate = d.opinionDueDate();
        s.instructor = d.instructor();
        return s;
    }

    public String title() {
        return title;
    }

    public String procedure() {
        return procedure;
    }

    public String purpose() {
        return purpose;
    }

    public String applicantName() {
        return applicantName;
    }

    public String applicantKey() {
        return applicantKey;
    }

    public String applicantSiren() {
        return applicantSiren;
    }

    public String principalInvestigator() {
        return principalInvestigator;
    }

    public LocalDate opinionDueDate() {
        return opinionDueDate;
    }

    public String instructor() {
        return instructor;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DossierSnapshot s
                && Objects.equals(title, s.title)
                && Objects.equals(procedure, s.procedure)
                && Objects.equals(purpose, s.purpose)
                && Objects.equals(applicantName, s.applicantName)
                && Objects.equals(applicantSiren, s.applicantSiren)
                && Objects.equals(principalInvestigator, s.principalInvestigator)
                && Objects.equals(opinionDueDate, s.opinionDueDate)
                && Objects.equals(instructor, s.instructor);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, applicantName, applicantSiren, opinionDueDate);
    }
}
