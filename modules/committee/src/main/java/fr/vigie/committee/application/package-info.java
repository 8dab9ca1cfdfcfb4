/**
 * The committee's use cases, each a transaction with its roles: referrals from the dossiers module
 * ({@link fr.vigie.committee.application.ReferralDesk}), the secretary's sessions and agendas
 * ({@link fr.vigie.committee.application.SessionAdministration}), the deliberation — votes, casting vote,
 * adoption ({@link fr.vigie.committee.application.Deliberation}), the roster and declarations of interest
 * ({@link fr.vigie.committee.application.Roster}), the minutes PDF, and the screens' reads
 * ({@link fr.vigie.committee.application.CommitteeQueries}).
 */
package fr.vigie.committee.application;
