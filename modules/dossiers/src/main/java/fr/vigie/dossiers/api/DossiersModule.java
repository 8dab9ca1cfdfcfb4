package fr.vigie.dossiers.api;

/** The module's name, as it appears in case references ({@code dossiers:DA-2026-000042}) and the audit trail. */
public final class DossiersModule {
    public static final String NAME = "dossiers";

    private DossiersModule() {}
}
