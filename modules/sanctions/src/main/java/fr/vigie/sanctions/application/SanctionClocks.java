package fr.vigie.sanctions.application;

import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.clock.ClockId;
import fr.vigie.platform.api.clock.ClockView;
import fr.vigie.platform.api.clock.LegalClocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;

/** The sanctions module's legal clocks, each a named policy of the platform's catalogue. */
@ApplicationScoped
public class SanctionClocks {
    static final String FORMAL_NOTICE_COMPLIANCE = "FORMAL_NOTICE_COMPLIANCE";
    static final String SANCTION_REPORT_REPLY = "SANCTION_REPORT_REPLY";
    static final String RAPPORTEUR_ANSWER = "RAPPORTEUR_ANSWER";
    static final String HEARING_NOTICE = "HEARING_NOTICE";
    // The Conseil d'État appeal's policy depends on the case: SanctionCase.appealPolicy().
    static final String ART_60_4 = "GDPR_ART_60_4_OBJECTION";
    static final String ART_60_5 = "GDPR_ART_60_5_REVISED_DRAFT_OBJECTION";

    @Inject
    LegalClocks clocks;

    ClockView start(CaseRef caseRef, String policy, LocalDate startEvent, String owner) {
        ClockId id = clocks.start(caseRef, policy, startEvent, owner);
        return clocks.clock(id);
    }

    /** A clock whose period is chosen for the case, checked against the policy's bounds. */
    ClockView startChosen(CaseRef caseRef, String policy, LocalDate startEvent, String owner, int amount, String unit) {
        ClockId id = clocks.start(caseRef, policy, startEvent, owner, amount, unit);
        return clocks.clock(id);
    }

    ClockView extend(Long clock, int amount, String unit, String reason) {
        ClockView view = clocks.clock(new ClockId(clock));
        clocks.extend(view.id(), view.version(), amount, unit, reason);
        return clocks.clock(view.id());
    }

    void meet(Long clock, LocalDate on, String reason) {
        if (clock == null) {
            return;
        }
        ClockView view = clocks.clock(new ClockId(clock));
        if (view.isOpen()) {
            clocks.meet(view.id(), view.version(), on, reason);
        }
    }

    void stop(Long clock, LocalDate on, String reason) {
        if (clock == null) {
            return;
        }
        ClockView view = clocks.clock(new ClockId(clock));
        if (view.isOpen()) {
            clocks.stop(view.id(), view.version(), on, reason);
        }
    }

    ClockView view(Long clock) {
        return clock == null ? null : clocks.clock(new ClockId(clock));
    }

    java.util.List<ClockView> of(CaseRef caseRef) {
        return clocks.clocksOf(caseRef);
    }
}
