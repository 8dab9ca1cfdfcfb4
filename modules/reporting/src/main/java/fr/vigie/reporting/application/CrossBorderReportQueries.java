package fr.vigie.reporting.application;

import fr.vigie.platform.api.Page;
import fr.vigie.reporting.application.ReportRows.CrossBorderItem;
import fr.vigie.reporting.application.ReportRows.RoleStageCount;
import fr.vigie.reporting.application.ReportRows.TransmissionCount;
import fr.vigie.reporting.domain.ReportFilter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * The cross-border report's reads: the crossborder module's {@code report_cross_border} view and the
 * platform's clocks ({@code report_clock}), read live (cross-border cases are few), counted to the
 * snapshot's day so that the page agrees with the other reports. Filters: procedure, period of opening
 * (of receipt for transmissions).
 */
public interface CrossBorderReportQueries {
    /** Cases by role (LEAD / CONCERNED) and stage, open and closed. */
    List<RoleStageCount> byRoleAndStage(Connection c, ReportFilter f) throws SQLException;

    /** Open cases, the nearest (or most overdue) investigation deadline first, then the oldest. */
    Page<CrossBorderItem> openCases(Connection c, LocalDate today, ReportFilter f, int offset, int limit)
            throws SQLException;

    /** The complaints' transmission clocks ({@code GDPR_PR_COMPLAINT_TRANSMISSION}) by outcome. */
    TransmissionCount transmissions(Connection c, LocalDate today, ReportFilter f) throws SQLException;
}
