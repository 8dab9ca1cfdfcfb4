package fr.vigie.sanctions.domain.fine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every row of the fine test vectors through {@link FineCaps}: the fine cap
 * ({@code expected_cap_eur}) and the verdict ({@code expected}). Each row is its own test whose
 * name starts with its case id, and every failure message starts with it too, so a wrong row
 * reads "F12: ...". Another file of the same format is checked as well with
 * {@code -Dvigie.fine.cases=/path/to/cases.csv}.
 */
class FineCasesVectorTest {

    static Stream<Arguments> cases() {
        return FineCasesFile.load().stream().map(row -> Arguments.of(Named.of(row.toString(), row)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theCapsGiveTheExpectedCapAndVerdict(FineCase row) {
        Checked checked = check(row);
        BigDecimal expectedCap;
        FineVerdict.Outcome expected;
        try {
            expectedCap = row.expectedCap();
            expected = FineVerdict.Outcome.valueOf(row.expected().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unreadable) {
            throw new AssertionError(
                    row.id() + ": the expected values cannot be read (" + unreadable.getMessage() + "): " + row,
                    unreadable);
        }

        assertEquals(
                expectedCap.stripTrailingZeros().toPlainString(),
                checked.caps().fineCap().amount().stripTrailingZeros().toPlainString(),
                () -> row.id() + ": fine cap expected " + row.expectedCapEur() + " but the rule gives "
                        + checked.caps().fineCap() + " — " + checked.caps() + " — row " + row);
        assertEquals(
                expected,
                checked.verdict().outcome(),
                () -> row.id() + ": expected " + expected + " but the rule says "
                        + checked.verdict().outcome() + " "
                        + checked.verdict().refusals().stream()
                                .map(DomainException::getMessage)
                                .toList() + " — row " + row);
    }

    /** A refused row names, on the right field, the limit it breaks; an accepted row names none. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aRefusalLandsOnTheFieldThatBreaksItsCap(FineCase row) {
        Checked checked = check(row);
        FineVerdict verdict = checked.verdict();
        assertEquals(
                checked.fine() != null
                        && checked.fine().isGreaterThan(checked.caps().fineCap()),
                verdict.fineBreach().isPresent(),
                () -> row.id() + ": fine breach");
        assertEquals(
                checked.penalty() != null
                        && checked.penalty().isGreaterThan(checked.caps().penaltyPerDayCap()),
                verdict.penaltyBreach().isPresent(),
                () -> row.id() + ": penalty breach");
        verdict.fineBreach()
                .ifPresent(breach ->
                        assertEquals(FineCaps.FINE, breach.toException().field(), row.id()));
        verdict.penaltyBreach()
                .ifPresent(breach -> assertEquals(
                        FineCaps.PENALTY_PER_DAY, breach.toException().field(), row.id()));
    }

    private record Checked(FineCaps caps, Money fine, Money penalty, FineVerdict verdict) {}

    /** The row's inputs through the rule; a row that cannot be read fails, named by its case id. */
    private static Checked check(FineCase row) {
        try {
            Turnover turnover = row.turnoverEur().isEmpty()
                    ? Turnover.unknown()
                    : Turnover.euros(new BigDecimal(row.turnoverEur()), null);
            FineCaps caps = FineCaps.forCase(
                    FineProcedure.parse(row.procedure(), "procedure"),
                    Infringement.parseList(row.infringements(), "infringements"),
                    turnover);
            Money fine = euros(row.fineEur(), "fine");
            Money penalty = euros(row.penaltyPerDayEur(), "penaltyPerDay");
            return new Checked(caps, fine, penalty, caps.check(fine, penalty));
        } catch (DomainException | IllegalArgumentException unreadable) {
            throw new AssertionError(
                    row.id() + ": the row cannot be read (" + unreadable.getMessage() + "): " + row, unreadable);
        }
    }

    @Test
    void theBundledFileHoldsEveryRowOfTheSharedVectors() {
        List<FineCase> rows = FineCasesFile.bundled();
        assertEquals(20, rows.size());
        assertTrue(
                rows.stream()
                        .anyMatch(row -> row.id().equals("F12")
                                && row.note().equals("2% rounded to the cent, exactly at the cap")),
                "the quoted note of F12 keeps its comma");
        assertFalse(rows.stream().anyMatch(row -> row.id().isEmpty()));
    }

    private static Money euros(String cell, String field) {
        return cell.isEmpty() ? null : Money.of(new BigDecimal(cell), Money.EURO, field);
    }
}
