package fr.vigie.inspections.application;

import fr.vigie.complaints.api.ComplaintReferred;
import fr.vigie.complaints.api.Referral;
import fr.vigie.inspections.api.InspectionsModule;
import fr.vigie.inspections.domain.InspectionReference;
import fr.vigie.platform.api.audit.AuditRecord;
import fr.vigie.platform.api.audit.AuditTrail;
import fr.vigie.platform.api.retention.LegalHolds;
import fr.vigie.platform.api.security.SystemTasks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * A complaint closed as "referred to inspection" opens an inspection (origin COMPLAINT, keeping the
 * complaint's reference), in the closing transaction: both are committed or neither. The opening is
 * the system's act on the handler's decision, recorded as such in the inspection's audit trail; the
 * inspection refers to the directory organisation the complaint was linked to (no second enrolment by
 * SIREN), or is enrolled by its number when the complaint was not linked; the
 * theme is everyday digital uses until the head re-plans it, the quarter the current one. The
 * complaint is held (a legal hold of the retention schedule, docs/retention.md) until the
 * inspection closes.
 */
@ApplicationScoped
public class ComplaintReferralFollower {
    static final String DEFAULT_THEME = "EVERYDAY_DIGITAL";

    @Inject
    InspectionActs acts;

    @Inject
    SystemTasks systemTasks;

    @Inject
    AuditTrail audit;

    @Inject
    LegalHolds holds;

    void onReferred(@Observes ComplaintReferred referred) {
        if (referred.referral() != Referral.INSPECTION) {
            return;
        }
        LocalDate on = referred.decidedOn();
        InspectionReference reference = systemTasks.call(
                "inspection from complaint " + referred.complaint(),
                () -> acts.openFromReferral(
                        new NewInspectionForm(
                                "COMPLAINT",
                                referred.complaint().toString(),
                                "DOCUMENTS",
                                DEFAULT_THEME,
                                on.getYear(),
                                (on.getMonthValue() - 1) / 3 + 1,
                                referred.organisationName(),
                                referred.organisationId(),
                                referred.country(),
                                false,
                                false,
                                "Plainte " + referred.complaint().reference() + " orientée vers un contrôle : "
                                        + referred.reason(),
                                null,
                                null,
                                null,
                                null),
                        referred.organisationDirectoryId()));
        audit.record(AuditRecord.of(InspectionsModule.NAME, "INSPECTION_FROM_COMPLAINT")
                .onCase(reference.caseRef())
                .because(referred.reason())
                .changed("complaint", null, referred.complaint().toString())
                .changed("decidedBy", null, referred.decidedBy())
                .build());
        // The complaint is the inspection's origin: it stays whole while the inspection is open.
        systemTasks.run(
                "inspection from complaint " + referred.complaint(),
                () -> holds.place(
                        referred.complaint(),
                        LegalHolds.Kind.LINKED_CASE,
                        "Contrôle " + reference + " ouvert sur cette plainte"));
    }
}
