package fr.vigie.inspections.application;

/**
 * The filters of the inspection list; null (or blank) means "any". Organisation matches the start of
 * the name or of the SIREN/SIRET; inspector matches the lead or a member of the team.
 */
public record InspectionFilter(
        String theme,
        String type,
        String status,
        String organisation,
        String inspector,
        Integer year,
        Integer quarter,
        String origin) {

    public static InspectionFilter none() {
        return new InspectionFilter(null, null, null, null, null, null, null, null);
    }

    public InspectionFilter {
        theme = blankToNull(theme);
        type = blankToNull(type);
        status = blankToNull(status);
        organisation = blankToNull(organisation);
        inspector = blankToNull(inspector);
        origin = blankToNull(origin);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
