package fr.vigie.sanctions.application;

import fr.vigie.platform.api.Money;
import fr.vigie.platform.api.Reason;
import fr.vigie.platform.api.Stamp;
import fr.vigie.platform.api.Stamps;
import fr.vigie.platform.api.clock.ClockView;
import fr.vigie.sanctions.domain.Breach;
import fr.vigie.sanctions.domain.CaseClocks;
import fr.vigie.sanctions.domain.CaseRepository;
import fr.vigie.sanctions.domain.FormalNotice;
import fr.vigie.sanctions.domain.Impartiality;
import fr.vigie.sanctions.domain.LawfulCaps;
import fr.vigie.sanctions.domain.Measure;
import fr.vigie.sanctions.domain.NoticeRepository;
import fr.vigie.sanctions.domain.SanctionCase;
import fr.vigie.sanctions.domain.Undertaking;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Demo formal notices and cases in every stage (a notice running, a case before its hearing, a
 * decided and published case, a simplified one), played with the aggregates' own verbs on past
 * days by the demo accounts, in a system task. Written for the demo profile only; never called
 * from a person's request.
 */
@Stateless
@PermitAll
public class DemoSanctions {
    @Inject
    NoticeRepository notices;

    @Inject
    CaseRepository cases;

    @Inject
    SanctionClocks clocks;

    @Inject
    LawfulCaps caps;

    @Inject
    Stamps stamps;

    @Inject
    CaseLists lists;

    /** The demo account that the stories appoint as rapporteur. */
    static final String DEMO_RAPPORTEUR = "rapporteur";

    /**
     * True while the demo rapporteur has no case, i.e. the stories were never played (a restart adds
     * nothing). Not "while the module holds no case": the demo inspections, seeded first, close some
     * inspections with a follow-up whose event opens notices and cases here, which used to leave the
     * stories out and the rapporteur's and committee's home panels empty.
     */
    public boolean needed() {
        return lists.page(
                                new CaseFilter(CaseRow.CASE, null, null, DEMO_RAPPORTEUR, null, false),
                                "openedOn",
                                false,
                                0,
                                1)
                        .total()
                == 0;
    }

    /** Plays the four stories; returns the references created. */
    public List<String> seed() {
        LocalDate today = stamps.now().today();
        String notice = runningNotice(today);
        String beforeHearing = caseBeforeHearing(today);
        String published = decidedAndPublished(today);
        String simplified = simplifiedCase(today);
        return List.of(notice, beforeHearing, published, simplified);
    }

    private String runningNotice(LocalDate today) {
        Stamp prepared = on("president", today.minusDays(25));
        FormalNotice n = new FormalNotice(
                notices.nextReference(today.getYear()),
                undertaking("Clinique du Parc", "552100554", "Groupe Santé Plus", 180_000_000),
                List.of(new Breach(
                        "RGPD art. 32", "SERIOUS", "Dossiers patients accessibles sans authentification forte")),
                "Mettre en place une authentification forte",
                null,
                null,
                Set.of(),
                prepared);
        n.sign(on("president", today.minusDays(20)));
        notices.store(n);
        notices.flush();
        ClockView clock = clocks.startChosen(
                n.caseRef(),
                SanctionClocks.FORMAL_NOTICE_COMPLIANCE,
                today.minusDays(20),
                "president",
                n.period().amount(),
                n.period().unit());
        n.clockIs(clock.id().value(), clock.dueDate());
        return n.reference();
    }

    private String caseBeforeHearing(LocalDate today) {
        SanctionCase c = referred(today, "Données Express", "443061841", "RGPD art. 5", today.minusDays(90));
        c.appointRapporteur("rapporteur", Impartiality.none(), on("president", today.minusDays(80)));
        ClockView reply =
                clocks.start(c.caseRef(), SanctionClocks.SANCTION_REPORT_REPLY, today.minusDays(60), "rapporteur");
        c.notifyReport(reply.dueDate(), on("rapporteur", today.minusDays(60)));
        c.clockStarted(CaseClocks.Kind.REPLY, reply.id().value());
        clocks.meet(reply.id().value(), today.minusDays(35), "Réponse de l'organisme reçue");
        ClockView answer =
                clocks.start(c.caseRef(), SanctionClocks.RAPPORTEUR_ANSWER, today.minusDays(35), "rapporteur");
        c.recordReply(today.minusDays(35), answer.dueDate(), on("rapporteur", today.minusDays(35)));
        c.clockStarted(CaseClocks.Kind.ANSWER, answer.id().value());
        c.answer("Le rapporteur maintient sa proposition", on("rapporteur", today.minusDays(10)));
        clocks.meet(answer.id().value(), today.minusDays(10), "Réponse du rapporteur notifiée");
        c.scheduleHearing(today.plusDays(20), today.plusDays(5), false, on("sanctionschair", today.minusDays(2)));
        cases.flush();
        return c.reference();
    }

    private String decidedAndPublished(LocalDate today) {
        SanctionCase c = referred(today, "MégaRéseau", "542065479", "RGPD art. 6", today.minusDays(200));
        c.appointRapporteur("rapporteur", Impartiality.none(), on("president", today.minusDays(190)));
        c.notifyReport(today.minusDays(140), on("rapporteur", today.minusDays(170)));
        c.recordReply(today.minusDays(145), today.minusDays(115), on("rapporteur", today.minusDays(145)));
        c.declineAnswer(on("rapporteur", today.minusDays(130)));
        c.scheduleHearing(today.minusDays(60), today.minusDays(75), false, on("sanctionschair", today.minusDays(90)));
        c.holdHearing(
                "Conseil de la société, le rapporteur",
                "Observations orales de la société",
                on("sanctionschair", today.minusDays(60)));
        c.openDeliberation(Set.of("sanctions"), 2, Impartiality.none(), on("sanctionschair", today.minusDays(60)));
        c.vote(true, Impartiality.none(), on("sanctionschair", today.minusDays(60)));
        c.vote(true, Impartiality.none(), on("sanctions", today.minusDays(60)));
        c.adoptDecision(
                List.of(
                        Measure.fine(Money.euros(1_500_000)),
                        Measure.injunction(
                                "Recueillir un consentement valable", today.minusDays(10), Money.euros(5_000))),
                "Traitement sans base légale de millions de personnes",
                null,
                caps,
                on("sanctionschair", today.minusDays(55)));
        c.notifyDecision(on("sanctionschair", today.minusDays(50)));
        c.publish(today.minusDays(50).plusYears(2), on("sanctionschair", today.minusDays(50)));
        ClockView appeal = clocks.start(c.caseRef(), c.appealPolicy(), today.minusDays(50), "sanctionschair");
        c.clockStarted(CaseClocks.Kind.APPEAL, appeal.id().value());
        cases.flush();
        return c.reference();
    }

    private String simplifiedCase(LocalDate today) {
        SanctionCase c = referred(today, "Boulangerie Martin", "732829320", "RGPD art. 13", today.minusDays(40));
        c.chooseSimplified(
                Reason.of("Manquement simple, faits non contestés"), on("sanctionschair", today.minusDays(38)));
        c.appointRapporteur("rapporteur", Impartiality.none(), on("president", today.minusDays(37)));
        ClockView reply =
                clocks.start(c.caseRef(), SanctionClocks.SANCTION_REPORT_REPLY, today.minusDays(20), "rapporteur");
        c.notifyReport(reply.dueDate(), on("rapporteur", today.minusDays(20)));
        c.clockStarted(CaseClocks.Kind.REPLY, reply.id().value());
        cases.flush();
        return c.reference();
    }

    private SanctionCase referred(LocalDate today, String name, String siren, String article, LocalDate openedOn) {
        SanctionCase c = new SanctionCase(
                cases.nextReference(today.getYear()),
                undertaking(name, siren, name + " SA", 2_000_000_000L),
                List.of(new Breach(article, "SERIOUS", "Manquement constaté lors du contrôle")),
                null,
                null,
                Set.of(),
                on("president", openedOn));
        c.refer(Reason.of("Manquements graves"), on("president", openedOn.plusDays(3)));
        cases.store(c);
        return c;
    }

    private static Undertaking undertaking(String name, String siren, String group, long turnover) {
        return new Undertaking(
                name,
                siren,
                group,
                Money.euros(BigDecimal.valueOf(turnover)),
                LocalDate.now().getYear() - 1,
                false);
    }

    private static Stamp on(String actor, LocalDate day) {
        return new Stamp(
                actor,
                day.atTime(10, 0).atZone(java.time.ZoneId.of("Europe/Paris")).toInstant(),
                day);
    }
}
