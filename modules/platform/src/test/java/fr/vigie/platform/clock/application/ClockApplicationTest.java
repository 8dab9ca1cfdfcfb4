package fr.vigie.platform.clock.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.Role;
import fr.vigie.platform.clock.domain.ClockRuleException;
import fr.vigie.platform.clock.domain.FrenchPublicHolidays;
import fr.vigie.platform.clock.domain.LegalPolicy;
import fr.vigie.platform.clock.domain.Period;
import fr.vigie.platform.clock.domain.PeriodUnit;
import fr.vigie.platform.clock.domain.PolicyCatalogue;
import fr.vigie.platform.clock.tracking.ClockEventType;
import fr.vigie.platform.clock.tracking.Moment;
import fr.vigie.platform.clock.tracking.TrackedClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The pure parts of the application layer: stored policy definitions, refusals and their fields, permissions. */
class ClockApplicationTest {

    @Test
    void aStoredDefinitionRebuildsTheSamePolicy() {
        Properties file = PolicyCatalogue.defaultProperties();
        for (LegalPolicy policy : PolicyCatalogue.defaults().all()) {
            String definition = PolicyRegistry.definition(PolicyRegistry.attributesOf(file, policy.code()));
            LegalPolicy stored = PolicyRegistry.parse(policy.code(), definition);
            assertEquals(policy, stored);
            assertEquals(policy.period(), stored.period());
            assertEquals(policy.extensionRule(), stored.extensionRule());
            assertEquals(policy.legalSource(), stored.legalSource(), "UTF-8 and accents survive: " + policy.code());
        }
    }

    @Test
    void aRevisedDefinitionIsTheNextVersion() {
        Map<String, String> attributes =
                PolicyRegistry.attributesOf(PolicyCatalogue.defaultProperties(), "INSPECTION_OBSERVATIONS");
        attributes.put("period", "20 days");
        attributes.put("version", "2");
        LegalPolicy revised = PolicyRegistry.parse("INSPECTION_OBSERVATIONS", PolicyRegistry.definition(attributes));
        assertEquals(Period.days(20), revised.period());
        assertEquals(2, revised.version());
    }

    @Test
    void engineRefusalsLandOnTheirOwnFieldOrTheOperationsOne() {
        ClockRuleException unit = assertThrows(ClockRuleException.class, () -> PeriodUnit.parse("fortnights"));
        assertEquals("unit", ClockException.of(unit, "date").field());
        ClockRuleException negative = assertThrows(ClockRuleException.class, () -> Period.days(-3));
        assertEquals("amount", ClockException.of(negative, "date").field());
        ClockRuleException other = new ClockRuleException("clock.suspension.noneOpen", "not suspended");
        assertEquals("date", ClockException.of(other, "date").field());
    }

    @Test
    void refusalsAreTranslatedAndFallBackToTheEnginesEnglish() {
        ClockRuleException overlap = new ClockRuleException("clock.suspension.overlap", "The %s overlaps", "x");
        assertTrue(ClockException.of(overlap, "date")
                .localizedMessage(Locale.FRENCH)
                .contains("chevauche"));
        assertTrue(ClockException.of(overlap, "date").getMessage().contains("overlaps"));
        ClockRuleException untranslated = new ClockRuleException("clock.some.newRule", "A rule nobody translated yet");
        assertEquals(
                "A rule nobody translated yet",
                ClockException.of(untranslated, null).localizedMessage(Locale.FRENCH));
    }

    @Test
    void aChosenPeriodOutsideItsBoundsIsRefusedOnAmountNamingTheBoundAndTheSourceInThePersonsLanguage() {
        LegalPolicy formalNotice = PolicyCatalogue.defaults().policy("FORMAL_NOTICE_COMPLIANCE");
        ClockException below = assertThrows(
                ClockException.class,
                () -> ClockTracking.requireChosenPeriod(
                        formalNotice,
                        java.time.LocalDate.of(2026, 1, 15),
                        Period.days(5),
                        FrenchPublicHolidays.INSTANCE));
        assertEquals("amount", below.field());
        assertEquals(
                "Un délai de 5 jours est trop court pour ce dossier : Décret 2019-536 art. 38 fixe un minimum"
                        + " de 10 jours.",
                below.localizedMessage(Locale.FRENCH));
        assertEquals(
                "A period of 5 days is too short for this case: Décret 2019-536 art. 38 sets a minimum of"
                        + " 10 days.",
                below.localizedMessage(Locale.ENGLISH));

        LegalPolicy permit = PolicyCatalogue.defaults().policy("EHDS_ART_68_12_PERMIT_DURATION");
        ClockException above = assertThrows(
                ClockException.class,
                () -> ClockTracking.requireChosenPeriod(
                        permit, java.time.LocalDate.of(2026, 1, 15), Period.years(12), FrenchPublicHolidays.INSTANCE));
        assertEquals("amount", above.field());
        assertEquals(
                "Un délai de 12 ans est trop long pour ce dossier : Regulation (EU) 2025/327 Art. 68(12) fixe un"
                        + " maximum de 10 ans.",
                above.localizedMessage(Locale.FRENCH));

        LegalPolicy art78 = PolicyCatalogue.defaults().policy("GDPR_ART_78_2_INFORM_COMPLAINANT");
        ClockException fixed = assertThrows(
                ClockException.class,
                () -> ClockTracking.requireChosenPeriod(
                        art78, java.time.LocalDate.of(2026, 1, 15), Period.months(4), FrenchPublicHolidays.INSTANCE));
        assertEquals("amount", fixed.field());
        assertEquals(
                "Ce délai est fixé par GDPR Art. 78(2) (3 mois) : il ne se choisit pas dossier par dossier.",
                fixed.localizedMessage(Locale.FRENCH));
    }

    @Test
    void aClockStartsOnlyOnAnExistingCaseOfItsPolicysModule() {
        LegalPolicy art78 = PolicyCatalogue.defaults().policy("GDPR_ART_78_2_INFORM_COMPLAINANT");
        fr.vigie.platform.api.clock.KnownCases complaints = new fr.vigie.platform.api.clock.KnownCases() {
            @Override
            public String module() {
                return "complaints";
            }

            @Override
            public boolean exists(String reference) {
                return "PL-2026-000001".equals(reference);
            }
        };
        ClockTracking.requireKnownCase(
                new fr.vigie.platform.api.CaseRef("complaints", "PL-2026-000001"),
                art78,
                java.util.List.of(complaints));

        ClockException unknown = assertThrows(
                ClockException.class,
                () -> ClockTracking.requireKnownCase(
                        new fr.vigie.platform.api.CaseRef("complaints", "PL-2026-999999"),
                        art78,
                        java.util.List.of(complaints)));
        assertEquals("caseRef", unknown.field());
        assertEquals(
                "Dossier inconnu : « complaints:PL-2026-999999 ». Un délai ne démarre que sur un dossier existant.",
                unknown.localizedMessage(Locale.FRENCH));

        ClockException otherModule = assertThrows(
                ClockException.class,
                () -> ClockTracking.requireKnownCase(
                        new fr.vigie.platform.api.CaseRef("dossiers", "DA-2026-000001"),
                        art78,
                        java.util.List.of(complaints)));
        assertEquals("policy", otherModule.field());

        LegalPolicy observations = PolicyCatalogue.defaults().policy("INSPECTION_OBSERVATIONS");
        ClockException noDirectory = assertThrows(
                ClockException.class,
                () -> ClockTracking.requireKnownCase(
                        new fr.vigie.platform.api.CaseRef("inspections", "CT-2026-0001"),
                        observations,
                        java.util.List.of(complaints)));
        assertEquals("caseRef", noDirectory.field());
        assertEquals("clock.caseRef.noDirectory", noDirectory.key());
    }

    /** A version of a policy of the release's catalogue with one attribute changed, as an older release stored it. */
    private static LegalPolicy storedVersion(String code, int version, boolean suspendable) {
        Map<String, String> attributes = PolicyRegistry.attributesOf(PolicyCatalogue.defaultProperties(), code);
        attributes.put("suspendable", Boolean.toString(suspendable));
        attributes.put("version", Integer.toString(version));
        return PolicyRegistry.parse(code, PolicyRegistry.definition(attributes));
    }

    private static Moment on(LocalDate day) {
        return new Moment(day, Instant.parse("2026-03-02T10:00:00Z"), "instructor");
    }

    @Test
    void aClockStartedWhenItsPeriodWasSuspendableIsRefusedASuspensionTheLawInForceNoLongerAllows() {
        String code = "EHDS_ART_68_4_PERMIT_DECISION";
        LegalPolicy version1 = storedVersion(code, 1, true);
        LegalPolicy law = new PolicyRegistry().law(code);
        assertEquals(2, law.version());
        assertFalse(law.isSuspendable(), "version 2: no legal basis for a suspension of Art. 68(4)");
        LocalDate start = LocalDate.of(2026, 3, 2);
        LocalDate from = LocalDate.of(2026, 3, 10);

        TrackedClock clock = dossierClock("DA-2026-000001", version1, start);
        ClockRuleException refused = assertThrows(
                ClockRuleException.class,
                () -> ClockTracking.suspendUnderTheLaw(
                        clock, version1, law, from, "waiting for documents", on(from), FrenchPublicHolidays.INSTANCE));
        assertEquals("clock.suspension.notAllowed", refused.messageKey());
        assertEquals(
                "Ce délai (Regulation (EU) 2025/327 Art. 68(4)) ne peut pas être suspendu.",
                ClockException.of(refused, "date").localizedMessage(Locale.FRENCH));
        assertFalse(clock.isSuspended());
        assertEquals(ClockEventType.STARTED, clock.lastEvent().type(), "nothing recorded");

        // the clock's own version alone would have allowed it: the refusal is the law's
        TrackedClock underItsVersion = dossierClock("DA-2026-000002", version1, start);
        underItsVersion.suspend(version1, from, "waiting for documents", on(from), FrenchPublicHolidays.INSTANCE);
        assertTrue(underItsVersion.isSuspended());
    }

    @Test
    void aClockStartedWhenItsPeriodWasNotSuspendableStaysSoWhenTheLawInForceAllowsSuspensions() {
        // The rule as implemented: both the law in force and the clock's own version must allow it.
        // Version 1 said the opinion's month could not be suspended; a later law (version 2) allows it.
        String code = "NATIONAL_COMMITTEE_OPINION";
        LegalPolicy older = storedVersion(code, 1, false);
        LegalPolicy law = storedVersion(code, 2, true);
        LocalDate start = LocalDate.of(2026, 3, 2);
        LocalDate from = LocalDate.of(2026, 3, 10);
        TrackedClock clock = dossierClock("DA-2026-000001", older, start);

        ClockRuleException refused = assertThrows(
                ClockRuleException.class,
                () -> ClockTracking.suspendUnderTheLaw(
                        clock, older, law, from, "waiting for documents", on(from), FrenchPublicHolidays.INSTANCE));
        assertEquals("clock.suspension.notAllowed", refused.messageKey());
        assertFalse(clock.isSuspended());

        // and a clock whose version and the law both allow it is suspended
        TrackedClock allowed = dossierClock("DA-2026-000002", law, start);
        ClockTracking.suspendUnderTheLaw(
                allowed, law, law, from, "waiting for documents", on(from), FrenchPublicHolidays.INSTANCE);
        assertTrue(allowed.isSuspended());
    }

    @Test
    void engineDatesAreWrittenOutInTheMessagesLanguage() {
        ClockRuleException late = new ClockRuleException("clock.breach.kept", "expired on %s", "2026-06-02");
        assertEquals(
                "Le délai a expiré le 2 juin 2026 : ce dépassement ne peut pas être effacé.",
                ClockException.of(late, "date").localizedMessage(Locale.FRENCH));
        assertEquals(
                "The period expired on 2 June 2026: this breach cannot be undone.",
                ClockException.of(late, "date").localizedMessage(Locale.ENGLISH));
        ClockRuleException metLate = new ClockRuleException(
                "clock.breach.metOnlyLate", "%s %s %s", "2026-06-02", "2026-06-01", "2026-06-03");
        assertEquals(
                "The period expired on 2 June 2026 and the breach is on record: the act cannot be dated 1 June 2026,"
                        + " on or before that day. Record it as done late, from 3 June 2026.",
                ClockException.of(metLate, "date").localizedMessage(Locale.ENGLISH));
        assertEquals(
                "Le délai a expiré le 2 juin 2026 et ce dépassement est enregistré : l'acte ne peut pas être daté du"
                        + " 1 juin 2026, au plus tard ce jour-là. Enregistrez-le comme accompli en retard, à partir du"
                        + " 3 juin 2026.",
                ClockException.of(metLate, "date").localizedMessage(Locale.FRENCH));
        // handed to the field the person typed the day in, it still writes its dates out
        fr.vigie.platform.api.DomainException onTheDossiersField =
                ClockException.of(metLate, "date").forField("on");
        assertEquals("on", onTheDossiersField.field());
        assertTrue(onTheDossiersField.localizedMessage(Locale.ENGLISH).startsWith("The period expired on 2 June 2026"));
        // a day that does not exist, as typed, is shown as typed (not a failure)
        assertTrue(new ClockException("startEvent", "clock.input.badDate", "2026-02-30")
                .localizedMessage(Locale.ENGLISH)
                .contains("2026-02-30"));
    }

    @Test
    void bothBundlesHaveTheSameKeys() {
        ResourceBundle french = ResourceBundle.getBundle(ClockException.BUNDLE, Locale.ROOT);
        ResourceBundle english = ResourceBundle.getBundle(ClockException.BUNDLE, Locale.ENGLISH);
        assertEquals(french.keySet(), english.keySet());
    }

    @Test
    void permissionsAreReadFromConfiguration() {
        assertEquals(EnumSet.of(Role.INSPECTOR, Role.PRESIDENT), ClockPermissions.parse(" INSPECTOR, PRESIDENT ,"));
        assertTrue(ClockPermissions.DEFAULTS.get("complaints").contains(Role.COMPLAINT_HANDLER));
        assertFalse(ClockPermissions.DEFAULTS.get("complaints").contains(Role.MANAGER), "managers read, never change");
        assertThrows(IllegalArgumentException.class, () -> ClockPermissions.parse("NOT_A_ROLE"));
    }

    /** A dossier's clock of {@code policy} started on {@code start} by the instructor. */
    private static TrackedClock dossierClock(String reference, LegalPolicy policy, LocalDate start) {
        return TrackedClock.start(
                new CaseRef("dossiers", reference),
                policy,
                start,
                "instructor",
                on(start),
                FrenchPublicHolidays.INSTANCE);
    }
}
