package fr.vigie.inspections.application;

import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.clock.ClockId;
import fr.vigie.platform.api.clock.ClockView;
import fr.vigie.platform.api.clock.LegalClocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The one place where inspections meet the platform's legal clocks. One policy, named by its code
 * in the platform's catalogue: {@value #OBSERVATIONS}, the organisation's period to send its
 * observations on the minutes (15 days by default, configurable), started by their notification.
 */
@ApplicationScoped
public class InspectionClocks {
    public static final String OBSERVATIONS = "INSPECTION_OBSERVATIONS";

    @Inject
    LegalClocks clocks;

    public long startObservations(CaseRef inspection, LocalDate notifiedOn, String owner) {
        return clocks.start(inspection, OBSERVATIONS, notifiedOn, owner).value();
    }

    public Optional<ClockView> view(Long clock) {
        return clock == null ? Optional.empty() : Optional.of(clocks.clock(ClockId.of(clock)));
    }

    /** The observations arrived: the clock ends as met (no-op if it already ended). */
    public void meet(Long clock, LocalDate on, String reason) {
        view(clock).filter(ClockView::isOpen).ifPresent(v -> clocks.meet(v.id(), v.version(), on, reason));
    }

    /** Nothing more is awaited: the clock ends as stopped (no-op if it already ended). */
    public void stop(Long clock, LocalDate on, String reason) {
        view(clock).filter(ClockView::isOpen).ifPresent(v -> clocks.stop(v.id(), v.version(), on, reason));
    }
}
