package fr.vigie.crossborder.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.crossborder.api.CrossBorderModule;
import fr.vigie.crossborder.domain.CrossBorderAct;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CrossBorderCodeNamesTest {
    private final CrossBorderCodeNames names = new CrossBorderCodeNames();

    /** The audit trail names every act the case records (CrossBorderEventLog: CROSSBORDER_ and the act). */
    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void everyActRecordedInTheAuditTrailHasItsName(String language) {
        Locale locale = Locale.forLanguageTag(language);
        for (CrossBorderAct act : CrossBorderAct.values()) {
            assertTrue(
                    names.name("action", "CROSSBORDER_" + act.name(), locale).isPresent(),
                    act + " has no audit name in " + language);
        }
        assertTrue(names.name("module", CrossBorderModule.NAME, locale).isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void theModuleIsNamedInEachLanguage(String language) {
        assertEquals(
                "fr".equals(language) ? "Dossiers transfrontaliers" : "Cross-border cases",
                names.name("module", CrossBorderModule.NAME, Locale.forLanguageTag(language))
                        .orElseThrow());
    }
}
