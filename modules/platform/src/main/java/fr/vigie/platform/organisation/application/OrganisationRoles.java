package fr.vigie.platform.organisation.application;

import fr.vigie.platform.api.Roles;

/** Who may do what with the directory. */
public final class OrganisationRoles {
    /** Administrators and the case workers who meet organisations in their cases may register and correct them. */
    public static final String[] EDITORS = {
        Roles.ADMINISTRATOR,
        Roles.COMPLAINT_HANDLER,
        Roles.INSPECTOR,
        Roles.HEAD_OF_INSPECTIONS,
        Roles.DOSSIER_INSTRUCTOR,
        Roles.RAPPORTEUR,
        Roles.DAC_SECRETARY
    };

    /** Any member of staff may read the directory. */
    public static final String[] READERS = {
        Roles.COMPLAINT_HANDLER,
        Roles.INSPECTOR,
        Roles.HEAD_OF_INSPECTIONS,
        Roles.PRESIDENT,
        Roles.RAPPORTEUR,
        Roles.SANCTIONS_MEMBER,
        Roles.SANCTIONS_CHAIR,
        Roles.DOSSIER_INSTRUCTOR,
        Roles.DAC_MEMBER,
        Roles.DAC_CHAIR,
        Roles.DAC_SECRETARY,
        Roles.MANAGER,
        Roles.AUDITOR,
        Roles.ADMINISTRATOR
    };

    private OrganisationRoles() {}
}
