package fr.vigie.platform.api.retention;

import fr.vigie.platform.api.CaseRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One case that holds data about the person a request is about: what the module would export for
 * them, and whether the law lets it be erased now.
 *
 * @param caseRef the case
 * @param caseType a {@link RetainedCaseType#code()}
 * @param status the case's state, as its module names it (a code the module's bundle names)
 * @param closedOn when the case closed, null while it is open
 * @param matchedOn which of the query's criteria matched ({@code name}, {@code email}, {@code postalAddress})
 * @param personalData the person's data in the case, field name to value, in a stable order
 * @param pseudonymisedOn when the case's personal data was already pseudonymised, or null
 * @param erasureRefusal why the case cannot be erased now (a message key of the platform's errors
 *     bundle), or null when it can
 */
public record PersonalDataRecord(
        CaseRef caseRef,
        String caseType,
        String status,
        LocalDate closedOn,
        List<String> matchedOn,
        Map<String, String> personalData,
        LocalDate pseudonymisedOn,
        String erasureRefusal) {
    public PersonalDataRecord {
        matchedOn = List.copyOf(matchedOn);
        personalData = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(personalData));
    }

    public boolean erasable() {
        return erasureRefusal == null;
    }
}
