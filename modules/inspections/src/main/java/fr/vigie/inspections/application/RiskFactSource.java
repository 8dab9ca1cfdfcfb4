package fr.vigie.inspections.application;

import fr.vigie.inspections.domain.RiskFacts;
import fr.vigie.inspections.domain.RiskRules;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where the risk facts come from (implemented in {@code persistence}): the complaints module's ADR 4
 * view {@code complaints.report_case}, the platform's {@code platform.report_clock}, and this module's tables.
 */
public interface RiskFactSource {
    /** The organisations with the highest scores under {@code rules} (computed in the database), best first. */
    List<RiskFacts> top(RiskRules rules, LocalDate complaintsSince, int max);

    /**
     * The facts of one organisation of the directory (its id and SIREN): this module's cases and the other
     * modules' views (by their {@code directory_id}) are matched by the id, or by the SIREN while not linked;
     * empty when the authority knows nothing of it.
     */
    Optional<RiskFacts> of(RiskRules rules, LocalDate complaintsSince, long directoryId, String siren);
}
