package fr.vigie.dossiers.domain;

import java.util.Optional;

/**
 * Whether a dossier allows an act now, and if not why: one rule per {@link DossierAct}. The verb of
 * {@link Dossier} throws the refusal found here, and {@link Dossier#availableActs()} lists the acts
 * without one, so the buttons a page shows and the refusals the API answers cannot drift apart.
 * Only the dossier's state is read here; the act's inputs are checked by the verb.
 */
final class DossierActRules {
    private DossierActRules() {}

    /** The refusal of {@code act} on {@code d} as it stands, or empty when the dossier allows it. */
    static Optional<DossierException> refusal(Dossier d, DossierAct act) {
        DossierStatus status = d.status();
        return switch (act) {
            case SAVE_DRAFT ->
                when(
                        status != DossierStatus.DRAFT && status != DossierStatus.INCOMPLETE,
                        "dossier.edit.refused",
                        status.name());
            case SUBMIT -> moving(status, DossierStatus.SUBMITTED);
            case ATTACH ->
                when(!status.isOpen(), "dossier.closed", d.reference().value());
            case DECLARE_INCOMPLETE -> moving(status, DossierStatus.INCOMPLETE);
            // Refused naming the move the procedure would make, had the application been submitted.
            case DECLARE_COMPLETE ->
                when(
                        status != DossierStatus.SUBMITTED,
                        "dossier.transition.refused",
                        status.name(),
                        d.procedure().isEhds()
                                ? DossierStatus.DECISION_PENDING.name()
                                : DossierStatus.COMMITTEE_REVIEW.name());
            case ESTIMATE_FEE -> when(!status.isBeforeDecision(), "dossier.fee.afterDecision");
            case ACCEPT_FEE -> feeToAccept(d);
            case WITHDRAW -> moving(status, DossierStatus.WITHDRAWN);
            case EXTEND_DECISION -> decisionToExtend(d);
            case GRANT -> grantable(d);
            // An application may be refused while incomplete, without waiting for the completion.
            case REFUSE ->
                when(
                        status != DossierStatus.INCOMPLETE && status != DossierStatus.DECISION_PENDING,
                        "dossier.decision.notPending",
                        status.name());
            case PUBLISH_DECISION -> decisionToPublish(d);
            case RECORD_DELIVERY ->
                d.procedure() == Procedure.NATIONAL
                        ? refused("dossier.delivery.ehdsOnly")
                        : moving(status, DossierStatus.DATA_DELIVERED);
            // EHDS data are made available once the holder delivered them; nationally there is no delivery step.
            case RECORD_AVAILABILITY ->
                d.procedure().isEhds() && status != DossierStatus.DATA_DELIVERED
                        ? refused("dossier.transition.refused", status.name(), DossierStatus.DATA_AVAILABLE.name())
                        : moving(status, DossierStatus.DATA_AVAILABLE);
            case AMEND_PERMIT -> permitInForce(d);
            case EXTEND_PERMIT -> permitInForce(d).or(() -> when(d.permit().extended(), "permit.extend.once"));
            // A permit reaches its term whether or not the data arrived (Art. 68(12)).
            case EXPIRE_PERMIT -> moving(status, DossierStatus.PERMIT_EXPIRED);
            case CONFIRM_DELETION -> moving(status, DossierStatus.CLOSED);
        };
    }

    private static Optional<DossierException> feeToAccept(Dossier d) {
        if (d.fee().estimate() == null) {
            return refused("dossier.fee.none");
        }
        if (!d.status().isBeforeDecision()) {
            return refused("dossier.fee.afterDecision");
        }
        return when(Boolean.TRUE.equals(d.fee().accepted()), "dossier.fee.alreadyAccepted");
    }

    private static Optional<DossierException> decisionToExtend(Dossier d) {
        if (d.status() != DossierStatus.DECISION_PENDING) {
            return refused("dossier.extend.notPending", d.status().name());
        }
        return when(d.decision().extended(), "dossier.extend.once");
    }

    /** Art. 62: an estimated fee must have been accepted before the permit is granted. */
    private static Optional<DossierException> grantable(Dossier d) {
        if (d.status() != DossierStatus.DECISION_PENDING) {
            return refused("dossier.decision.notPending", d.status().name());
        }
        return when(
                d.fee().estimate() != null && !Boolean.TRUE.equals(d.fee().accepted()), "dossier.grant.feeNotAccepted");
    }

    /**
     * A decision is published once. A closed dossier (its data deleted) is history, as the
     * application service already says of every act on it.
     */
    private static Optional<DossierException> decisionToPublish(Dossier d) {
        if (d.status() == DossierStatus.CLOSED) {
            return refused("dossier.closed", d.reference().value());
        }
        if (d.decision().outcome() == null) {
            return refused("dossier.publish.noDecision");
        }
        return when(
                d.decision().publishedOn() != null,
                "dossier.publish.already",
                d.decision().publishedOn());
    }

    /** Granted (or tacitly authorised) and neither expired nor closed. */
    private static Optional<DossierException> permitInForce(Dossier d) {
        return when(
                d.decision().outcome() == null
                        || !d.decision().outcome().authorises()
                        || d.status() == DossierStatus.PERMIT_EXPIRED
                        || d.status() == DossierStatus.CLOSED,
                "permit.notInForce");
    }

    /** The state machine's own rule (the refusal {@code Dossier.moveTo} would throw). */
    static Optional<DossierException> moving(DossierStatus from, DossierStatus to) {
        return when(!from.canMoveTo(to), "dossier.transition.refused", from.name(), to.name());
    }

    private static Optional<DossierException> when(boolean refused, String key, Object... args) {
        return refused ? refused(key, args) : Optional.empty();
    }

    private static Optional<DossierException> refused(String key, Object... args) {
        return Optional.of(DossierException.refused(key, args));
    }
}
