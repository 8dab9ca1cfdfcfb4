package fr.vigie.dossiers.application;

import fr.vigie.dossiers.domain.ClockIds;
import fr.vigie.dossiers.domain.DataForm;
import fr.vigie.dossiers.domain.Dossier;
import fr.vigie.dossiers.domain.Procedure;
import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.clock.ClockId;
import fr.vigie.platform.api.clock.ClockView;
import fr.vigie.platform.api.clock.LegalClocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The one place where dossiers meet the platform's legal clocks. Policies are named by their codes
 * (the platform's {@code PolicyCodes}, which modules may not import):
 * <ul>
 * <li>{@value #COMPLETENESS_CHECK}: the instructor checks a submitted application, 10 working days (the
 * authority's service standard, configurable);</li>
 * <li>{@value #COMPLETION}: EHDS Art. 67, the applicant completes an incomplete application (4 weeks);</li>
 * <li>{@value #COMMITTEE_OPINION}: the committee's opinion, 1 month, silence = favourable (national);</li>
 * <li>{@value #AUTHORISATION}: the authority decides, 2 months (+2 once), silence = authorisation (loi 78-17 art. 66);</li>
 * <li>{@value #PERMIT_DECISION} / {@value #ACCELERATED_DECISION} / {@value #DATA_REQUEST_DECISION}: EHDS decisions,
 * Art. 68(4) 3 (+3), 68(6) 2 (+1), 69(4) 3 (+3) months;</li>
 * <li>{@value #DELIVERY}: the data holder delivers, Art. 60(2), 3 (+3) months;
 * {@value #AVAILABILITY}: the access body makes the data available, Art. 68(7), 2 months;
 * for a data request, {@value #DATA_REQUEST_RESULT}: it provides the anonymised result, Art. 69(4), 3 months;</li>
 * <li>{@value #PUBLICATION}: the decision is published with reasons, Art. 57(1)(j), 30 working days;</li>
 * <li>{@value #PERMIT_DURATION}, {@value #EXTENSION_REQUEST}, {@value #DELETION}: Art. 68(12);</li>
 * <li>{@value #TARGET_PSEUDONYMISED} / {@value #TARGET_ANONYMISED}: the 8 / 9-month report targets.</li>
 * </ul>
 */
@ApplicationScoped
public class DossierClocks {
    public static final String COMPLETENESS_CHECK = "DOSSIER_COMPLETENESS_CHECK";
    public static final String COMPLETION = "EHDS_ART_67_COMPLETE_APPLICATION";
    public static final String COMMITTEE_OPINION = "NATIONAL_COMMITTEE_OPINION";
    public static final String AUTHORISATION = "NATIONAL_AUTHORISATION_DECISION";
    public static final String PERMIT_DECISION = "EHDS_ART_68_4_PERMIT_DECISION";
    public static final String ACCELERATED_DECISION = "EHDS_ART_68_6_ACCELERATED_DECISION";
    public static final String DATA_REQUEST_DECISION = "EHDS_ART_69_4_DATA_REQUEST_DECISION";
    public static final String DATA_REQUEST_RESULT = "EHDS_ART_69_4_DATA_REQUEST_RESULT";
    public static final String DELIVERY = "EHDS_ART_60_2_DATA_HOLDER_DELIVERY";
    public static final String AVAILABILITY = "EHDS_ART_68_7_DATA_AVAILABILITY";
    public static final String PUBLICATION = "EHDS_ART_57_1_J_PUBLICATION";
    public static final String PERMIT_DURATION = "EHDS_ART_68_12_PERMIT_DURATION";
    public static final String EXTENSION_REQUEST = "EHDS_ART_68_12_PERMIT_EXTENSION_REQUEST";
    public static final String DELETION = "EHDS_ART_68_12_DATA_DELETION";
    public static final String TARGET_PSEUDONYMISED = "EHDS_TARGET_PSEUDONYMISED_ACCESS";
    public static final String TARGET_ANONYMISED = "EHDS_TARGET_ANONYMISED_ACCESS";

    @Inject
    LegalClocks clocks;

    /** The decision policy of a dossier declared complete. */
    public static String decisionPolicy(Dossier d) {
        if (d.procedure() == Procedure.NATIONAL) {
            return AUTHORISATION;
        }
        if (d.procedure() == Procedure.EHDS_DATA_REQUEST) {
            return DATA_REQUEST_DECISION;
        }
        return d.accelerated() ? ACCELERATED_DECISION : PERMIT_DECISION;
    }

    /**
     * The last step's policy once the data holder delivered: making the data available to an
     * applicant (Art. 68(7)), or providing the anonymised result of a data request (Art. 69(4)).
     */
    public static String lastStepPolicy(Dossier d) {
        return d.procedure() == Procedure.EHDS_DATA_REQUEST ? DATA_REQUEST_RESULT : AVAILABILITY;
    }

    public static String targetPolicy(Dossier d) {
        return d.application().dataForm() == DataForm.ANONYMISED || d.procedure() == Procedure.EHDS_DATA_REQUEST
                ? TARGET_ANONYMISED
                : TARGET_PSEUDONYMISED;
    }

    /** Starts a clock owned by the dossier's instructor; returns its view (id and due date). */
    public ClockView start(Dossier d, String policy, LocalDate startEvent) {
        ClockId id = clocks.start(d.reference().caseRef(), policy, startEvent, d.instructor());
        return clocks.clock(id);
    }

    /**
     * Starts a clock for the period chosen for this dossier, from {@code startEvent} to
     * {@code lastDay} (the permit's own term, within the 10 years of Art. 68(12)); the platform
     * checks it against the policy's bounds and refuses it on field {@code amount} otherwise.
     */
    public ClockView startUntil(Dossier d, String policy, LocalDate startEvent, LocalDate lastDay) {
        int days = (int) ChronoUnit.DAYS.between(startEvent, lastDay);
        ClockId id = clocks.start(d.reference().caseRef(), policy, startEvent, d.instructor(), days, "days");
        return clocks.clock(id);
    }

    public Optional<ClockView> view(Long clock) {
        return clock == null ? Optional.empty() : Optional.of(clocks.clock(ClockId.of(clock)));
    }

    /** The expected act happened: ends the clock as met (no-op if absent or already ended). */
    public void meet(Long clock, LocalDate on, String reason) {
        open(clock).ifPresent(v -> clocks.meet(v.id(), v.version(), on, reason));
    }

    /**
     * The expected act happened on {@code on}, a day the person typed in input {@code field}: as
     * {@link #meet(Long, LocalDate, String)}, the clock's refusal of that day (a breached clock is
     * met only late, an act before the clock's last event) landing on that input.
     */
    public void meet(Long clock, LocalDate on, String field, String reason) {
        try {
            meet(clock, on, reason);
        } catch (DomainException refused) {
            if (!"date".equals(refused.field())) {
                throw refused;
            }
            throw refused.forField(field);
        }
    }

    /** The act is no longer needed: ends the clock as stopped (no-op if absent or already ended). */
    public void stop(Long clock, LocalDate on, String reason) {
        open(clock).ifPresent(v -> clocks.stop(v.id(), v.version(), on, reason));
    }

    /** Extends an open clock by the length its policy's text gives one extension; returns its new view. */
    public Optional<ClockView> extendByTheLegalLength(Long clock, String reason) {
        return open(clock).map(v -> {
            clocks.extendByTheLegalLength(v.id(), v.version(), reason);
            return clocks.clock(v.id());
        });
    }

    /** The last day a data permit may run to from {@code from}: the permit-term policy's maximum (Art. 68(12)). */
    public LocalDate latestPermitEnd(LocalDate from) {
        return clocks.latestChosenEnd(PERMIT_DURATION, from).orElse(null);
    }

    /** Extends an open clock by {@code amount} {@code unit}, within its policy's extension rule. */
    public Optional<ClockView> extend(Long clock, int amount, String unit, String reason) {
        return open(clock).map(v -> {
            clocks.extend(v.id(), v.version(), amount, unit, reason);
            return clocks.clock(v.id());
        });
    }

    /**
     * Clocks that follow an authorisation, granted or tacit (EHDS only; the national data-holder
     * step has no legal period): publication, delivery by the data holder, and for a data permit
     * its term and the counted-back extension-request clock.
     */
    public void startAfterAuthorisation(Dossier d, LocalDate on) {
        if (!d.procedure().isEhds()) {
            return;
        }
        d.clocksAre(ClockIds.publication(start(d, PUBLICATION, on).id().value()));
        ClockView delivery = start(d, DELIVERY, on);
        d.clocksAre(ClockIds.delivery(delivery.id().value()));
        d.stageDueOn(delivery.dueDate());
        if (d.procedure() == Procedure.EHDS_ACCESS_APPLICATION) {
            d.clocksAre(ClockIds.permit(
                    startUntil(d, PERMIT_DURATION, on, d.permit().expiresOn())
                            .id()
                            .value()));
            d.clocksAre(ClockIds.extension(
                    start(d, EXTENSION_REQUEST, d.permit().expiresOn()).id().value()));
        }
    }

    /**
     * The application ended before its data (withdrawn, deemed withdrawn, refused): every clock still
     * waiting for an act of the procedure stops, the act being no longer needed. The publication
     * clock is left alone: a refusal is still published with its reasons (Art. 57(1)(j)).
     */
    public void stopAll(Dossier d, LocalDate on, String reason) {
        ClockIds ids = d.clocks();
        for (Long clock : new Long[] {
            ids.completion(),
            ids.opinion(),
            ids.decision(),
            ids.target(),
            ids.delivery(),
            ids.availability(),
            ids.permit(),
            ids.extension()
        }) {
            stop(clock, on, reason);
        }
    }

    /**
     * Ends the open completeness check of the dossier (at most one: each submission starts one):
     * met when the instructor declared the application complete or incomplete, stopped when the
     * applicant withdrew. Found by its policy, the dossier keeps no column for it.
     */
    public void endCompletenessCheck(Dossier d, LocalDate on, boolean met, String reason) {
        clocks.clocksOf(d.reference().caseRef()).stream()
                .filter(v -> COMPLETENESS_CHECK.equals(v.policyCode()) && v.isOpen())
                .forEach(v -> {
                    if (met) {
                        clocks.meet(v.id(), v.version(), on, reason);
                    } else {
                        clocks.stop(v.id(), v.version(), on, reason);
                    }
                });
    }

    private Optional<ClockView> open(Long clock) {
        return view(clock).filter(ClockView::isOpen);
    }
}
