package fr.vigie.dossiers.domain;

import fr.vigie.dossiers.api.DossiersModule;
import fr.vigie.platform.api.CaseRef;
import java.util.regex.Pattern;

/** A dossier's public name, e.g. {@code DA-2026-000042}: numbered in sequence, with the year of creation. */
public record DossierReference(String value) {
    public static final Pattern FORMAT = Pattern.compile("DA-\\d{4}-\\d{6,}");

    public DossierReference {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw DossierException.onField("reference", "dossier.reference.invalid", value);
        }
    }

    /** The reference {@code text} names, or none when it is not one (null, another module's, mistyped). */
    public static java.util.Optional<DossierReference> parse(String text) {
        return text == null || !FORMAT.matcher(text).matches()
                ? java.util.Optional.empty()
                : java.util.Optional.of(new DossierReference(text));
    }

    public static DossierReference of(int year, long number) {
        return new DossierReference(String.format("DA-%04d-%06d", year, number));
    }

    public CaseRef caseRef() {
        return new CaseRef(DossiersModule.NAME, value);
    }

    @Override
    public String toString() {
        return value;
    }
}
