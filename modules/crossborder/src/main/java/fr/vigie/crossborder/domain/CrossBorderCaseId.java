package fr.vigie.crossborder.domain;

import fr.vigie.crossborder.api.CrossBorderModule;
import fr.vigie.platform.api.CaseRef;
import java.util.regex.Pattern;

/**
 * A cross-border case's reference, {@code TF-2027-000001} ("transfrontalier", year of opening,
 * number), as other modules and the clocks see it in {@code crossborder:TF-2027-000001}.
 */
public record CrossBorderCaseId(String value) {
    private static final Pattern FORMAT = Pattern.compile("TF-\\d{4}-\\d{6}");

    public CrossBorderCaseId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw CrossBorderException.onField("reference", "crossborder.reference.invalid", String.valueOf(value));
        }
    }

    /** The reference as the platform's clocks and audit trail name the case. */
    public CaseRef caseRef() {
        return new CaseRef(CrossBorderModule.NAME, value);
    }

    @Override
    public String toString() {
        return value;
    }
}
