package fr.vigie.complaints.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The cross-border case a complaint was joined to, as the crossborder module last announced it: the
 * complaint follows its case because the complainant keeps dealing with this authority only
 * (Regulation (EU) 2025/2518 Art. 3(3)). The stage and role are the crossborder module's names; the
 * complaints module shows them and never decides on them.
 */
@Embeddable
public class FollowedCrossBorderCase {
    @Column(name = "xb_case_reference")
    private String reference;

    @Column(name = "xb_case_stage")
    private String stage;

    @Column(name = "xb_case_role")
    private String role;

    @Column(name = "xb_case_stage_on")
    private LocalDate stageOn;

    protected FollowedCrossBorderCase() {
        // for JPA
    }

    FollowedCrossBorderCase(String reference, String stage, String role, LocalDate stageOn) {
        this.reference = Objects.requireNonNull(reference, "reference");
        this.stage = Objects.requireNonNull(stage, "stage");
        this.role = Objects.requireNonNull(role, "role");
        this.stageOn = Objects.requireNonNull(stageOn, "stageOn");
    }

    /** The case's reference, {@code TF-2027-000001}. */
    public String reference() {
        return reference;
    }

    public String stage() {
        return stage;
    }

    /** {@code LEAD} or {@code CONCERNED}: this authority's role in the case. */
    public String role() {
        return role;
    }

    /** The day of the act that brought the case to its stage. */
    public LocalDate stageOn() {
        return stageOn;
    }
}
