package fr.vigie.reporting.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.platform.api.Role;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportAccessTest {
    private final ReportAccess access =
            new ReportAccess(List.of("complaints", "dossiers", "committee", "crossborder"), Map.of());

    @Test
    void managersReadEveryReportOfEveryModule() {
        assertEquals(List.of(Report.values()), access.reportsFor(Set.of(Role.MANAGER)));
        assertEquals(
                Set.of("complaints", "dossiers", "committee", "crossborder"),
                access.modulesFor(Report.DEADLINES, Set.of(Role.MANAGER)));
    }

    @Test
    void theCrossBorderReportIsForReadersOfTheCrossborderModule() {
        assertTrue(access.modulesFor(Report.CROSS_BORDER, Set.of(Role.COMPLAINT_HANDLER))
                .isEmpty());
        assertTrue(
                access.modulesFor(Report.CROSS_BORDER, Set.of(Role.DAC_MEMBER)).isEmpty());
        ReportAccess handlers = new ReportAccess(
                List.of("complaints", "crossborder"), Map.of(Role.COMPLAINT_HANDLER, "complaints,crossborder"));
        assertEquals(
                Set.of("complaints", "crossborder"),
                handlers.modulesFor(Report.CROSS_BORDER, Set.of(Role.COMPLAINT_HANDLER)));
    }

    @Test
    void committeeMembersSeeDossierReportsAndNoComplaints() {
        assertEquals(
                List.of(Report.DEADLINES, Report.EHDS, Report.BACKLOG, Report.FORECAST),
                access.reportsFor(Set.of(Role.DAC_MEMBER)));
        assertEquals(Set.of("dossiers", "committee"), access.modulesFor(Report.BACKLOG, Set.of(Role.DAC_MEMBER)));
        assertTrue(access.modulesFor(Report.ART78, Set.of(Role.DAC_MEMBER)).isEmpty());
        assertTrue(access.modulesFor(Report.WORKLOAD, Set.of(Role.DAC_MEMBER)).isEmpty());
        assertEquals(Set.of("dossiers", "committee"), access.modulesFor(Report.WORKLOAD, Set.of(Role.DAC_CHAIR)));
    }

    @Test
    void handlersSeeComplaintReportsOnly() {
        assertEquals(
                List.of(Report.DEADLINES, Report.BACKLOG, Report.ART78, Report.FORECAST),
                access.reportsFor(Set.of(Role.COMPLAINT_HANDLER)));
        assertTrue(access.reportsFor(Set.of(Role.AUDITOR)).isEmpty());
        assertTrue(access.reportsFor(Set.of(Role.HEAD_OF_INSPECTIONS)).isEmpty(), "until inspections publish views");
    }

    @Test
    void configurationReplacesARolesModules() {
        ReportAccess configured = new ReportAccess(
                List.of("complaints", "dossiers", "inspections"),
                Map.of(Role.COMPLAINT_HANDLER, "complaints, inspections"));
        assertEquals(Set.of("complaints", "inspections"), configured.modulesFor(Set.of(Role.COMPLAINT_HANDLER)));
    }
}
