package fr.vigie.crossborder.application;

import fr.vigie.crossborder.domain.CrossBorderAct;
import fr.vigie.crossborder.domain.CrossBorderCase;
import fr.vigie.crossborder.domain.CrossBorderCaseId;
import fr.vigie.crossborder.domain.CrossBorderCaseRepository;
import fr.vigie.crossborder.domain.SupervisoryAuthority;
import fr.vigie.platform.api.Reason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The demo cross-border cases (demo profile only, {@code vigie.demo.enabled}), played through the
 * module's own use cases so that history, audit entries and clocks are those the application writes:
 * one the authority leads, under investigation; the case of the complaints module's demo complaint
 * transmitted to the Irish authority (the authority concerned), taken to the investigation so that the
 * complaint shows its case's stage; one closed after the lead authority's final decision. The cases
 * are dated before 2 April 2027 (GDPR alone): no act of the demo would end a clock in the future.
 */
@ApplicationScoped
public class DemoCrossBorderCases {
    /** The organisation of the case the authority leads: its presence means the demo cases are there. */
    static final String LED_HERE = "Librairie numérique des Alpes";

    /** The organisation of the complaints module's cross-border demo complaint (DemoComplaints). */
    static final String DEMO_COMPLAINT_ORGANISATION = "Réseau social Trèfle";

    static final String CLOSED = "Application de rencontres Tulipe";

    @Inject
    CrossBorderActs acts;

    @Inject
    CrossBorderCaseRepository cases;

    @Inject
    Clock clock;

    /** A demo account (platform DemoAccounts) that exists whenever the demo data are played. */
    static final String DEMO_CLOCK_OWNER = "rapporteur";

    /** True when the demo's first case is absent (a restart adds nothing). */
    @Transactional
    public boolean needed() {
        return cases.openCaseAgainst(null, LED_HERE, SupervisoryAuthority.FR).isEmpty();
    }

    /** The stories, each played in its own transaction by {@link #play}. */
    public List<Supplier<Optional<String>>> stories() {
        return List.of(this::ledHere, this::demoComplaintsCase, this::closedAfterFinalDecision);
    }

    /** Plays one story in its own transaction; returns the case's reference, empty when nothing was to do. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<String> play(Supplier<Optional<String>> story) {
        return story.get();
    }

    /** The authority leads; two authorities concerned; investigating since the competence was confirmed. */
    Optional<String> ledHere() {
        CrossBorderCaseId id = acts.open(
                LocalDate.of(2026, 10, 5),
                SupervisoryAuthority.FR,
                LED_HERE,
                null,
                Reason.of("Saisine d'office : ventes de listes de lecteurs signalées par plusieurs autorités"));
        acts.addConcernedAuthority(id, version(id), SupervisoryAuthority.DE);
        acts.addConcernedAuthority(id, version(id), SupervisoryAuthority.BE);
        act(id, CrossBorderAct.CONFIRM_COMPETENCE, LocalDate.of(2026, 10, 19), null);
        return Optional.of(id.value());
    }

    /**
     * The case the demo complaint opened (the authority concerned, Ireland leads): the lead authority
     * confirmed its competence a month after the transmission. Absent when the complaints module's demo
     * data were not played (they are added to an empty module only).
     */
    Optional<String> demoComplaintsCase() {
        Optional<CrossBorderCase> found =
                cases.openCaseAgainst(null, DEMO_COMPLAINT_ORGANISATION, SupervisoryAuthority.IE);
        if (found.isEmpty() || found.get().competenceConfirmedOn() != null) {
            return Optional.empty();
        }
        CrossBorderCase c = found.get();
        LocalDate confirmed = c.openedOn().plusDays(40);
        LocalDate today = LocalDate.now(clock);
        act(c.id(), CrossBorderAct.CONFIRM_COMPETENCE, confirmed.isAfter(today) ? today : confirmed, null);
        return Optional.of(c.id().value());
    }

    /** The authority concerned; the Dutch authority's draft decision met no objection; closed on its final decision. */
    Optional<String> closedAfterFinalDecision() {
        CrossBorderCaseId id = acts.open(
                LocalDate.of(2026, 2, 2),
                SupervisoryAuthority.NL,
                CLOSED,
                null,
                Reason.of("Profils rendus visibles aux partenaires publicitaires"));
        act(id, CrossBorderAct.CONFIRM_COMPETENCE, LocalDate.of(2026, 2, 16), null);
        act(id, CrossBorderAct.RECEIVE_DRAFT_DECISION, LocalDate.of(2026, 5, 4), null);
        act(id, CrossBorderAct.ADOPT_FINAL_DECISION, LocalDate.of(2026, 6, 15), null);
        act(
                id,
                CrossBorderAct.CLOSE,
                LocalDate.of(2026, 6, 29),
                "Décision finale notifiée par l'autorité chef de file");
        return Optional.of(id.value());
    }

    /**
     * The system records the demo's acts; the clocks they start belong to the demo's rapporteur (the
     * system account owns no clock).
     */
    private void act(CrossBorderCaseId id, CrossBorderAct act, LocalDate on, String reason) {
        acts.actFor(DEMO_CLOCK_OWNER, id, act, on, reason);
    }

    private long version(CrossBorderCaseId id) {
        return acts.load(id).version();
    }
}
