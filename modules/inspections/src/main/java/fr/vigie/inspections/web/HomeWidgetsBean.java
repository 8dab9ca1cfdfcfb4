package fr.vigie.inspections.web;

import fr.vigie.inspections.application.BoardCell;
import fr.vigie.inspections.application.HomeItem;
import fr.vigie.inspections.application.InspectionQueries;
import fr.vigie.inspections.application.Programme;
import fr.vigie.inspections.domain.ProgrammeTarget;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;

/** What the inspection widgets of the home page show; each getter is called only by the widget of its role. */
@Named("inspectionHome")
@RequestScoped
public class HomeWidgetsBean {
    static final int MAX_ITEMS = 15;

    @Inject
    InspectionQueries queries;

    @Inject
    Programme programme;

    private long[] progress;

    /** This year's programme: done, started, planned, target. */
    public String getProgress() {
        int year = LocalDate.now().getYear();
        if (progress == null) {
            progress = new long[4];
            for (BoardCell cell : programme.board(year)) {
                progress[0] += cell.done();
                progress[1] += cell.started();
                progress[2] += cell.planned();
            }
            progress[3] = programme.targets(year).stream()
                    .mapToLong(ProgrammeTarget::target)
                    .sum();
        }
        return Pages.MESSAGES.text(
                "home.head.progress", String.valueOf(year), progress[0], progress[1], progress[2], progress[3]);
    }

    public List<HomeItem> getToClose() {
        return queries.toClose(MAX_ITEMS);
    }

    public List<HomeItem> getMine() {
        return queries.mine(MAX_ITEMS);
    }

    public List<HomeItem> getToSign() {
        return queries.missionOrdersToSign(MAX_ITEMS);
    }
}
