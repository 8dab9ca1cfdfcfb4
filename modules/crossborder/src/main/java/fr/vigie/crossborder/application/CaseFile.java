package fr.vigie.crossborder.application;

import fr.vigie.platform.api.clock.ClockView;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A cross-border case as its file page and the API show it.
 *
 * @param role            LEAD when the home authority leads, CONCERNED otherwise
 * @param acts            the acts possible now ({@code confirm-competence}...), as the case says
 * @param objectionsFrom  the authorities whose objection can be recorded now (ISO codes)
 * @param clocks          the case's legal clocks, with their due dates
 * @param history         the case's acts, oldest first
 */
public record CaseFile(
        String reference,
        long version,
        LocalDate openedOn,
        String rules,
        String role,
        String lead,
        String leadName,
        String organisationName,
        Long organisationDirectoryId,
        List<String> concerned,
        List<String> joinedComplaints,
        String procedure,
        String stage,
        LocalDate lastActOn,
        LocalDate competenceConfirmedOn,
        int revisedDrafts,
        List<String> objections,
        LocalDate complainantObjectedOn,
        boolean closedByEarlyResolution,
        LocalDate investigationDueOn,
        List<String> acts,
        List<String> objectionsFrom,
        List<ClockRow> clocks,
        List<DocumentRow> documents,
        List<SentRow> sent,
        List<HistoryRow> history)
        implements Serializable {

    /** A document of the file in one version; {@code versionOf}: the confidential document it redacts. */
    public record DocumentRow(
            int number,
            String title,
            String confidentiality,
            Integer versionOf,
            String documentId,
            String filename,
            String sha256,
            LocalDate filedOn)
            implements Serializable {}

    /** Who received which document (its number and version), when. */
    public record SentRow(int document, String confidentiality, String recipient, String authority, LocalDate sentOn)
            implements Serializable {}

    /** One act of the case's history. */
    public record HistoryRow(
            String act, LocalDate on, String field, String before, String after, String by, String at, String reason)
            implements Serializable {}

    /**
     * One legal clock of the case, as the file shows it (the platform's clock view without its history).
     *
     * @param state ClockState's name: RUNNING, AT_RISK, BREACHED, MET...
     */
    public record ClockRow(
            String policyCode,
            String title,
            String legalSource,
            String period,
            LocalDate startEvent,
            LocalDate dueDate,
            String state,
            LocalDate endedOn)
            implements Serializable {
        static ClockRow of(ClockView clock) {
            return new ClockRow(
                    clock.policyCode(),
                    clock.title(),
                    clock.legalSource(),
                    clock.period(),
                    clock.startEvent(),
                    clock.dueDate(),
                    clock.state().name(),
                    clock.endedOn());
        }
    }
}
