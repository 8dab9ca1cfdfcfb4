package fr.vigie.platform.clock.web;

import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.clock.application.CalendarAdministration;
import fr.vigie.platform.clock.application.HolidayView;
import fr.vigie.platform.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * The holiday calendar screen: a year's holidays, add a day, remove (or restore) one, each
 * with a reason. The confirmation says how many running deadlines the change recomputed.
 */
@Named
@ViewScoped
public class CalendarAdminBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CalendarAdministration administration;

    @Inject
    Clock clock;

    private int year;
    private transient List<HolidayView> holidays;
    private LocalDate date;
    private String name;
    private String reason;
    private LocalDate selected;

    public int getYear() {
        if (year == 0) {
            year = LocalDate.now(clock).getYear();
        }
        return year;
    }

    public void setYear(int year) {
        this.year = year;
        holidays = null;
    }

    public List<HolidayView> getHolidays() {
        if (holidays == null) {
            holidays = administration.year(getYear());
        }
        return holidays;
    }

    public void show() {
        holidays = null;
    }

    public void prepareAdd() {
        date = null;
        name = null;
        reason = null;
    }

    public void prepareRemove(HolidayView holiday) {
        selected = holiday.date();
        reason = null;
    }

    public void add() {
        try {
            CalendarAdministration.Outcome outcome = administration.addHoliday(date, name, reason);
            done("calendar.added", outcome);
        } catch (DomainException refused) {
            FacesMessages.errorUnder(refused, FacesMessages.component("addForm"));
        }
    }

    /** Restores a national holiday the administrator had removed. */
    public void restore(HolidayView holiday) {
        selected = holiday.date();
        name = holiday.name();
    }

    public void remove() {
        try {
            CalendarAdministration.Outcome outcome = holidayIsRemoved()
                    ? administration.addHoliday(selected, null, reason)
                    : administration.removeHoliday(selected, reason);
            done(holidayIsRemoved() ? "calendar.added" : "calendar.removed", outcome);
        } catch (DomainException refused) {
            FacesMessages.errorUnder(refused, FacesMessages.component("removeForm"));
        }
    }

    private boolean holidayIsRemoved() {
        return getHolidays().stream().anyMatch(h -> h.date().equals(selected) && h.isRemoved());
    }

    private void done(String key, CalendarAdministration.Outcome outcome) {
        holidays = null;
        FacesMessages.infoText(ClockTexts.format(
                ClockTexts.locale(), key, new ClockTexts().date(outcome.day()), outcome.clocksRecomputed()));
        PrimeFaces.current().ajax().addCallbackParam("saved", true);
        PrimeFaces.current().ajax().update("messages", "holidaysForm");
    }

    public boolean isSelectedRemoved() {
        return selected != null && holidayIsRemoved();
    }

    public LocalDate getSelected() {
        return selected;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
