package fr.vigie.committee.api;

import java.time.LocalDate;

/**
 * A referred dossier's review as the dossiers module may show it.
 *
 * @param stage          {@code AWAITING_SESSION}, {@code ON_AGENDA}, {@code OPINION_ADOPTED} or {@code WITHDRAWN}
 * @param sessionDate    the date of the session whose agenda it is on, or null
 * @param rapporteur     the rapporteur's username, or null
 * @param opinion        the adopted opinion, or null
 */
public record ReviewStatus(String stage, LocalDate sessionDate, String rapporteur, OpinionKind opinion) {}
