package fr.vigie.complaints.api;

/** The module's name, as it appears in case references ({@code complaints:PL-2026-000123}) and the audit trail. */
public final class ComplaintsModule {
    public static final String NAME = "complaints";

    private ComplaintsModule() {}
}
