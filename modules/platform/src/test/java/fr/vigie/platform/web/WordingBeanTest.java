package fr.vigie.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordingBeanTest {
    private static final Map<String, String> BUNDLE = Map.of(
            "channel.WEB_FORM", "Formulaire en ligne",
            "outcome.REFERRED_TO_INSPECTION", "Transmise aux contrôles",
            "detail.admissible.true", "recevable",
            "detail.crossBorder.false", "non transfrontalière",
            "detail.lead", "chef de file : {0}");

    private static String detail(String text, String prefixes) {
        return WordingBean.detail(text, BUNDLE, prefixes, Locale.FRENCH);
    }

    @Test
    void codesTheBundleNamesAreReplacedByTheirNames() {
        assertEquals("Formulaire en ligne", detail("WEB_FORM", "channel.,outcome."));
        assertEquals("Motif — Transmise aux contrôles", detail("Motif — REFERRED_TO_INSPECTION", "channel., outcome."));
    }

    @Test
    void isoDaysAreWrittenInThePagesLanguage() {
        assertEquals("Siège, Paris · 10 déc. 2026", detail("Siège, Paris · 2026-12-10", ""));
    }

    @Test
    void factsRecordedAsNameAndValueAreWrittenAsTheBundleSays() {
        assertEquals(
                "recevable, non transfrontalière, chef de file : DE",
                detail("admissible=true, crossBorder=false, lead=DE", ""));
        assertEquals("competent=false", detail("competent=false", ""));
    }

    @Test
    void aBundleThatAnswersEveryKeyIsAskedWhetherItHasTheKey() {
        // f:loadBundle's map: get() of a missing key gives ???key???, never null
        Map<String, String> facesBundle = new java.util.HashMap<>(BUNDLE) {
            @Override
            public String get(Object key) {
                return containsKey(key) ? super.get(key) : "???" + key + "???";
            }
        };
        assertEquals(
                "recevable, chef de file : DE",
                WordingBean.detail("admissible=true, lead=DE", facesBundle, "", Locale.FRENCH));
    }

    @Test
    void whatIsNeitherIsLeftAsRecorded() {
        assertEquals("RGPD art. 32 · SAS", detail("RGPD art. 32 · SAS", "channel."));
        assertEquals("DA-2026-000001 · 2026-12-06T10:00:00Z", detail("DA-2026-000001 · 2026-12-06T10:00:00Z", null));
        assertEquals("", detail(null, "channel."));
        assertEquals("2026-13-40", detail("2026-13-40", ""));
    }
}
