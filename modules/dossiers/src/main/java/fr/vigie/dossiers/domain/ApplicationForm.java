package fr.vigie.dossiers.domain;

import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.organisation.Siren;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the applicant fills in. A draft may be partly empty; {@link #formatProblems()} checks
 * what was typed (lengths, SIREN checksum, Art. 53(2), durations) and {@link #submissionProblems()}
 * also requires everything a complete application needs. Problems are returned in form order,
 * each naming its field, so that every wrong field gets its message at once.
 *
 * @param organisationCountry ISO code; a French organisation must give its SIREN
 * @param publicBody          the applicant is a public sector body (Art. 53(2), accelerated procedure Art. 68(6))
 * @param requestedMonths     the requested duration of access, in months (at most 120, Art. 68(12))
 */
public record ApplicationForm(
        Procedure procedure,
        String title,
        String organisationName,
        String organisationCountry,
        String siren,
        boolean publicBody,
        String principalInvestigator,
        List<String> namedPersons,
        Purpose purpose,
        String purposeDescription,
        Set<ProhibitedUse> declarations,
        String dataSources,
        String dataCategories,
        DataForm dataForm,
        String dataFormJustification,
        String ethicsAssessment,
        Integer requestedMonths,
        String processingEnvironment) {

    static final int SHORT = 300;
    static final int LONG = 10_000;
    static final int MAX_PERSONS = 50;
    public static final int MAX_MONTHS = 120;

    public ApplicationForm {
        namedPersons = namedPersons == null
                ? List.of()
                : namedPersons.stream()
                        .map(p -> p == null ? "" : p.strip())
                        .filter(p -> !p.isEmpty())
                        .toList();
        declarations = declarations == null || declarations.isEmpty()
                ? EnumSet.noneOf(ProhibitedUse.class)
                : EnumSet.copyOf(declarations);
        organisationCountry = organisationCountry == null || organisationCountry.isBlank()
                ? "FR"
                : organisationCountry.strip().toUpperCase(java.util.Locale.ROOT);
        title = strip(title);
        organisationName = strip(organisationName);
        siren = strip(siren);
        principalInvestigator = strip(principalInvestigator);
        purposeDescription = strip(purposeDescription);
        dataSources = strip(dataSources);
        dataCategories = strip(dataCategories);
        dataFormJustification = strip(dataFormJustification);
        ethicsAssessment = strip(ethicsAssessment);
        processingEnvironment = strip(processingEnvironment);
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Problems with what was typed, for a draft. */
    public List<DomainException> formatProblems() {
        List<DomainException> problems = new ArrayList<>();
        if (procedure == null) {
            problems.add(DossierException.onField("procedure", "dossier.procedure.required"));
        }
        tooLong(problems, "title", title, SHORT);
        tooLong(problems, "organisationName", organisationName, SHORT);
        if (!organisationCountry.matches("[A-Z]{2}")) {
            problems.add(
                    DossierException.onField("organisationCountry", "dossier.country.invalid", organisationCountry));
        }
        if (siren != null) {
            try {
                Siren.parse(siren, "siren");
            } catch (DomainException e) {
                problems.add(e);
            }
        }
        tooLong(problems, "principalInvestigator", principalInvestigator, SHORT);
        if (namedPersons.size() > MAX_PERSONS) {
            problems.add(DossierException.onField("namedPersons", "dossier.namedPersons.tooMany", MAX_PERSONS));
        }
        for (String person : namedPersons) {
            if (person.length() > SHORT) {
                problems.add(DossierException.onField("namedPersons", "text.tooLong", SHORT));
                break;
            }
        }
        if (purpose != null && !purpose.allowedFor(publicBody)) {
            problems.add(DossierException.onField("purpose", "dossier.purpose.publicBodiesOnly", purpose.letter()));
        }
        tooLong(problems, "purposeDescription", purposeDescription, LONG);
        tooLong(problems, "dataSources", dataSources, LONG);
        tooLong(problems, "dataCategories", dataCategories, LONG);
        if (procedure == Procedure.EHDS_DATA_REQUEST && dataForm == DataForm.PSEUDONYMISED) {
            problems.add(DossierException.onField("dataForm", "dossier.dataForm.requestIsAnonymised"));
        }
        tooLong(problems, "dataFormJustification", dataFormJustification, LONG);
        tooLong(problems, "ethicsAssessment", ethicsAssessment, LONG);
        if (requestedMonths != null && (requestedMonths < 1 || requestedMonths > MAX_MONTHS)) {
            problems.add(DossierException.onField("requestedMonths", "dossier.requestedMonths.range", MAX_MONTHS));
        }
        tooLong(problems, "processingEnvironment", processingEnvironment, SHORT);
        return problems;
    }

    /** Problems that prevent submission: format problems and every missing answer. */
    public List<DomainException> submissionProblems() {
        List<DomainException> problems = formatProblems();
        required(problems, "title", title);
        required(problems, "organisationName", organisationName);
        if ("FR".equals(organisationCountry) && siren == null) {
            problems.add(DossierException.onField("siren", "dossier.siren.required"));
        }
        required(problems, "principalInvestigator", principalInvestigator);
        if (namedPersons.isEmpty()) {
            problems.add(DossierException.onField("namedPersons", "dossier.namedPersons.required"));
        }
        if (purpose == null) {
            problems.add(DossierException.onField("purpose", "dossier.purpose.required"));
        }
        if (purposeDescription == null || purposeDescription.length() < 20) {
            problems.add(DossierException.onField("purposeDescription", "dossier.purposeDescription.tooShort", 20));
        }
        if (!declarations.containsAll(EnumSet.allOf(ProhibitedUse.class))) {
            problems.add(DossierException.onField("declarations", "dossier.declarations.required"));
        }
        required(problems, "dataSources", dataSources);
        required(problems, "dataCategories", dataCategories);
        if (dataForm == null) {
            problems.add(DossierException.onField("dataForm", "dossier.dataForm.required"));
        } else if (dataForm == DataForm.PSEUDONYMISED && dataFormJustification == null) {
            problems.add(DossierException.onField("dataFormJustification", "dossier.dataFormJustification.required"));
        }
        required(problems, "ethicsAssessment", ethicsAssessment);
        if (requestedMonths == null) {
            problems.add(DossierException.onField("requestedMonths", "dossier.requestedMonths.required"));
        }
        if (procedure != Procedure.EHDS_DATA_REQUEST) {
            required(problems, "processingEnvironment", processingEnvironment);
        }
        // One message per field, in the order found.
        List<DomainException> unique = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (DomainException p : problems) {
            if (seen.add(String.valueOf(p.field()))) {
                unique.add(p);
            }
        }
        return unique;
    }

    private static void required(List<DomainException> problems, String field, String value) {
        if (value == null) {
            problems.add(DossierException.onField(field, "dossier." + field + ".required"));
        }
    }

    private static void tooLong(List<DomainException> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(DossierException.onField(field, "text.tooLong", max));
        }
    }
}
