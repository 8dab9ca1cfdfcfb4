package fr.vigie.dossiers.application;

import fr.vigie.platform.api.Page;
import java.time.LocalDate;

/**
 * The instructors' list and the public register, read in SQL (filter, sort and paging in the database); implemented in persistence.
 */
public interface DossierListQuery {
    int MAX_PAGE = 500;

    Page<DossierSummary> page(
            DossierFilter filter, String sortField, boolean ascending, int offset, int limit, LocalDate today);

    /** The public register: submitted applications, and decisions once published; newest first. */
    RegisterPage register(int offset, int limit, String text);
}
