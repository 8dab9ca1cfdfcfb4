package fr.vigie.dossiers.rest;

import fr.vigie.dossiers.domain.ApplicationForm;
import fr.vigie.dossiers.domain.DataForm;
import fr.vigie.dossiers.domain.DossierException;
import fr.vigie.dossiers.domain.Procedure;
import fr.vigie.dossiers.domain.ProhibitedUse;
import fr.vigie.dossiers.domain.Purpose;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Turns JSON values into domain values, refusing a bad one on its field. */
final class Forms {
    private Forms() {}

    static ApplicationForm form(ApplicationRequest r) {
        Set<ProhibitedUse> declarations = EnumSet.noneOf(ProhibitedUse.class);
        if (r.declarations() != null) {
            for (String d : r.declarations()) {
                declarations.add(parse(ProhibitedUse.class, d, "declarations"));
            }
        }
        return new ApplicationForm(
                parse(Procedure.class, r.procedure(), "procedure"),
                r.title(),
                r.organisationName(),
                r.organisationCountry(),
                r.siren(),
                Boolean.TRUE.equals(r.publicBody()),
                r.principalInvestigator(),
                r.namedPersons(),
                parse(Purpose.class, r.purpose(), "purpose"),
                r.purposeDescription(),
                declarations,
                r.dataSources(),
                r.dataCategories(),
                parse(DataForm.class, r.dataForm(), "dataForm"),
                r.dataFormJustification(),
                r.ethicsAssessment(),
                r.requestedMonths(),
                r.processingEnvironment());
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DossierException.onField(field, "value.unknown", value);
        }
    }

    static LocalDate date(String value, String field) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException | NullPointerException e) {
            throw DossierException.onField(field, "date.invalid", value);
        }
    }
}
