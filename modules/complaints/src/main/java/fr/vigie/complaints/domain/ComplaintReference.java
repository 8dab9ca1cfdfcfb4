package fr.vigie.complaints.domain;

import fr.vigie.complaints.api.ComplaintsModule;
import fr.vigie.platform.api.CaseRef;
import java.util.regex.Pattern;

/** A complaint's public reference, {@code PL-<year>-<number on 6 digits>}, e.g. {@code PL-2026-000123}. */
public record ComplaintReference(String value) {
    private static final Pattern FORMAT = Pattern.compile("PL-\\d{4}-\\d{6,}");

    public ComplaintReference {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw ComplaintException.onField("reference", "complaint.reference.invalid", String.valueOf(value));
        }
    }

    /**
     * The reference a person typed, trimmed; refuses a malformed one on their form's {@code field}.
     */
    public static ComplaintReference parse(String text, String field) {
        String value = text == null ? "" : text.strip();
        if (!FORMAT.matcher(value).matches()) {
            throw ComplaintException.onField(field, "complaint.reference.invalid", value);
        }
        return new ComplaintReference(value);
    }

    public static ComplaintReference of(int year, long number) {
        return new ComplaintReference(String.format("PL-%04d-%06d", year, number));
    }

    public CaseRef caseRef() {
        return new CaseRef(ComplaintsModule.NAME, value);
    }

    @Override
    public String toString() {
        return value;
    }
}
