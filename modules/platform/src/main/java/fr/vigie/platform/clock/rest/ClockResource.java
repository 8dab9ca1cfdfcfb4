package fr.vigie.platform.clock.rest;

import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.Roles;
import fr.vigie.platform.api.clock.ClockId;
import fr.vigie.platform.api.clock.ClockView;
import fr.vigie.platform.api.clock.LegalClocks;
import fr.vigie.platform.clock.application.CalendarAdministration;
import fr.vigie.platform.clock.application.ClockException;
import fr.vigie.platform.clock.application.ClockStatusJob;
import fr.vigie.platform.clock.application.ClockTracking;
import fr.vigie.platform.clock.application.DeadlineCalculation;
import fr.vigie.platform.clock.application.DeadlineCalculatorService;
import fr.vigie.platform.clock.application.HolidayView;
import fr.vigie.platform.clock.application.PolicyAdministration;
import fr.vigie.platform.clock.application.PolicyView;
import fr.vigie.platform.clock.application.StatusBatchQueries;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The legal clocks over HTTP, read-only: reading and the calculator are open to all staff. A
 * clock changes only through its case's own acts (each module's API), so that nobody can move a
 * deadline the law sets; the one generic change is an administrator's correction of a start
 * event recorded wrongly, which never undoes a breach. The calendar, the revisions of the
 * configurable policies and "run the status job now" are for administrators. Dates are ISO ({@code 2026-05-11}); a malformed one is a 422 naming its field.
 */
@Path("clocks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Roles.COMPLAINT_HANDLER,
    Roles.INSPECTOR,
    Roles.HEAD_OF_INSPECTIONS,
    Roles.PRESIDENT,
    Roles.RAPPORTEUR,
    Roles.SANCTIONS_MEMBER,
    Roles.SANCTIONS_CHAIR,
    Roles.DOSSIER_INSTRUCTOR,
    Roles.DAC_MEMBER,
    Roles.DAC_CHAIR,
    Roles.DAC_SECRETARY,
    Roles.MANAGER,
    Roles.AUDITOR,
    Roles.ADMINISTRATOR
})
public class ClockResource {
    @Inject
    LegalClocks clocks;

    @Inject
    ClockTracking corrections;

    @Inject
    DeadlineCalculatorService calculator;

    @Inject
    PolicyAdministration policies;

    @Inject
    CalendarAdministration calendar;

    @Inject
    ClockStatusJob statusJob;

    @Inject
    StatusBatchQueries batches;

    /** An administrator's correction of the day of a clock's start event. */
    public record Correction(long version, String startEvent, String reason) {}

    /** A new period for a policy (the next version). */
    public record PolicyPeriod(int version, Integer amount, String unit, String reason) {}

    /** A day added to the calendar. */
    public record NewHoliday(String date, String name, String reason) {}

    /** Why a day is removed from the calendar. */
    public record Removal(String reason) {}

    @GET
    @Path("calculate")
    @Operation(
            summary = "Compute the last day of a policy's period (or of amount + unit) from a start date, "
                    + "with every rule applied")
    public DeadlineCalculation calculate(
            @QueryParam("policy") String policy,
            @QueryParam("start") String start,
            @QueryParam("suspendedDays") String suspendedDays,
            @QueryParam("amount") String amount,
            @QueryParam("unit") String unit,
            @QueryParam("suspension") List<String> suspensions) {
        List<DeadlineCalculatorService.Interval> intervals = new ArrayList<>();
        for (String suspension : suspensions == null ? List.<String>of() : suspensions) {
            String[] bounds = suspension.split("/", -1);
            if (bounds.length != 2) {
                throw new ClockException("suspension", "clock.calculator.badSuspension", suspension);
            }
            intervals.add(new DeadlineCalculatorService.Interval(
                    date(bounds[0], "suspension"), date(bounds[1], "suspension")));
        }
        return calculator.calculate(new DeadlineCalculatorService.Request(
                policy,
                integer(amount, "amount"),
                unit,
                date(start, "start"),
                suspendedDays == null || suspendedDays.isBlank()
                        ? null
                        : (long) integer(suspendedDays, "suspendedDays"),
                intervals));
    }

    @GET
    @Operation(summary = "The clocks of a case, each with its history")
    public List<ClockView> ofCase(@QueryParam("caseRef") String caseRef) {
        if (caseRef == null || caseRef.isBlank()) {
            throw new ClockException("caseRef", "clock.caseRef.required");
        }
        return clocks.clocksOf(CaseRef.parse(caseRef.strip()));
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "One clock")
    public ClockView one(@PathParam("id") long id) {
        return clocks.clock(ClockId.of(id));
    }

    @POST
    @Path("{id: [0-9]+}/correct")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(
            summary = "An administrator corrects the day of a clock's start event, recorded wrongly (reason "
                    + "required; audited as a correction; never undoes a breach). Clocks otherwise change only through "
                    + "their case's own acts")
    public ClockView correct(@PathParam("id") long id, @NotNull Correction body) {
        corrections.correctStartEvent(
                ClockId.of(id), body.version(), date(body.startEvent(), "startEvent"), body.reason());
        return clocks.clock(ClockId.of(id));
    }

    @GET
    @Path("policies")
    @Operation(summary = "The policy catalogue (current versions)")
    public List<PolicyView> catalogue() {
        return policies.catalogue();
    }

    @POST
    @Path("policies/{code}/period")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(summary = "Change a policy's period: writes the next version (running clocks keep theirs)")
    public PolicyView revise(@PathParam("code") String code, @NotNull PolicyPeriod body) {
        if (body.amount() == null) {
            throw new ClockException("amount", "clock.calculator.periodRequired");
        }
        return policies.revisePeriod(code, body.version(), body.amount(), body.unit(), body.reason());
    }

    @GET
    @Path("calendar/{year: [0-9]{4}}")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(summary = "The holidays of a year: national, added, removed")
    public List<HolidayView> year(@PathParam("year") int year) {
        return calendar.year(year);
    }

    @POST
    @Path("calendar/holidays")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(summary = "Make a day a holiday (recomputes the open clocks it affects)")
    public CalendarAdministration.Outcome addHoliday(@NotNull NewHoliday body) {
        return calendar.addHoliday(date(body.date(), "date"), body.name(), body.reason());
    }

    @POST
    @Path("calendar/holidays/{date}/remove")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(summary = "Make a holiday a working day (recomputes the open clocks it affects)")
    public CalendarAdministration.Outcome removeHoliday(@PathParam("date") String day, @NotNull Removal body) {
        return calendar.removeHoliday(date(day, "date"), body.reason());
    }

    @POST
    @Path("status-job/run")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(summary = "Run the status job now (it also runs every hour)")
    public ClockStatusJob.RunReport runStatusJob() {
        return statusJob.runNow();
    }

    @GET
    @Path("status-batches/{id: [0-9]+}")
    @RolesAllowed({Roles.AUDITOR, Roles.ADMINISTRATOR, Roles.MANAGER})
    @Operation(summary = "A batch of status changes (named by its audit entry) and a page of the clocks it changed")
    public StatusBatchQueries.Batch statusBatch(
            @PathParam("id") long id,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        return batches.batch(id, offset, limit);
    }

    static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ClockException(field, "clock.input.badDate", value);
        }
    }

    static Integer integer(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new ClockException(field, "clock.input.badNumber", value);
        }
    }
}
