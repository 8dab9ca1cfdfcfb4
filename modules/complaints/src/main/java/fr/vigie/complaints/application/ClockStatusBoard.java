package fr.vigie.complaints.application;

import java.time.LocalDate;

/**
 * The read model of the complaints' clock statuses (the work list's due dates and states); implemented in persistence.
 */
public interface ClockStatusBoard {
    void record(long clockId, long complaintId, String policyCode, String state, LocalDate dueDate);

    /** @return whether the clock is one of ours (rows are created when our clocks start) */
    boolean update(long clockId, String state, LocalDate dueDate);
}
