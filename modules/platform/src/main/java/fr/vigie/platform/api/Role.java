package fr.vigie.platform.api;

/**
 * The roles of DOMAIN.md. The enum name is the container role name used in web.xml,
 * {@code @RolesAllowed} and {@code isUserInRole}: keep both in step through {@link Roles}.
 */
public enum Role {
    COMPLAINT_HANDLER,
    INSPECTOR,
    HEAD_OF_INSPECTIONS,
    PRESIDENT,
    RAPPORTEUR,
    SANCTIONS_MEMBER,
    SANCTIONS_CHAIR,
    DOSSIER_INSTRUCTOR,
    DAC_MEMBER,
    DAC_CHAIR,
    DAC_SECRETARY,
    MANAGER,
    AUDITOR,
    ADMINISTRATOR;

    /** Parses a stored role name; unknown names are a data error, reported with the name. */
    public static Role fromName(String name) {
        for (Role role : values()) {
            if (role.name().equals(name)) {
                return role;
            }
        }
        throw new IllegalArgumentException("Unknown role: " + name);
    }
}
