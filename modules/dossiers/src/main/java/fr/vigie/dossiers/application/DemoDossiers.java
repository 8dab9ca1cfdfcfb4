package fr.vigie.dossiers.application;

import fr.vigie.dossiers.domain.ApplicationForm;
import fr.vigie.dossiers.domain.ClockIds;
import fr.vigie.dossiers.domain.DataForm;
import fr.vigie.dossiers.domain.Dossier;
import fr.vigie.dossiers.domain.DossierRepository;
import fr.vigie.dossiers.domain.Opinion;
import fr.vigie.dossiers.domain.Procedure;
import fr.vigie.dossiers.domain.ProhibitedUse;
import fr.vigie.dossiers.domain.Purpose;
import fr.vigie.platform.api.Roles;
import fr.vigie.platform.api.Stamp;
import fr.vigie.platform.api.clock.ClockView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;

/**
 * Demo dossiers in various stages, with histories and clocks that started in the past, written
 * in one transaction by {@link DemoDossierSeeder} when the demo profile is on and the module holds
 * no dossier yet, on behalf of the first instructor who opens the list.
 */
@Stateless
@RolesAllowed(Roles.DOSSIER_INSTRUCTOR)
public class DemoDossiers {
    private static final Logger LOG = Logger.getLogger(DemoDossiers.class.getName());
    private static final String INSTRUCTOR = "instructor";

    @Inject
    DossierRepository dossiers;

    @Inject
    DossierClocks clocks;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "dossiers")
    EntityManager em;

    /** Creates the demo dossiers in one transaction, unless the module already holds dossiers. */
    public void seed() {
        Number existing = (Number)
                em.createNativeQuery("SELECT COUNT(*) FROM dossiers.dossier").getSingleResult();
        if (existing.longValue() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        draft(today);
        submitted(today.minusDays(3));
        incomplete(today.minusDays(20));
        inCommittee(today.minusDays(12));
        pendingAccelerated(today.minusDays(40));
        granted(today.minusMonths(4));
        available(today.minusMonths(10));
        refused(today.minusMonths(2));
        LOG.warning("DEMO PROFILE: 8 demo dossiers created.");
    }

    private static Stamp on(LocalDate day) {
        return new Stamp(
                INSTRUCTOR,
                day.atStartOfDay(ZoneId.of("Europe/Paris")).plusHours(10).toInstant(),
                day);
    }

    private static ApplicationForm form(
            Procedure procedure,
            String title,
            String organisation,
            String siren,
            boolean publicBody,
            Purpose purpose,
            DataForm dataForm) {
        return new ApplicationForm(
                procedure,
                title,
                organisation,
                "FR",
                siren,
                publicBody,
                "Dr Claire Lemoine",
                List.of("Claire Lemoine", "Hugo Bernard"),
                purpose,
                "Mesurer l'effet des parcours de soins sur la survie à cinq ans",
                EnumSet.allOf(ProhibitedUse.class),
                "SNDS (DCIR, PMSI), registre des cancers",
                "Consommations de soins, séjours hospitaliers, causes de décès",
                dataForm,
                dataForm == DataForm.PSEUDONYMISED ? "Chaînage individuel des parcours indispensable" : null,
                "Avis favorable du comité d'éthique de l'établissement",
                36,
                "CASD (bulle sécurisée)");
    }

    private Dossier create(ApplicationForm form, LocalDate day) {
        Dossier d = new Dossier(dossiers.nextReference(day.getYear()), form, on(day));
        dossiers.store(d);
        return d;
    }

    private void complete(Dossier d, LocalDate day) {
        d.declareComplete(on(day));
        checked(d, day, "Demande déclarée complète");
        ClockView due;
        if (d.procedure() == Procedure.NATIONAL) {
            due = clocks.start(d, DossierClocks.COMMITTEE_OPINION, day);
            d.clocksAre(ClockIds.opinion(due.id().value()));
        } else {
            due = clocks.start(
                    d, DossierClocks.decisionPolicy(d), d.milestones().completeOn());
            d.clocksAre(ClockIds.decision(due.id().value()));
            ClockView target = clocks.start(
                    d, DossierClocks.targetPolicy(d), d.milestones().completeOn());
            d.clocksAre(ClockIds.target(target.id().value()));
            d.targetRunsUntil(target.dueDate());
        }
        d.stageDueOn(due.dueDate());
    }

    private void draft(LocalDate day) {
        create(
                new ApplicationForm(
                        Procedure.EHDS_ACCESS_APPLICATION,
                        "Prédiction des réhospitalisations",
                        "Hôpital Nord",
                        "FR",
                        null,
                        false,
                        null,
                        List.of(),
                        null,
                        null,
                        EnumSet.noneOf(ProhibitedUse.class),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null),
                day);
    }

    private void submitted(LocalDate day) {
        Dossier d = create(
                form(
                        Procedure.EHDS_DATA_REQUEST,
                        "Statistiques de vaccination par territoire",
                        "Observatoire régional de santé",
                        "552100554",
                        false,
                        Purpose.E_SCIENTIFIC_RESEARCH,
                        DataForm.ANONYMISED),
                day);
        d.submit(on(day));
        d.stageDueOn(clocks.start(d, DossierClocks.COMPLETENESS_CHECK, day).dueDate());
    }

    /** The instructor's completeness check, from the submission to the declaration on {@code day}. */
    private void checked(Dossier d, LocalDate day, String declaration) {
        ClockView check =
                clocks.start(d, DossierClocks.COMPLETENESS_CHECK, d.milestones().submittedOn());
        clocks.meet(check.id().value(), day, declaration);
    }

    private void incomplete(LocalDate day) {
        Dossier d = create(
                form(
                        Procedure.EHDS_ACCESS_APPLICATION,
                        "Parcours des patients diabétiques",
                        "Université de Lille",
                        "732829320",
                        false,
                        Purpose.E_SCIENTIFIC_RESEARCH,
                        DataForm.PSEUDONYMISED),
                day);
        d.submit(on(day));
        d.declareIncomplete("Protocole de recherche et note d'information des patients", on(day.plusDays(5)));
        checked(d, day.plusDays(5), "Demande déclarée incomplète");
        ClockView c = clocks.start(d, DossierClocks.COMPLETION, day.plusDays(5));
        d.clocksAre(ClockIds.completion(c.id().value()));
        d.stageDueOn(c.dueDate());
    }

    private void inCommittee(LocalDate day) {
        Dossier d = create(
                form(
                        Procedure.NATIONAL,
                        "Cancers pédiatriques et environnement",
                        "Institut Curie",
                        "542051180",
                        false,
                        Purpose.E_SCIENTIFIC_RESEARCH,
                        DataForm.PSEUDONYMISED),
                day);
        d.submit(on(day));
        complete(d, day.plusDays(2));
    }

    private void pendingAccelerated(LocalDate day) {
        Dossier d = create(
                form(
                        Procedure.EHDS_ACCESS_APPLICATION,
                        "Surveillance des infections nosocomiales",
                        "Santé publique France",
                        "130020985",
                        true,
                        Purpose.A_PUBLIC_HEALTH,
                        DataForm.PSEUDONYMISED),
                day);
        d.submit(on(day));
        complete(d, day.plusDays(4));
    }

    private void granted(LocalDate day) {
        Dossier d = create(
                form(
                        Procedure.EHDS_ACCESS_APPLICATION,
                        "Effets indésirables des anticoagulants",
                        "Université de Bordeaux",
                        "130018351",
                        false,
                        Purpose.E_SCIENTIFIC_RESEARCH,
                        DataForm.PSEUDONYMISED),
                day);
        d.submit(on(day));
        complete(d, day.plusDays(7));
        LocalDate decided = day.plusMonths(2);
        d.grant(
                decided.plusYears(3),
                clocks.latestPermitEnd(decided),
                "Aucune réidentification ; résultats agrégés uniquement",
                on(decided));
        clocks.meet(d.clocks().decision(), decided, "Permis délivré");
        clocks.startAfterAuthorisation(d, decided);
    }

    private void available(LocalDate day) {
        Dossier d = create(
                form(
                        Procedure.EHDS_ACCESS_APPLICATION,
                        "Parcours après AVC",
                        "CHU de Rennes",
                        "263500076",
                        false,
                        Purpose.F_CARE_IMPROVEMENT,
                        DataForm.PSEUDONYMISED),
                day);
        d.submit(on(day));
        complete(d, day.plusDays(10));
        LocalDate decided = day.plusMonths(3);
        d.grant(decided.plusYears(4), clocks.latestPermitEnd(decided), null, on(decided));
        clocks.meet(d.clocks().decision(), decided, "Permis délivré");
        clocks.startAfterAuthorisation(d, decided);
        d.publishDecision(on(decided.plusDays(10)));
        clocks.meet(d.clocks().publication(), decided.plusDays(10), "Décision publiée");
        LocalDate delivered = decided.plusMonths(3);
        d.recordDelivery(delivered, on(delivered));
        clocks.meet(d.clocks().delivery(), delivered, "Données livrées");
        ClockView availability = clocks.start(d, DossierClocks.AVAILABILITY, delivered);
        d.clocksAre(ClockIds.availability(availability.id().value()));
        LocalDate ready = delivered.plusMonths(1);
        d.recordAvailability(ready, on(ready));
        clocks.meet(d.clocks().availability(), ready, "Données disponibles");
        clocks.meet(d.clocks().target(), ready, "Données disponibles");
    }

    private void refused(LocalDate day) {
        Dossier d = create(
                form(
                        Procedure.NATIONAL,
                        "Ciblage publicitaire de patients",
                        "Exemple Marketing SAS",
                        "404833048",
                        false,
                        Purpose.F_CARE_IMPROVEMENT,
                        DataForm.PSEUDONYMISED),
                day);
        d.submit(on(day));
        complete(d, day.plusDays(3));
        d.recordOpinion(Opinion.UNFAVOURABLE, "Finalité commerciale", day.plusDays(25), on(day.plusDays(25)));
        clocks.meet(d.clocks().opinion(), day.plusDays(25), "Avis adopté");
        ClockView decision = clocks.start(d, DossierClocks.AUTHORISATION, day.plusDays(25));
        d.clocksAre(ClockIds.decision(decision.id().value()));
        d.refuse("Usage interdit (publicité, art. 54(c)) ; finalité hors art. 53", on(day.plusDays(40)));
        clocks.meet(d.clocks().decision(), day.plusDays(40), "Refus notifié");
        d.publishDecision(on(day.plusDays(45)));
    }
}
