package fr.vigie.reporting.api;

/** The reporting module's name (its schema) and the module names its reports single out. */
public final class ReportingModule {
    public static final String NAME = "reporting";
    /** The module whose dossiers the EHDS compliance report reads. */
    public static final String DOSSIERS = "dossiers";
    /** The module whose complaints the Art. 78(2) report reads. */
    public static final String COMPLAINTS = "complaints";

    public static final String COMMITTEE = "committee";
    /** The module whose cross-border cases the cross-border report reads. */
    public static final String CROSSBORDER = "crossborder";

    public static final String EHDS_PSEUDONYMISED = "EHDS_PSEUDONYMISED";
    public static final String EHDS_ANONYMISED = "EHDS_ANONYMISED";

    private ReportingModule() {}
}
