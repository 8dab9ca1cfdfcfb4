package fr.vigie.inspections.api;

/** The module's name, as it appears in case references ({@code inspections:CTL-2026-0042}) and the audit trail. */
public final class InspectionsModule {
    public static final String NAME = "inspections";

    private InspectionsModule() {}
}
