package fr.vigie.platform.api;

/**
 * Role names as compile-time constants, for annotations such as {@code @RolesAllowed}
 * (an annotation cannot take an enum's name). A unit test checks they match {@link Role}.
 */
public final class Roles {
    public static final String COMPLAINT_HANDLER = "COMPLAINT_HANDLER";
    public static final String INSPECTOR = "INSPECTOR";
    public static final String HEAD_OF_INSPECTIONS = "HEAD_OF_INSPECTIONS";
    public static final String PRESIDENT = "PRESIDENT";
    public static final String RAPPORTEUR = "RAPPORTEUR";
    public static final String SANCTIONS_MEMBER = "SANCTIONS_MEMBER";
    public static final String SANCTIONS_CHAIR = "SANCTIONS_CHAIR";
    public static final String DOSSIER_INSTRUCTOR = "DOSSIER_INSTRUCTOR";
    public static final String DAC_MEMBER = "DAC_MEMBER";
    public static final String DAC_CHAIR = "DAC_CHAIR";
    public static final String DAC_SECRETARY = "DAC_SECRETARY";
    public static final String MANAGER = "MANAGER";
    public static final String AUDITOR = "AUDITOR";
    public static final String ADMINISTRATOR = "ADMINISTRATOR";

    private Roles() {}
}
