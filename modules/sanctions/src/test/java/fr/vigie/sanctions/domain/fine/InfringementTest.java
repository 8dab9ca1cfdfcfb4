package fr.vigie.sanctions.domain.fine;

import static fr.vigie.sanctions.domain.fine.Refusals.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InfringementTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "83(4)|ART_83_4",
                "83(5)|ART_83_5",
                "83(6)|ART_83_6",
                " 83(5) |ART_83_5",
                "Art. 83(4)|ART_83_4",
                "art 83 (6)|ART_83_6",
                "ART_83_5|ART_83_5"
            })
    void readsTheArticleAsLawyersWriteIt(String text, Infringement expected) {
        assertEquals(expected, Infringement.parse(text, "infringements"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"83(7)", "83", "83(2)", "5(1)", "", "83(4)(a)"})
    void refusesAnArticleThatSetsNoCap(String text) {
        FineRuleException refusal =
                refused("infringements", "fine.infringement.unknown", () -> Infringement.parse(text, "infringements"));
        assertEquals(
                "\"" + text + "\" is not a known category of infringement: give 83(4), 83(5) or 83(6).",
                refusal.getMessage());
    }

    @Test
    void refusesNoArticleAtAll() {
        refused("infringements", "fine.infringement.unknown", () -> Infringement.parse(null, "infringements"));
    }

    @Test
    void readsAListSeparatedBySemicolons() {
        assertEquals(List.of(Infringement.ART_83_4, Infringement.ART_83_5), Infringement.parseList("83(4);83(5)", "x"));
        assertEquals(
                List.of(Infringement.ART_83_4, Infringement.ART_83_4), Infringement.parseList("83(4); 83(4);", "x"));
        assertEquals(
                List.of(Infringement.ART_83_6, Infringement.ART_83_4), Infringement.parseList("83(6), 83(4)", "x"));
        refused("x", "fine.infringements.required", () -> Infringement.parseList(" ; ", "x"));
        refused("x", "fine.infringement.unknown", () -> Infringement.parseList("83(4);83(9)", "x"));
    }

    @Test
    void theUpperTierIsArticles83Paragraphs5And6() {
        assertFalse(Infringement.ART_83_4.isUpperTier());
        assertTrue(Infringement.ART_83_5.isUpperTier());
        assertTrue(Infringement.ART_83_6.isUpperTier());
        assertEquals("83(6)", Infringement.ART_83_6.article());
    }

    @Test
    void theGravestIsAnUpperTierOneWhenThereIsOne() {
        assertEquals(
                Infringement.ART_83_5,
                Infringement.gravest(List.of(Infringement.ART_83_4, Infringement.ART_83_5), "f"));
        assertEquals(
                Infringement.ART_83_6,
                Infringement.gravest(List.of(Infringement.ART_83_6, Infringement.ART_83_4), "f"));
        assertEquals(
                Infringement.ART_83_4,
                Infringement.gravest(List.of(Infringement.ART_83_4, Infringement.ART_83_4), "f"));
        refused("f", "fine.infringements.required", () -> Infringement.gravest(List.of(), "f"));
    }

    @Test
    void readsTheProcedure() {
        assertEquals(FineProcedure.SIMPLIFIED, FineProcedure.parse(" simplified ", "procedure"));
        assertEquals(FineProcedure.ORDINARY, FineProcedure.parse("ORDINARY", "procedure"));
        refused("procedure", "fine.procedure.unknown", () -> FineProcedure.parse("SUMMARY", "procedure"));
        refused("procedure", "fine.procedure.unknown", () -> FineProcedure.parse(null, "procedure"));
    }
}
