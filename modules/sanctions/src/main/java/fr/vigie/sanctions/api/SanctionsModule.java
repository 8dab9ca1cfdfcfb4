package fr.vigie.sanctions.api;

/** The module's name, as it appears in case references ({@code sanctions:SAN-2026-0007}) and the audit trail. */
public final class SanctionsModule {
    public static final String NAME = "sanctions";

    private SanctionsModule() {}
}
