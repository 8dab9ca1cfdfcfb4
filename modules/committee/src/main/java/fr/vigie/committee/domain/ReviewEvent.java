package fr.vigie.committee.domain;

import fr.vigie.committee.api.OpinionKind;
import fr.vigie.platform.api.CaseRef;
import java.time.LocalDate;

/**
 * What a verb of {@link Review} did, recorded by the verb and written to the audit trail (on the
 * dossier's case) by the application's one event log. Each record holds what the audit says of the
 * act: the values before and after, the reason when the act has one.
 */
public sealed interface ReviewEvent {
    /** The dossier the review is about: the case its audit records go on. */
    CaseRef dossier();

    /** A dossier referred for the first time. */
    record Referred(CaseRef dossier, ReviewStage stage, LocalDate opinionDueDate, String applicant)
            implements ReviewEvent {}

    /** A new referral of a dossier under review replaced the members' copy of it. */
    record ReferralRefreshed(CaseRef dossier, LocalDate dueBefore, LocalDate dueAfter) implements ReviewEvent {}

    record RapporteurAssigned(CaseRef dossier, String before, String after, String reason) implements ReviewEvent {}

    record OpinionDrafted(CaseRef dossier, OpinionKind before, OpinionKind after) implements ReviewEvent {}

    /**
     * A member recused for a declared interest; a recused rapporteur loses the dossier.
     *
     * @param interest the declaration as it reads in full (the recusal keeps at most 600 characters of it)
     */
    record MemberRecused(
            CaseRef dossier, String member, String interest, String rapporteurBefore, String rapporteurAfter)
            implements ReviewEvent {}

    /** A member's first vote ({@code before} null) or a change of it, at the session {@code session}. */
    record VoteRecorded(
            CaseRef dossier, String voter, VoteChoice before, VoteChoice after, String remarks, SessionRef session)
            implements ReviewEvent {
        public boolean firstVote() {
            return before == null;
        }
    }

    record CastingVoteGiven(CaseRef dossier, String chair, OpinionKind vote, String reason) implements ReviewEvent {}

    /** The reasoned opinion adopted at {@code session}, on the count {@code tally}. */
    record OpinionAdopted(
            CaseRef dossier,
            ReviewStage stageBefore,
            ReviewStage stageAfter,
            OpinionKind opinion,
            Tally tally,
            OpinionKind castingVote,
            SessionRef session)
            implements ReviewEvent {}

    /** The dossiers module ended the review. */
    record Withdrawn(CaseRef dossier, ReviewStage stageBefore, ReviewStage stageAfter, String reason)
            implements ReviewEvent {}
}
