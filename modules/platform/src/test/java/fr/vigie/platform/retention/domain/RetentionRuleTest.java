package fr.vigie.platform.retention.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.retention.PersonQuery;
import fr.vigie.platform.api.retention.RetentionStep;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RetentionRuleTest {
    private static final RetentionRule DEFAULT =
            new RetentionRule("complaints", "COMPLAINT", "NO_BREACH", 24, 60, 0, null);

    @Test
    void aCaseClosedTheDayBeforeTheCutoffIsDueAndOneClosedOnItIsNot() {
        LocalDate today = LocalDate.of(2026, 12, 7);
        LocalDate cutoff = DEFAULT.closedBefore(RetentionStep.PSEUDONYMISE, today);
        assertEquals(LocalDate.of(2024, 12, 7), cutoff, "24 months before today: closed strictly before is due");
        assertEquals(LocalDate.of(2021, 12, 7), DEFAULT.closedBefore(RetentionStep.DELETE_FILE, today));
    }

    @Test
    void monthsAreCountedAsTheCalendarDoesAtTheEndOfAMonth() {
        // 29 February 2028 minus 24 months is 28 February 2026: a case closed on the 28th is not yet due.
        assertEquals(
                LocalDate.of(2026, 2, 28), DEFAULT.closedBefore(RetentionStep.PSEUDONYMISE, LocalDate.of(2028, 2, 29)));
    }

    @Test
    void aRevisionKeepsTheOrderAndBumpsTheVersion() {
        RetentionRule revised = DEFAULT.revise(36, 72, "admin");
        assertEquals(36, revised.pseudonymiseAfterMonths());
        assertEquals(72, revised.deleteFileAfterMonths());
        assertEquals(1, revised.version());
        assertFalse(revised.isDefault());
        assertTrue(DEFAULT.isDefault());
    }

    @Test
    void badPeriodsAreRefusedOnTheirFields() {
        DomainException backwards = assertThrows(DomainException.class, () -> DEFAULT.revise(60, 24, "admin"));
        assertEquals("deleteFileAfter", backwards.field());
        assertEquals("error.retention.deleteBeforePseudonymise", backwards.key());
        assertEquals(
                "pseudonymiseAfter",
                assertThrows(DomainException.class, () -> DEFAULT.revise(0, 24, "admin"))
                        .field());
        assertEquals(
                "deleteFileAfter",
                assertThrows(DomainException.class, () -> DEFAULT.revise(24, RetentionRule.MAX_MONTHS + 1, "admin"))
                        .field());
        assertEquals(
                "error.retention.samePeriods",
                assertThrows(DomainException.class, () -> DEFAULT.revise(24, 60, "admin"))
                        .key());
        RetentionRule sameMonthBoth = DEFAULT.revise(24, 24, "admin");
        assertEquals(24, sameMonthBoth.deleteFileAfterMonths(), "pseudonymise and delete the same month is allowed");
    }

    @Test
    void aQueryIgnoresBlankCriteriaAndMatchesEmailsWhateverTheirCase() {
        PersonQuery query = new PersonQuery("  ", " Claire.Martin@Example.FR ", null);
        assertEquals("claire.martin@example.fr", query.email());
        assertEquals(null, query.name());
        assertFalse(query.isEmpty());
        assertTrue(new PersonQuery(" ", null, "").isEmpty());
    }
}
