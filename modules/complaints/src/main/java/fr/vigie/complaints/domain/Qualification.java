package fr.vigie.complaints.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The handler's qualification: is the complaint admissible, is the authority competent, is the
 * processing cross-border and, if so, which authority leads (GDPR Art. 56). A complaint that is
 * inadmissible, outside the authority's competence or led by another authority can only be
 * closed accordingly (see {@link Complaint#close}).
 */
@Embeddable
public class Qualification {
    @Column(name = "admissible")
    private Boolean admissible;

    @Column(name = "competent")
    private Boolean competent;

    @Column(name = "cross_border")
    private Boolean crossBorder;

    /** ISO country code of the lead supervisory authority (FR when the authority itself leads). */
    @Column(name = "lead_authority")
    private String leadAuthority;

    protected Qualification() {
        // for JPA
    }

    public Qualification(boolean admissible, boolean competent, boolean crossBorder, String leadAuthority) {
        String lead = leadAuthority == null || leadAuthority.isBlank()
                ? null
                : leadAuthority.strip().toUpperCase(java.util.Locale.ROOT);
        if (crossBorder && lead == null) {
            throw ComplaintException.onField("leadAuthority", "qualification.leadAuthority.required");
        }
        if (lead != null
                && !java.util.Set.of(java.util.Locale.getISOCountries()).contains(lead)) {
            throw ComplaintException.onField("leadAuthority", "organisation.country.invalid", leadAuthority);
        }
        this.admissible = admissible;
        this.competent = competent;
        this.crossBorder = crossBorder;
        this.leadAuthority = crossBorder ? lead : null;
    }

    public boolean admissible() {
        return Boolean.TRUE.equals(admissible);
    }

    public boolean competent() {
        return Boolean.TRUE.equals(competent);
    }

    public boolean crossBorder() {
        return Boolean.TRUE.equals(crossBorder);
    }

    public String leadAuthority() {
        return leadAuthority;
    }

    /** Another authority leads the case (GDPR Art. 56): the complaint is transferred, not instructed here. */
    public boolean ledElsewhere() {
        return crossBorder() && !"FR".equals(leadAuthority);
    }

    /** Whether the complaint can be instructed here. */
    public boolean instructable() {
        return admissible() && competent() && !ledElsewhere();
    }

    @Override
    public String toString() {
        return "admissible=" + admissible() + ", competent=" + competent() + ", crossBorder=" + crossBorder()
                + (leadAuthority == null ? "" : ", lead=" + leadAuthority);
    }
}
