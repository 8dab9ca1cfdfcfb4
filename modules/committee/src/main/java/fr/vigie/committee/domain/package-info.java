/**
 * The committee's rules: the review of a referred dossier ({@link fr.vigie.committee.domain.Review}), the
 * sessions and their agendas ({@link fr.vigie.committee.domain.CommitteeSession}), the roster with the
 * declarations of interest ({@link fr.vigie.committee.domain.CommitteeMember}), recusal matching
 * ({@link fr.vigie.committee.domain.Organisations}) and the count of votes with the quorum and majority
 * ({@link fr.vigie.committee.domain.Tally}, {@link fr.vigie.committee.domain.VotingRules}).
 */
package fr.vigie.committee.domain;
