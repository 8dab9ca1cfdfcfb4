package fr.vigie.platform.api.retention;

import java.time.LocalDate;
import java.util.List;

/**
 * A module that keeps people's data in its cases. The platform's retention task, its dry run and
 * the data-subject requests screen reach the module's cases only through this; the module answers
 * from its own tables, in set-based SQL, inside the caller's transaction.
 *
 * <p>Implementations are {@code @ApplicationScoped} CDI beans found through {@code Instance}.
 */
public interface PersonalDataHolder {
    /** The module's name, as in its case references. */
    String module();

    /** The case types the schedule has lines for. */
    List<RetainedCaseType> caseTypes();

    /** How many cases {@link #apply} would reach now (the dry run). Must not change anything. */
    long countDue(RetentionStep step, RetentionSelection selection);

    /**
     * Applies a step to at most {@code limit} due cases, oldest closure first, skipping rows another
     * transaction holds; a case already at that step is never due again, so a run repeated does
     * nothing more.
     *
     * @param today the day recorded on the cases
     * @return the references (without module prefix) of the cases changed
     */
    List<String> apply(RetentionStep step, RetentionSelection selection, LocalDate today, int limit);

    /** The cases that hold data matching the query, at most {@code limit}. */
    List<PersonalDataRecord> find(PersonQuery query, int limit);

    /**
     * Erases the person's data from one case at once (a data-subject's erasure request): the case
     * is pseudonymised and its file deleted, as the schedule would do later.
     *
     * @param reference the module's reference, without prefix
     * @return the references changed (empty when there was nothing left to erase)
     * @throws fr.vigie.platform.api.DomainException when the law keeps the case whole (open case)
     */
    List<String> erase(String reference, LocalDate today);
}
