package fr.vigie.inspections.application;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SavedFiltersTest {
    @Test
    void aFilterSurvivesItsQueryString() {
        InspectionFilter f = new InspectionFilter("MINORS", "ON_SITE", "PREPARED", "Jeux & Cie = 100 %", "inspector", 2026, 4,
                "PROGRAMME");
        String query = SavedFilters.encode(f);
        assertEquals(f, SavedFilters.decode(query));
        assertEquals(InspectionFilter.none(), SavedFilters.decode(SavedFilters.encode(InspectionFilter.none())));
        assertEquals(InspectionFilter.none(), SavedFilters.decode("year=abc&junk"));
    }
}
