package fr.vigie.platform.api.retention;

import java.util.List;
import java.util.Objects;

/**
 * A kind of case a module keeps people's data in, with the outcomes its schedule tells apart and
 * the default periods (months after closure) until the authority's records schedule says
 * otherwise on the administrator's screen.
 *
 * @param code the case type, e.g. {@code COMPLAINT}; its name is {@code retention.caseType.<code>} in the module's bundle
 * @param outcomes how such a case can end; each has its own line in the schedule
 * @param pseudonymiseAfterMonths default months after closure before pseudonymisation
 * @param deleteFileAfterMonths default months after closure before the file is deleted
 */
public record RetainedCaseType(
        String code, List<String> outcomes, int pseudonymiseAfterMonths, int deleteFileAfterMonths) {
    public RetainedCaseType {
        Objects.requireNonNull(code, "code");
        outcomes = List.copyOf(outcomes);
        if (outcomes.isEmpty()) {
            throw new IllegalArgumentException("A case type lists at least one outcome: " + code);
        }
        if (pseudonymiseAfterMonths < 1 || deleteFileAfterMonths < pseudonymiseAfterMonths) {
            throw new IllegalArgumentException("Default periods out of order for " + code);
        }
    }
}
