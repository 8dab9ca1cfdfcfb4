package fr.vigie.committee.api;

import fr.vigie.platform.api.CaseRef;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Published (CDI event, in the adopting transaction) when the committee adopts its reasoned
 * opinion on a referred dossier. The dossiers module records it and meets its opinion clock.
 *
 * @param dossier      the dossier the opinion is on
 * @param kind         favourable, favourable with reservations, or unfavourable
 * @param reasoning    the reasoned opinion's text
 * @param reservations the reservations (only for {@link OpinionKind#FAVOURABLE_WITH_RESERVATIONS})
 * @param adoptedOn    the day of adoption (the session's date)
 * @param session      the committee session's reference
 * @param adoptedBy    the chair or secretary who recorded the adoption
 */
public record CommitteeOpinionAdopted(
        CaseRef dossier,
        OpinionKind kind,
        String reasoning,
        String reservations,
        LocalDate adoptedOn,
        String session,
        String adoptedBy) {

    public CommitteeOpinionAdopted {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(adoptedOn, "adoptedOn");
    }
}
