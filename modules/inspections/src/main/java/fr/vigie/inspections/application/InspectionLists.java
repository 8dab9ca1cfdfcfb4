package fr.vigie.inspections.application;

import java.util.List;
import java.util.function.Consumer;

/** The read side written for the database (implemented in {@code persistence}): lists, board, widgets. */
public interface InspectionLists {
    int MAX_PAGE = 200;

    InspectionListPage page(InspectionFilter filter, String sortField, boolean ascending, int offset, int limit);

    /** Every row matching, in the list's order, a chunk at a time (exports). */
    int forEachRow(
            InspectionFilter filter, String sortField, boolean ascending, int max, Consumer<InspectionSummary> sink);

    List<BoardCell> board(int year);

    /** Prepared inspections whose mission order awaits the president's signature. */
    List<HomeItem> missionOrdersToSign(int max);

    /** Inspections whose observations are closed: the head closes them. */
    List<HomeItem> toClose(int max);

    /** Open inspections of an inspector's teams, soonest deadline first. */
    List<HomeItem> ofInspector(String username, int max);

    /** Usernames of the team of an inspection (lead and members). */
    java.util.Set<String> teamOf(String reference);
}
