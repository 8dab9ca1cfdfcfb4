package fr.vigie.dossiers.domain;

import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.organisation.Siren;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the applicant fills in. A draft may be partly empty; {@link #formatProblems()} checks
 * what was typed (lengths, SIREN checksum, Art. 53(2), durations) and {@link #submissionProblems()}
 * also requires everything a complete application needs. Problems are returned in form order,
 * each naming its field, so that every wrong field gets its message at once.
 *
 * <p>The dossier holds its application as this value, mapped to the dossier's own columns and to its
 * {@code named_person} and {@code declaration} tables: the application's fields are written here
 * only. A new draft replaces the whole value; nothing outside changes it.
 *
 */
@Embeddable
public class ApplicationForm {
    @Enumerated(EnumType.STRING)
    @Column(name = "procedure", nullable = false)
    private Procedure procedure;

    @Column(name = "title")
    private String title;

    @Column(name = "organisation_name")
    private String organisationName;

    /** ISO 3166 alpha-2 code; a French organisation must give its SIREN. */
    @Column(name = "organisation_country", nullable = false)
    private String organisationCountry;

    @Column(name = "siren")
    private String siren;

    /** The applicant is a public sector body (Art. 53(2), accelerated procedure Art. 68(6)). */
    @Column(name = "public_body", nullable = false)
    private boolean publicBody;

    @Column(name = "principal_investigator")
    private String principalInvestigator;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "dossiers", name = "named_person", joinColumns = @JoinColumn(name = "dossier_id"))
    @OrderColumn(name = "position")
    @Column(name = "name")
    private List<String> namedPersons = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose")
    private Purpose purpose;

    @Column(name = "purpose_description")
    private String purposeDescription;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "dossiers", name = "declaration", joinColumns = @JoinColumn(name = "dossier_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "prohibited_use")
    private Set<ProhibitedUse> declarations = EnumSet.noneOf(ProhibitedUse.class);

    @Column(name = "data_sources")
    private String dataSources;

    @Column(name = "data_categories")
    private String dataCategories;

    @Enumerated(EnumType.STRING)
    @Column(name = "data_form")
    private DataForm dataForm;

    @Column(name = "data_form_justification")
    private String dataFormJustification;

    @Column(name = "ethics_assessment")
    private String ethicsAssessment;

    /** The requested duration of access, in months (at most 120, Art. 68(12)). */
    @Column(name = "requested_months")
    private Integer requestedMonths;

    @Column(name = "processing_environment")
    private String processingEnvironment;

    static final int SHORT = 300;
    static final int LONG = 10_000;
    static final int MAX_PERSONS = 50;
    public static final int MAX_MONTHS = 120;

    protected ApplicationForm() {
        // for JPA
    }

    public ApplicationForm(
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
        this.procedure = procedure;
        if (namedPersons != null) {
            namedPersons.stream()
                    .map(p -> p == null ? "" : p.strip())
                    .filter(p -> !p.isEmpty())
                    .forEach(this.namedPersons::add);
        }
        if (declarations != null) {
            this.declarations.addAll(declarations);
        }
        this.organisationCountry = organisationCountry == null || organisationCountry.isBlank()
                ? "FR"
                : organisationCountry.strip().toUpperCase(java.util.Locale.ROOT);
        this.title = strip(title);
        this.organisationName = strip(organisationName);
        this.siren = strip(siren);
        this.publicBody = publicBody;
        this.principalInvestigator = strip(principalInvestigator);
        this.purpose = purpose;
        this.purposeDescription = strip(purposeDescription);
        this.dataSources = strip(dataSources);
        this.dataCategories = strip(dataCategories);
        this.dataForm = dataForm;
        this.dataFormJustification = strip(dataFormJustification);
        this.ethicsAssessment = strip(ethicsAssessment);
        this.requestedMonths = requestedMonths;
        this.processingEnvironment = strip(processingEnvironment);
    }

    /**
     * The answers as the dossier keeps them: refuses them, every wrong field at once, if what was
     * typed is wrong (see {@link #formatProblems()}); the SIREN is kept in its canonical form.
     */
    ApplicationForm checkedForDraft() {
        List<DomainException> problems = formatProblems();
        if (!problems.isEmpty()) {
            throw DossierException.onFields(problems);
        }
        ApplicationForm kept = copy();
        kept.siren = siren == null ? null : Siren.parse(siren, "siren").value();
        return kept;
    }

    private ApplicationForm copy() {
        return new ApplicationForm(
                procedure,
                title,
                organisationName,
                organisationCountry,
                siren,
                publicBody,
                principalInvestigator,
                namedPersons,
                purpose,
                purposeDescription,
                declarations,
                dataSources,
                dataCategories,
                dataForm,
                dataFormJustification,
                ethicsAssessment,
                requestedMonths,
                processingEnvironment);
    }

    /** Whether the application is one of a public body for a purpose reserved to public bodies (Art. 68(6)). */
    boolean qualifiesForAcceleration() {
        return procedure == Procedure.EHDS_ACCESS_APPLICATION
                && publicBody
                && purpose != null
                && purpose.publicBodiesOnly();
    }

    public Procedure procedure() {
        return procedure;
    }

    public String title() {
        return title;
    }

    public String organisationName() {
        return organisationName;
    }

    /** ISO 3166 alpha-2 code of the applicant organisation's country. */
    public String organisationCountry() {
        return organisationCountry;
    }

    public String siren() {
        return siren;
    }

    public boolean publicBody() {
        return publicBody;
    }

    public String principalInvestigator() {
        return principalInvestigator;
    }

    public List<String> namedPersons() {
        return namedPersons == null ? List.of() : Collections.unmodifiableList(namedPersons);
    }

    public Purpose purpose() {
        return purpose;
    }

    public String purposeDescription() {
        return purposeDescription;
    }

    public Set<ProhibitedUse> declarations() {
        return declarations == null || declarations.isEmpty()
                ? EnumSet.noneOf(ProhibitedUse.class)
                : EnumSet.copyOf(declarations);
    }

    public String dataSources() {
        return dataSources;
    }

    public String dataCategories() {
        return dataCategories;
    }

    public DataForm dataForm() {
        return dataForm;
    }

    public String dataFormJustification() {
        return dataFormJustification;
    }

    public String ethicsAssessment() {
        return ethicsAssessment;
    }

    public Integer requestedMonths() {
        return requestedMonths;
    }

    public String processingEnvironment() {
        return processingEnvironment;
    }

    private List<Object> values() {
        return java.util.Arrays.asList(
                procedure,
                title,
                organisationName,
                organisationCountry,
                siren,
                publicBody,
                principalInvestigator,
                List.copyOf(namedPersons()),
                purpose,
                purposeDescription,
                declarations(),
                dataSources,
                dataCategories,
                dataForm,
                dataFormJustification,
                ethicsAssessment,
                requestedMonths,
                processingEnvironment);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApplicationForm other && values().equals(other.values());
    }

    @Override
    public int hashCode() {
        return Objects.hash(values().toArray());
    }

    @Override
    public String toString() {
        return "ApplicationForm" + values();
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
        if (organisationCountry == null || !organisationCountry.matches("[A-Z]{2}")) {
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
        if (namedPersons().size() > MAX_PERSONS) {
            problems.add(DossierException.onField("namedPersons", "dossier.namedPersons.tooMany", MAX_PERSONS));
        }
        for (String person : namedPersons()) {
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
        if (namedPersons().isEmpty()) {
            problems.add(DossierException.onField("namedPersons", "dossier.namedPersons.required"));
        }
        if (purpose == null) {
            problems.add(DossierException.onField("purpose", "dossier.purpose.required"));
        }
        if (purposeDescription == null || purposeDescription.length() < 20) {
            problems.add(DossierException.onField("purposeDescription", "dossier.purposeDescription.tooShort", 20));
        }
        if (!declarations().containsAll(EnumSet.allOf(ProhibitedUse.class))) {
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
