package fr.vigie.dossiers.application;

import fr.vigie.dossiers.domain.ClockIds;
import fr.vigie.dossiers.domain.Dossier;
import fr.vigie.dossiers.domain.DossierReference;
import fr.vigie.dossiers.domain.DossierRepository;
import fr.vigie.dossiers.domain.DossierStatus;
import fr.vigie.dossiers.domain.Procedure;
import fr.vigie.platform.api.Stamp;
import fr.vigie.platform.api.Stamps;
import fr.vigie.platform.api.clock.ClockView;
import fr.vigie.platform.api.security.SystemTasks;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * What the law makes of silence. In the national procedure (loi 78-17): when the committee lets
 * its month pass, its opinion is deemed favourable; when the authority lets its period pass, the
 * authorisation is deemed given. Both are recorded as TACIT (never as an explicit act), audited,
 * and the procedure moves on. Under the EHDS (Art. 67): when the applicant lets the 4 weeks to
 * complete an incomplete application pass, the application is deemed withdrawn (LAPSED) and ends.
 * Each runs in its own transaction after the clock's expiry was committed, and acts only if the
 * dossier still waits for that very clock (a later act or a new round makes a late announcement
 * a no-op).
 *
 * <p>The outcome is the law's, not a person's: every method runs as a platform system task
 * ({@link SystemTasks}), so the dossier's history and the audit trail name {@code system}, whoever
 * triggered it (the hourly status job, an administrator's "run now", or an instructor opening a
 * dossier whose breach was missed), and the platform's clocks accept the caller. {@code @PermitAll}
 * because the status job reaches it with no signed-in user; only in-application callers can
 * (it has no REST or page entry point), and it only applies what the clock already established.
 */
@Stateless
@PermitAll
public class TacitOutcomes {
    private static final Logger LOG = Logger.getLogger(TacitOutcomes.class.getName());
    static final String TACIT_OPINION_REASON =
            "Avis tacite favorable : le comité ne s'est pas prononcé dans le délai d'un mois";
    static final String LAPSE_REASON =
            "Demande réputée retirée : le demandeur ne l'a pas complétée dans le délai de l'art. 67 (EHDS)";

    @Inject
    DossierRepository dossiers;

    @Inject
    DossierClocks clocks;

    @Inject
    CommitteeLink committee;

    @Inject
    DossierEventLog log;

    @Inject
    Stamps stamps;

    @Inject
    SystemTasks systemTasks;

    /** The committee's clock {@code clockId} of dossier {@code reference} was breached. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void committeeSilent(DossierReference reference, long clockId) {
        systemTasks.run(
                "tacit favourable opinion of dossier " + reference, () -> recordTacitOpinion(reference, clockId));
    }

    private void recordTacitOpinion(DossierReference reference, long clockId) {
        Optional<Dossier> found = national(reference);
        if (found.isEmpty()) {
            return;
        }
        Dossier d = found.get();
        if (d.status() != DossierStatus.COMMITTEE_REVIEW
                || d.committeeOpinion().opinion() != null
                || !Long.valueOf(clockId).equals(d.clocks().opinion())) {
            return;
        }
        Stamp stamp = stamps.now();
        LocalDate periodEnd = clocks.view(clockId).map(ClockView::dueDate).orElse(stamp.today());
        d.recordTacitOpinion(periodEnd, stamp);
        clocks.stop(clockId, stamp.today(), TACIT_OPINION_REASON);
        ClockView decision = clocks.start(d, DossierClocks.AUTHORISATION, periodEnd);
        d.clocksAre(ClockIds.decision(decision.id().value()));
        d.stageDueOn(decision.dueDate());
        committee.withdraw(d, "Avis tacite favorable (silence du comité au-delà d'un mois)");
        dossiers.flush();
        log.write(d);
        LOG.info(() -> "Tacit favourable opinion recorded on " + reference);
    }

    /** The authority's decision clock {@code clockId} of dossier {@code reference} was breached. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void authoritySilent(DossierReference reference, long clockId) {
        systemTasks.run(
                "tacit authorisation of dossier " + reference, () -> recordTacitAuthorisation(reference, clockId));
    }

    private void recordTacitAuthorisation(DossierReference reference, long clockId) {
        Optional<Dossier> found = national(reference);
        if (found.isEmpty()) {
            return;
        }
        Dossier d = found.get();
        if (d.status() != DossierStatus.DECISION_PENDING
                || !Long.valueOf(clockId).equals(d.clocks().decision())) {
            return;
        }
        Stamp stamp = stamps.now();
        LocalDate periodEnd = clocks.view(clockId).map(ClockView::dueDate).orElse(stamp.today());
        d.recordTacitAuthorisation(periodEnd, stamp);
        clocks.stop(clockId, stamp.today(), "Autorisation tacite : silence de l'autorité au-delà du délai");
        clocks.startAfterAuthorisation(d, periodEnd);
        dossiers.flush();
        log.write(d);
        LOG.info(() -> "Tacit authorisation recorded on " + reference);
    }

    /**
     * The applicant's completion clock {@code clockId} of dossier {@code reference} expired (EHDS
     * Art. 67): the application is deemed withdrawn.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void applicantSilent(DossierReference reference, long clockId) {
        systemTasks.run("lapse of incomplete dossier " + reference, () -> recordLapse(reference, clockId));
    }

    private void recordLapse(DossierReference reference, long clockId) {
        Optional<Dossier> found = dossier(reference);
        if (found.isEmpty()) {
            return;
        }
        Dossier d = found.get();
        // A resubmission met the applicant's period, and a new incomplete round started another
        // clock: only the current round's clock, on an application still incomplete, lapses it.
        if (d.status() != DossierStatus.INCOMPLETE
                || !Long.valueOf(clockId).equals(d.clocks().completion())) {
            return;
        }
        Optional<ClockView> clock = clocks.view(clockId).filter(TacitOutcomes::ranOut);
        if (clock.isEmpty()) {
            return;
        }
        Stamp stamp = stamps.now();
        d.lapse(clock.get().dueDate(), stamp);
        // the expired completion clock included: the dossier no longer waits for anything
        clocks.stopAll(d, stamp.today(), LAPSE_REASON);
        clocks.endCompletenessCheck(d, stamp.today(), false, LAPSE_REASON);
        committee.withdraw(d, LAPSE_REASON);
        dossiers.flush();
        log.write(d);
        LOG.info(() -> "Incomplete application " + reference + " deemed withdrawn (EHDS Art. 67)");
    }

    /**
     * Safety net: applies a tacit outcome whose breach was not handled when it was announced (the
     * reaction failed, e.g. the database was briefly unavailable, or the server stopped between the
     * job's commit and the reaction). Called when an instructor opens the dossier, so the outcome is
     * recorded at the latest then, still as the system's act. Covers the lapse of an incomplete EHDS
     * application as well.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void catchUp(DossierReference reference) {
        systemTasks.run("tacit outcome catch-up of dossier " + reference, () -> catchUpNow(reference));
    }

    private void catchUpNow(DossierReference reference) {
        Optional<Dossier> found = dossier(reference);
        if (found.isEmpty()) {
            return;
        }
        Dossier d = found.get();
        Long completion = d.clocks().completion();
        if (d.status() == DossierStatus.INCOMPLETE && ranOut(completion)) {
            recordLapse(reference, completion);
        }
        if (d.procedure() != Procedure.NATIONAL) {
            return;
        }
        Long opinion = d.clocks().opinion();
        if (d.status() == DossierStatus.COMMITTEE_REVIEW && d.committeeOpinion().opinion() == null && ranOut(opinion)) {
            recordTacitOpinion(reference, opinion);
        }
        Long decision = d.clocks().decision();
        if (d.status() == DossierStatus.DECISION_PENDING && ranOut(decision)) {
            recordTacitAuthorisation(reference, decision);
        }
    }

    private boolean ranOut(Long clock) {
        return clocks.view(clock).map(TacitOutcomes::ranOut).orElse(false);
    }

    /** Still open, its period run out: the law's effect has not been applied yet. */
    private static boolean ranOut(ClockView clock) {
        return clock.isOpen() && clock.state().hasRunOut();
    }

    private Optional<Dossier> national(DossierReference reference) {
        return dossier(reference).filter(d -> d.procedure() == Procedure.NATIONAL);
    }

    private Optional<Dossier> dossier(DossierReference reference) {
        return dossiers.find(reference);
    }
}
