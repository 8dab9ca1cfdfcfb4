package fr.vigie.platform.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.vigie.platform.api.CaseRef;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The chain of linked cases seen from any of its cases. */
class LinkedCasesTest {
    private static final CaseRef COMPLAINT = new CaseRef("complaints", "PL-2026-000001");
    private static final CaseRef INSPECTION = new CaseRef("inspections", "CTL-2026-0001");
    private static final CaseRef SANCTION = new CaseRef("sanctions", "SAN-2026-000001");

    /** A module that knows which of its cases came from which case. */
    private static LinkedCaseContribution module(Map<CaseRef, CaseRef> openedFrom) {
        return (caseRef, locale) -> openedFrom.entrySet().stream()
                .filter(e -> e.getValue().equals(caseRef))
                .map(e -> new LinkedCase(
                        e.getKey(),
                        e.getKey().reference(),
                        "status",
                        "/" + e.getKey().module()))
                .toList();
    }

    @Test
    void theComplaintSeesTheInspectionAndTheSanctionCaseOpenedFromIt() {
        List<LinkedCaseContribution> modules =
                List.of(module(Map.of(INSPECTION, COMPLAINT)), module(Map.of(SANCTION, INSPECTION)));
        assertEquals(
                List.of(INSPECTION, SANCTION),
                LinkedCases.chainOf(COMPLAINT, modules, Locale.FRENCH).stream()
                        .map(LinkedCase::caseRef)
                        .toList());
        assertEquals(
                List.of(SANCTION),
                LinkedCases.chainOf(INSPECTION, modules, Locale.FRENCH).stream()
                        .map(LinkedCase::caseRef)
                        .toList());
        assertEquals(List.of(), LinkedCases.chainOf(SANCTION, modules, Locale.FRENCH));
    }

    @Test
    void aLoopEndsAndEachCaseIsShownOnce() {
        List<LinkedCaseContribution> modules =
                List.of(module(Map.of(INSPECTION, COMPLAINT)), module(Map.of(COMPLAINT, INSPECTION)));
        assertEquals(
                List.of(INSPECTION),
                LinkedCases.chainOf(COMPLAINT, modules, Locale.FRENCH).stream()
                        .map(LinkedCase::caseRef)
                        .toList());
    }
}
