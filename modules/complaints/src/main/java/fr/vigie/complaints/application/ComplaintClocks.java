package fr.vigie.complaints.application;

import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.clock.ClockId;
import fr.vigie.platform.api.clock.ClockView;
import fr.vigie.platform.api.clock.LegalClocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * The one place where complaints meet the platform's legal clocks. The policies are named by
 * their codes (the platform's {@code PolicyCodes}, which modules may not import):
 * <ul>
 * <li>{@value #ACKNOWLEDGEMENT}: acknowledge within 5 working days of receipt (configurable);</li>
 * <li>{@value #INFORMATION}: GDPR Art. 78(2), inform the complainant within 3 months of lodging,
 * then of each information;</li>
 * <li>{@value #REQUEST_ANSWER}: the organisation answers a request (configurable, 1 month).</li>
 * </ul>
 * Every act is mirrored in the work list's clock-status read model, in the same transaction.
 */
@ApplicationScoped
public class ComplaintClocks {
    public static final String ACKNOWLEDGEMENT = "COMPLAINT_ACKNOWLEDGEMENT";
    public static final String INFORMATION = "GDPR_ART_78_2_INFORM_COMPLAINANT";
    public static final String REQUEST_ANSWER = "COMPLAINT_INSTRUCTION_REQUEST_ANSWER";

    @Inject
    LegalClocks clocks;

    @Inject
    ClockStatusBoard board;

    /** Starts a clock and returns its id. */
    public long start(long complaintId, CaseRef complaint, String policy, LocalDate startEvent, String owner) {
        ClockId id = clocks.start(complaint, policy, startEvent, owner);
        mirror(complaintId, clocks.clock(id));
        return id.value();
    }

    /** The last day of a clock (the period expires at its end). */
    public LocalDate dueDate(long clock) {
        return clocks.clock(new ClockId(clock)).dueDate();
    }

    /**
     * The complaint changed hands: its open clocks now warn the new handler (the platform records
     * it in each clock's history and in the audit trail).
     */
    public void handOver(CaseRef complaint, String newOwner, String reason) {
        clocks.reassignOwner(complaint, newOwner, reason);
    }

    /** The expected act happened: ends the clock as met (no-op if it already ended). */
    public void meet(long complaintId, Long clock, LocalDate on, String reason) {
        act(complaintId, clock, view -> clocks.meet(view.id(), view.version(), on, reason));
    }

    /** The act is no longer needed: ends the clock as stopped (no-op if it already ended). */
    public void stop(long complaintId, Long clock, LocalDate on, String reason) {
        act(complaintId, clock, view -> clocks.stop(view.id(), view.version(), on, reason));
    }

    private void act(long complaintId, Long clock, java.util.function.Consumer<ClockView> change) {
        if (clock == null) {
            return;
        }
        ClockView view = clocks.clock(ClockId.of(clock));
        if (!view.isOpen()) {
            return;
        }
        change.accept(view);
        mirror(complaintId, clocks.clock(view.id()));
    }

    private void mirror(long complaintId, ClockView view) {
        board.record(
                view.id().value(), complaintId, view.policyCode(), view.state().name(), view.dueDate());
    }
}
