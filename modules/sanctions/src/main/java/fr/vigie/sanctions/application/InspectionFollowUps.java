package fr.vigie.sanctions.application;

import fr.vigie.inspections.api.FollowUp;
import fr.vigie.inspections.api.InspectionClosedWithFollowUp;
import fr.vigie.inspections.api.PublishedFinding;
import fr.vigie.platform.api.Stamp;
import fr.vigie.platform.api.Stamps;
import fr.vigie.platform.api.audit.AuditTrail;
import fr.vigie.sanctions.domain.Breach;
import fr.vigie.sanctions.domain.CaseRepository;
import fr.vigie.sanctions.domain.FormalNotice;
import fr.vigie.sanctions.domain.NoticeRepository;
import fr.vigie.sanctions.domain.SanctionCase;
import fr.vigie.sanctions.domain.Undertaking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Takes over an inspection closed with a follow-up, in the closing transaction (the head of
 * inspections' act): a formal notice proposed becomes a draft for the president to sign; a
 * referral proposed becomes a case awaiting the president's referral. The findings become the
 * breaches; the team is kept, so that no inspector becomes rapporteur or judge.
 */
@ApplicationScoped
public class InspectionFollowUps {
    @Inject
    OrganisationLinks organisationLinks;

    @Inject
    NoticeRepository notices;

    @Inject
    CaseRepository cases;

    @Inject
    AuditTrail audit;

    @Inject
    SanctionEventLog eventLog;

    @Inject
    Stamps stamps;

    void onClosed(@Observes InspectionClosedWithFollowUp event) {
        take(event);
    }

    /** Returns the reference of the notice or case opened. */
    public String take(InspectionClosedWithFollowUp event) {
        Stamp stamp = stamps.now();
        Undertaking undertaking =
                // the inspection's event does not say where the organisation is established: taken as France
                new Undertaking(event.organisationName(), event.organisationNumber(), null, null, null, false);
        List<Breach> breaches =
                event.findings().stream().map(InspectionFollowUps::breach).toList();
        if (event.followUp() == FollowUp.FORMAL_NOTICE_PROPOSED) {
            FormalNotice n = new FormalNotice(
                    notices.nextReference(stamp.today().getYear()),
                    undertaking,
                    breaches,
                    null,
                    null,
                    event.inspection(),
                    event.team(),
                    stamp);
            organisationLinks.link(n);
            notices.store(n);
            notices.flush();
            audit.record(SanctionAudit.of("FORMAL_NOTICE_PREPARED", n.caseRef(), event.reason())
                    .changed("origin", null, event.inspection())
                    .build());
            return n.reference();
        }
        SanctionCase c = new SanctionCase(
                cases.nextReference(stamp.today().getYear()),
                undertaking,
                breaches,
                null,
                event.inspection(),
                event.team(),
                stamp);
        organisationLinks.link(c);
        cases.store(c);
        cases.flush();
        eventLog.write(c, event.reason());
        return c.reference();
    }

    private static Breach breach(PublishedFinding f) {
        return new Breach(f.article(), f.severity().name(), f.description());
    }
}
