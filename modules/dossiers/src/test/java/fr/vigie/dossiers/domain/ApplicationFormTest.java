package fr.vigie.dossiers.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.platform.api.DomainException;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ApplicationFormTest {

    private static List<String> fields(List<DomainException> problems) {
        return problems.stream().map(DomainException::field).toList();
    }

    @Test
    void aCompleteApplicationHasNoProblem() {
        assertEquals(
                List.of(), Fixtures.complete(Procedure.EHDS_ACCESS_APPLICATION).submissionProblems());
    }

    @Test
    void anEmptyDraftIsFineAsADraftButListsEveryMissingAnswerOnSubmission() {
        ApplicationForm empty = new ApplicationForm(
                Procedure.NATIONAL,
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        assertEquals(List.of(), empty.formatProblems());
        List<String> fields = fields(empty.submissionProblems());
        assertEquals(
                List.of(
                        "title",
                        "organisationName",
                        "siren",
                        "principalInvestigator",
                        "namedPersons",
                        "purpose",
                        "purposeDescription",
                        "declarations",
                        "dataSources",
                        "dataCategories",
                        "dataForm",
                        "ethicsAssessment",
                        "requestedMonths",
                        "processingEnvironment"),
                fields);
    }

    @ParameterizedTest
    @EnumSource(
            value = Purpose.class,
            names = {"A_PUBLIC_HEALTH", "B_POLICY_MAKING", "C_OFFICIAL_STATISTICS"})
    void purposesAToCAreReservedToPublicBodies(Purpose purpose) {
        assertTrue(purpose.publicBodiesOnly());
        ApplicationForm privateBody = with(purpose, false);
        assertEquals(List.of("purpose"), fields(privateBody.formatProblems()));
        assertEquals(
                "dossier.purpose.publicBodiesOnly",
                privateBody.formatProblems().get(0).key());
        assertEquals(List.of(), with(purpose, true).formatProblems());
    }

    @ParameterizedTest
    @EnumSource(
            value = Purpose.class,
            names = {"D_EDUCATION", "E_SCIENTIFIC_RESEARCH", "F_CARE_IMPROVEMENT"})
    void purposesDToFAreOpenToEveryone(Purpose purpose) {
        assertFalse(purpose.publicBodiesOnly());
        assertEquals(List.of(), with(purpose, false).formatProblems());
    }

    private static ApplicationForm with(Purpose purpose, boolean publicBody) {
        ApplicationForm f = Fixtures.complete(Procedure.EHDS_ACCESS_APPLICATION);
        return new ApplicationForm(
                f.procedure(),
                f.title(),
                f.organisationName(),
                f.organisationCountry(),
                f.siren(),
                publicBody,
                f.principalInvestigator(),
                f.namedPersons(),
                purpose,
                f.purposeDescription(),
                f.declarations(),
                f.dataSources(),
                f.dataCategories(),
                f.dataForm(),
                f.dataFormJustification(),
                f.ethicsAssessment(),
                f.requestedMonths(),
                f.processingEnvironment());
    }

    @ParameterizedTest
    @EnumSource(ProhibitedUse.class)
    void everyProhibitedUseMustBeDeclaredAgainst(ProhibitedUse missing) {
        ApplicationForm f = Fixtures.complete(Procedure.NATIONAL);
        EnumSet<ProhibitedUse> signed = EnumSet.allOf(ProhibitedUse.class);
        signed.remove(missing);
        ApplicationForm partial = new ApplicationForm(
                f.procedure(),
                f.title(),
                f.organisationName(),
                "FR",
                f.siren(),
                false,
                f.principalInvestigator(),
                f.namedPersons(),
                f.purpose(),
                f.purposeDescription(),
                signed,
                f.dataSources(),
                f.dataCategories(),
                f.dataForm(),
                f.dataFormJustification(),
                f.ethicsAssessment(),
                f.requestedMonths(),
                f.processingEnvironment());
        assertEquals(List.of("declarations"), fields(partial.submissionProblems()));
    }

    @Test
    void aDataRequestIsForAnonymisedDataAndNeedsNoEnvironment() {
        ApplicationForm f = Fixtures.complete(Procedure.EHDS_DATA_REQUEST);
        ApplicationForm pseudo = new ApplicationForm(
                f.procedure(),
                f.title(),
                f.organisationName(),
                "FR",
                f.siren(),
                false,
                f.principalInvestigator(),
                f.namedPersons(),
                f.purpose(),
                f.purposeDescription(),
                f.declarations(),
                f.dataSources(),
                f.dataCategories(),
                DataForm.PSEUDONYMISED,
                "x",
                f.ethicsAssessment(),
                12,
                null);
        assertEquals(List.of("dataForm"), fields(pseudo.submissionProblems()));
        ApplicationForm anonymised = new ApplicationForm(
                f.procedure(),
                f.title(),
                f.organisationName(),
                "FR",
                f.siren(),
                false,
                f.principalInvestigator(),
                f.namedPersons(),
                f.purpose(),
                f.purposeDescription(),
                f.declarations(),
                f.dataSources(),
                f.dataCategories(),
                DataForm.ANONYMISED,
                null,
                f.ethicsAssessment(),
                12,
                null);
        assertEquals(List.of(), anonymised.submissionProblems());
    }

    @Test
    void pseudonymisedDataMustBeJustified() {
        ApplicationForm f = Fixtures.complete(Procedure.EHDS_ACCESS_APPLICATION);
        ApplicationForm unjustified = new ApplicationForm(
                f.procedure(),
                f.title(),
                f.organisationName(),
                "FR",
                f.siren(),
                false,
                f.principalInvestigator(),
                f.namedPersons(),
                f.purpose(),
                f.purposeDescription(),
                f.declarations(),
                f.dataSources(),
                f.dataCategories(),
                DataForm.PSEUDONYMISED,
                "  ",
                f.ethicsAssessment(),
                12,
                f.processingEnvironment());
        assertEquals(List.of("dataFormJustification"), fields(unjustified.submissionProblems()));
    }

    @Test
    void aForeignOrganisationNeedsNoSirenButAFrenchOneDoes() {
        ApplicationForm f = Fixtures.complete(Procedure.EHDS_ACCESS_APPLICATION);
        ApplicationForm foreign = new ApplicationForm(
                f.procedure(),
                f.title(),
                "Karolinska Institutet",
                "se",
                null,
                false,
                f.principalInvestigator(),
                f.namedPersons(),
                f.purpose(),
                f.purposeDescription(),
                f.declarations(),
                f.dataSources(),
                f.dataCategories(),
                f.dataForm(),
                f.dataFormJustification(),
                f.ethicsAssessment(),
                12,
                f.processingEnvironment());
        assertEquals("SE", foreign.organisationCountry());
        assertEquals(List.of(), foreign.submissionProblems());
        ApplicationForm french = new ApplicationForm(
                f.procedure(),
                f.title(),
                "CHU",
                "FR",
                null,
                false,
                f.principalInvestigator(),
                f.namedPersons(),
                f.purpose(),
                f.purposeDescription(),
                f.declarations(),
                f.dataSources(),
                f.dataCategories(),
                f.dataForm(),
                f.dataFormJustification(),
                f.ethicsAssessment(),
                12,
                f.processingEnvironment());
        assertEquals(List.of("siren"), fields(french.submissionProblems()));
    }

    @Test
    void badValuesAreRefusedOnTheirFieldsEvenInADraft() {
        ApplicationForm bad = new ApplicationForm(
                Procedure.NATIONAL,
                "x".repeat(301),
                null,
                "France",
                "732829321",
                false,
                null,
                List.of("  ", "Jeanne"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                121,
                null);
        assertEquals(List.of("title", "organisationCountry", "siren", "requestedMonths"), fields(bad.formatProblems()));
        assertEquals(List.of("Jeanne"), bad.namedPersons(), "blank names are dropped");
    }

    @Test
    void theRequestedDurationIsAtMostTenYears() {
        assertEquals(120, ApplicationForm.MAX_MONTHS);
    }
}
