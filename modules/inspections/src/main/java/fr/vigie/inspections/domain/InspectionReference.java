package fr.vigie.inspections.domain;

import fr.vigie.inspections.api.InspectionsModule;
import fr.vigie.platform.api.CaseRef;
import java.util.regex.Pattern;

/** The public name of an inspection, {@code CTL-2026-0042}: year of opening and a number. */
public record InspectionReference(String value) {
    public static final String PATTERN = "CTL-[0-9]{4}-[0-9]{4,}";
    private static final Pattern FORMAT = Pattern.compile(PATTERN);

    public InspectionReference {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw InspectionException.onField("reference", "reference.invalid", String.valueOf(value));
        }
    }

    public static InspectionReference of(int year, long number) {
        return new InspectionReference(String.format("CTL-%04d-%04d", year, number));
    }

    public CaseRef caseRef() {
        return new CaseRef(InspectionsModule.NAME, value);
    }

    @Override
    public String toString() {
        return value;
    }
}
