package fr.vigie.platform.clock.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.clock.KnownCases;
import fr.vigie.platform.clock.domain.LegalPolicy;
import fr.vigie.platform.clock.domain.PolicyCatalogue;
import fr.vigie.platform.clock.domain.PolicyCodes;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A clock of Regulation (EU) 2025/2518 starts only on a case opened from 2 April 2027, as the
 * case's own module dates it; an older case, or a module that does not date its cases, is refused
 * with a message that says why.
 */
class GovernedCaseTest {

    private static final PolicyCatalogue CATALOGUE = PolicyCatalogue.defaults();
    private static final LegalPolicy ART_4_2 = CATALOGUE.policy(PolicyCodes.GDPR_PR_ART_4_2_INADMISSIBILITY);

    /** Two complaints received either side of the date of application, and one whose date is not known. */
    private static final KnownCases COMPLAINTS = new KnownCases() {
        private final Map<String, LocalDate> receivedOn = Map.of(
                "PL-2027-000001", LocalDate.of(2027, 4, 1),
                "PL-2027-000002", LocalDate.of(2027, 4, 2));

        @Override
        public String module() {
            return "complaints";
        }

        @Override
        public boolean exists(String reference) {
            return receivedOn.containsKey(reference) || "PL-2027-000003".equals(reference);
        }

        @Override
        public Optional<LocalDate> openedOn(String reference) {
            return Optional.ofNullable(receivedOn.get(reference));
        }
    };

    private static void start(String reference, LegalPolicy policy) {
        ClockTracking.requireKnownCase(new CaseRef("complaints", reference), policy, List.of(COMPLAINTS));
    }

    @Test
    void startsOnAComplaintReceivedOnTheSecondOfApril2027() {
        start("PL-2027-000002", ART_4_2);
    }

    @Test
    void refusesAComplaintReceivedTheDayBeforeOnThePolicyField() {
        ClockException refused = assertThrows(ClockException.class, () -> start("PL-2027-000001", ART_4_2));

        assertEquals("policy", refused.field());
        assertEquals("clock.policy.notApplicableToCase", refused.key());
        assertEquals(
                "Regulation (EU) 2025/2518 Art. 4(2) ne s’applique qu’aux dossiers ouverts à partir du 2 avril 2027 : "
                        + "ce dossier a été ouvert le 1 avril 2027 et reste régi par les règles antérieures.",
                refused.localizedMessage(Locale.FRENCH).replace('\'', '’'));
        assertEquals(
                "Regulation (EU) 2025/2518 Art. 4(2) applies only to cases opened from 2 April 2027: "
                        + "this case was opened on 1 April 2027 and keeps the earlier rules.",
                refused.localizedMessage(Locale.ENGLISH));
    }

    @Test
    void refusesACaseWhoseModuleDoesNotDateIt() {
        ClockException refused = assertThrows(ClockException.class, () -> start("PL-2027-000003", ART_4_2));

        assertEquals("caseRef", refused.field());
        assertEquals("clock.caseRef.openingDateUnknown", refused.key());
    }

    @Test
    void aPolicyForEveryCaseNeedsNoOpeningDate() {
        start("PL-2027-000001", CATALOGUE.policy(PolicyCodes.GDPR_ART_78_2_INFORM_COMPLAINANT));
        start("PL-2027-000003", CATALOGUE.policy(PolicyCodes.GDPR_ART_78_2_INFORM_COMPLAINANT));
    }
}
