package fr.vigie.dossiers.application;

import fr.vigie.committee.api.CommitteeOpinionAdopted;
import fr.vigie.dossiers.api.DossiersModule;
import fr.vigie.dossiers.domain.ClockIds;
import fr.vigie.dossiers.domain.Dossier;
import fr.vigie.dossiers.domain.DossierReference;
import fr.vigie.dossiers.domain.DossierRepository;
import fr.vigie.dossiers.domain.Opinion;
import fr.vigie.dossiers.domain.Procedure;
import fr.vigie.platform.api.Stamp;
import fr.vigie.platform.api.Stamps;
import fr.vigie.platform.api.audit.AuditTrail;
import fr.vigie.platform.api.clock.ClockView;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Records the committee's adopted opinion on the dossier, in the committee's transaction (so
 * both commit or neither): the opinion clock is met and, in the national procedure, the
 * authority's decision period starts. Open to any caller: only the committee module publishes
 * {@link CommitteeOpinionAdopted}, after its own role checks (chair or secretary).
 */
@Stateless
@PermitAll
public class CommitteeOpinions {
    private static final Logger LOG = Logger.getLogger(CommitteeOpinions.class.getName());

    @Inject
    DossierRepository dossiers;

    @Inject
    DossierClocks clocks;

    @Inject
    AuditTrail audit;

    @Inject
    DossierEventLog log;

    @Inject
    Stamps stamps;

    public void record(CommitteeOpinionAdopted adopted) {
        if (!DossiersModule.NAME.equals(adopted.dossier().module())) {
            return;
        }
        String reference = adopted.dossier().reference();
        Optional<Dossier> found = dossiers.find(new DossierReference(reference));
        if (found.isEmpty()) {
            // The committee also reviews dossiers referred by other instruction systems (its REST API):
            // their opinion is theirs to record, the committee keeps it in its own history.
            LOG.info(() ->
                    "Committee opinion on " + adopted.dossier() + ", a dossier not instructed here: nothing to record");
            return;
        }
        Dossier d = found.get();
        boolean expected = d.committeeOpinion().opinion() == null
                && (d.procedure() == Procedure.NATIONAL
                        ? d.status() == fr.vigie.dossiers.domain.DossierStatus.COMMITTEE_REVIEW
                        : d.status().isBeforeDecision());
        if (!expected) {
            // E.g. the opinion came after a tacit opinion or after the decision: kept in the audit trail only.
            audit.record(DossierAudit.of("DOSSIER_LATE_OPINION_IGNORED", d, adopted.reasoning())
                    .changed("opinion", null, adopted.kind())
                    .changed("status", null, d.status())
                    .build());
            return;
        }
        Stamp stamp = stamps.now();
        Opinion opinion = Opinion.valueOf(adopted.kind().name());
        String text = adopted.reservations() == null || adopted.reservations().isBlank()
                ? adopted.reasoning()
                : adopted.reasoning() + "\nRéserves : " + adopted.reservations();
        d.recordOpinion(opinion, text, adopted.adoptedOn(), stamp);
        clocks.meet(d.clocks().opinion(), adopted.adoptedOn(), "Avis adopté en séance " + adopted.session());
        if (d.procedure() == Procedure.NATIONAL) {
            ClockView decision = clocks.start(d, DossierClocks.AUTHORISATION, adopted.adoptedOn());
            d.clocksAre(ClockIds.decision(decision.id().value()));
            d.stageDueOn(decision.dueDate());
        }
        dossiers.flush();
        // the audit keeps the committee's reasoning (without the reservations) and who adopted it, in which session
        log.write(
                d,
                DossierEventLog.Addendum.because(adopted.reasoning())
                        .and("session", adopted.session())
                        .and("adoptedBy", adopted.adoptedBy()));
    }
}
