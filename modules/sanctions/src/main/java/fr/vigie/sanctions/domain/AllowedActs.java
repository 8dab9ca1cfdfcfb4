package fr.vigie.sanctions.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of a {@link SanctionCase} as the acts each state allows (roles aside; the
 * separation of duties is checked by each verb). Pages and services ask the case, never its status.
 */
final class AllowedActs {
    private AllowedActs() {}

    static Set<CaseAct> of(SanctionCase c) {
        Set<CaseAct> acts = EnumSet.of(CaseAct.ADD_TO_FILE);
        CaseStatus status = c.status();
        boolean simplified = c.procedure() == Procedure.SIMPLIFIED;
        switch (status) {
            case AWAITING_REFERRAL -> acts.add(CaseAct.REFER);
            case REFERRED -> acts.add(CaseAct.APPOINT_RAPPORTEUR);
            case INSTRUCTION -> acts.add(CaseAct.NOTIFY_REPORT);
            case REPORT_NOTIFIED -> {
                acts.add(CaseAct.RECORD_REPLY);
                if (!c.instruction().replyExtended()) {
                    acts.add(CaseAct.EXTEND_REPLY);
                }
                acts.add(CaseAct.DECLINE_ANSWER);
                if (simplified) {
                    acts.add(CaseAct.DECIDE_ALONE);
                }
            }
            case REPLY_RECEIVED -> {
                acts.add(CaseAct.ANSWER);
                acts.add(CaseAct.DECLINE_ANSWER);
                if (simplified) {
                    acts.add(CaseAct.DECIDE_ALONE);
                }
            }
            case READY_FOR_HEARING -> acts.add(simplified ? CaseAct.DECIDE_ALONE : CaseAct.SCHEDULE_HEARING);
            case HEARING_SCHEDULED -> {
                acts.add(CaseAct.SCHEDULE_HEARING);
                acts.add(CaseAct.HOLD_HEARING);
            }
            case HEARD -> acts.add(CaseAct.OPEN_DELIBERATION);
            case DELIBERATING -> {
                acts.add(CaseAct.VOTE);
                acts.add(CaseAct.ADOPT_DECISION);
            }
            case DECIDED -> afterDecision(c, simplified, acts);
        }
        if (status.isOpen() && status.ordinal() >= CaseStatus.REFERRED.ordinal()) {
            if (!simplified && status.ordinal() < CaseStatus.HEARING_SCHEDULED.ordinal()) {
                acts.add(CaseAct.CHOOSE_SIMPLIFIED);
            }
            if (simplified) {
                acts.add(CaseAct.SWITCH_TO_ORDINARY);
            }
        }
        if ((status == CaseStatus.HEARD || status == CaseStatus.DELIBERATING || status == CaseStatus.READY_FOR_HEARING)
                && !c.crossBorder().isFlaggedForArt65()) {
            acts.add(CaseAct.SHARE_ART60_DRAFT);
            if (c.crossBorder().isShared()) {
                acts.add(CaseAct.RECORD_OBJECTION);
            }
            if (c.unresolvedObjections()) {
                acts.add(CaseAct.FLAG_ART65);
            }
        }
        return acts;
    }

    private static void afterDecision(SanctionCase c, boolean simplified, Set<CaseAct> acts) {
        if (!c.decision().isNotified()) {
            acts.add(CaseAct.NOTIFY_DECISION);
        } else if (!c.appeal().isLodged()) {
            acts.add(CaseAct.RECORD_APPEAL);
        } else if (!c.appeal().isDecided()) {
            acts.add(CaseAct.RECORD_APPEAL_OUTCOME);
        }
        if (!simplified && !c.publication().isPublished()) {
            acts.add(CaseAct.PUBLISH);
        }
        if (c.measures().stream().anyMatch(m -> m.penaltyPerDay() != null)
                && c.penalties().stream().noneMatch(PenaltyAccrual::complied)) {
            acts.add(CaseAct.RECORD_PENALTY);
        }
    }
}
