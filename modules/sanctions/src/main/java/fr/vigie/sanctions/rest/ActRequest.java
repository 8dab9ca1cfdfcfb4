package fr.vigie.sanctions.rest;

import fr.vigie.sanctions.application.DecisionForm;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The body of an act on a notice or a case: the version the person saw and the act's own fields,
 * named as the refusals name them (e.g. {@code hearingOn}, {@code fine}).
 */
public record ActRequest(
        Long version,
        String reason,
        Integer amount,
        String unit,
        String rapporteur,
        Integer days,
        LocalDate receivedOn,
        String summary,
        LocalDate hearingOn,
        Boolean closedRequested,
        String attendance,
        String minutes,
        Set<String> present,
        Boolean inFavour,
        List<DecisionForm.MeasureForm> measures,
        String decisionReasons,
        String fineCalculation,
        LocalDate lodgedOn,
        String outcome,
        LocalDate anonymiseOn,
        LocalDate until,
        Boolean complied,
        String authority,
        String objection,
        String title,
        String documentId,
        Boolean confidential,
        String publicVersionId,
        String audience,
        LocalDate sentOn) {

    DecisionForm decision() {
        return new DecisionForm(measures, decisionReasons, fineCalculation);
    }

    boolean flag(Boolean value) {
        return Boolean.TRUE.equals(value);
    }
}
