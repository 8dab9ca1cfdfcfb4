package fr.vigie.platform.audit.application;

import java.time.LocalDate;

/** Criteria of the auditor's search; a null criterion does not filter. */
public record AuditFilter(String actor, String action, String caseRef, LocalDate from, LocalDate to) {
    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }
}
