package fr.vigie.inspections.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InspectionSavedFiltersTest {
    @Test
    void aFilterSurvivesItsQueryString() {
        InspectionFilter f = new InspectionFilter(
                "MINORS", "ON_SITE", "PREPARED", "Jeux & Cie = 100 %", "inspector", 2026, 4, "PROGRAMME");
        String query = InspectionSavedFilters.encode(f);
        assertEquals(f, InspectionSavedFilters.decode(query));
        assertEquals(
                InspectionFilter.none(),
                InspectionSavedFilters.decode(InspectionSavedFilters.encode(InspectionFilter.none())));
        assertEquals(InspectionFilter.none(), InspectionSavedFilters.decode("year=abc&junk"));
    }
}
