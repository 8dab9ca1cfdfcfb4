package fr.vigie.platform.clock.application;

import fr.vigie.platform.api.Role;
import fr.vigie.platform.clock.domain.ClockRuleException;
import fr.vigie.platform.clock.domain.LegalPolicy;
import fr.vigie.platform.clock.domain.Period;
import fr.vigie.platform.clock.domain.PeriodUnit;
import fr.vigie.platform.clock.domain.PolicyCatalogue;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        Map<String, String> attributes = PolicyRegistry.attributesOf(PolicyCatalogue.defaultProperties(),
                "INSPECTION_OBSERVATIONS");
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
        assertTrue(ClockException.of(overlap, "date").localizedMessage(Locale.FRENCH).contains("chevauche"));
        assertTrue(ClockException.of(overlap, "date").getMessage().contains("overlaps"));
        ClockRuleException untranslated = new ClockRuleException("clock.some.newRule", "A rule nobody translated yet");
        assertEquals("A rule nobody translated yet", ClockException.of(untranslated, null).localizedMessage(Locale.FRENCH));
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
}
