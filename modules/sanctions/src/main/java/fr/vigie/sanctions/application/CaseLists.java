package fr.vigie.sanctions.application;

import java.util.List;

/** Port: the lists read by the database (paging, filtering and sorting in SQL). Implemented in persistence. */
public interface CaseLists {
    /**
     * @param sort one of {@code reference}, {@code organisation}, {@code status}, {@code openedOn}, {@code nextDueOn},
     *             {@code hearingOn}; anything else sorts by opening day
     */
    CasePage page(CaseFilter filter, String sort, boolean ascending, int offset, int limit);

    /** Published decisions for the public page, newest first (the name only until anonymised). */
    List<PublishedDecision> published(int offset, int limit);

    long publishedCount();

    /** The activity report (view {@code sanctions.report_activity}), latest year first. */
    List<ActivityRow> activity();
}
