package fr.vigie.platform.clock.domain;

import static fr.vigie.platform.clock.domain.TestDates.CALCULATOR;
import static fr.vigie.platform.clock.domain.TestDates.assertRefused;
import static fr.vigie.platform.clock.domain.TestDates.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdjustedHolidayCalendarTest {

    private static final PublicHoliday ASCENSION_BRIDGE_2026 =
            new PublicHoliday(day("2026-05-15"), "Pont de l'Ascension");

    private final AdjustedHolidayCalendar defaults = AdjustedHolidayCalendar.frenchDefaults();

    @Test
    void withoutAdjustmentItIsTheNationalCalendar() {
        assertEquals(FrenchPublicHolidays.INSTANCE.holidaysIn(2027), defaults.holidaysIn(2027));
    }

    @Test
    void anAddedBridgeDayIsAHolidayWithItsName() {
        AdjustedHolidayCalendar calendar = defaults.withHolidayAdded(ASCENSION_BRIDGE_2026);

        assertFalse(calendar.isWorkingDay(day("2026-05-15")));
        assertEquals(Optional.of(ASCENSION_BRIDGE_2026), calendar.holidayOn(day("2026-05-15")));
        assertEquals(12, calendar.holidaysIn(2026).size());
        assertEquals(ASCENSION_BRIDGE_2026, calendar.holidaysIn(2026).get(5), "kept in date order, after Ascension");
    }

    @Test
    void anAdditionConcernsOnlyItsYear() {
        AdjustedHolidayCalendar calendar = defaults.withHolidayAdded(ASCENSION_BRIDGE_2026);

        assertTrue(calendar.isWorkingDay(day("2027-05-14")));
        assertEquals(11, calendar.holidaysIn(2027).size());
    }

    @Test
    void aRemovedHolidayIsAWorkingDay() {
        AdjustedHolidayCalendar calendar = defaults.withHolidayRemoved(day("2027-05-17"));

        assertTrue(calendar.isWorkingDay(day("2027-05-17")), "Whit Monday 2027 worked");
        assertEquals(Optional.empty(), calendar.holidayOn(day("2027-05-17")));
        assertEquals(10, calendar.holidaysIn(2027).size());
        assertFalse(calendar.isWorkingDay(day("2028-06-05")), "Whit Monday 2028 still a holiday");
    }

    @Test
    void changesBuildNewCalendarsAndLeaveTheOldOneUntouched() {
        AdjustedHolidayCalendar adjusted = defaults.withHolidayAdded(ASCENSION_BRIDGE_2026);

        assertTrue(defaults.isWorkingDay(day("2026-05-15")));
        assertEquals(List.of(ASCENSION_BRIDGE_2026), adjusted.addedHolidays());
        assertEquals(List.of(), defaults.addedHolidays());
    }

    @Test
    void aBridgeDayMovesADeadlineThatEndedOnIt() {
        AdjustedHolidayCalendar calendar = defaults.withHolidayAdded(ASCENSION_BRIDGE_2026);

        DeadlineComputation computation = CALCULATOR.compute(day("2026-05-13"), Period.days(1), 0, calendar);

        assertEquals(day("2026-05-18"), computation.lastDay(), computation.explanation());
    }

    @Test
    void aWorkedHolidayCountsInAWorkingDayPeriod() {
        AdjustedHolidayCalendar calendar = defaults.withHolidayRemoved(day("2026-05-14"));

        assertEquals(
                day("2026-05-18"),
                CALCULATOR
                        .compute(day("2026-05-13"), Period.workingDays(2), 0, defaults)
                        .lastDay());
        assertEquals(
                day("2026-05-15"),
                CALCULATOR
                        .compute(day("2026-05-13"), Period.workingDays(2), 0, calendar)
                        .lastDay());
    }

    @Test
    void buildsFromTheTwoListsTheAdministratorKeeps() {
        AdjustedHolidayCalendar calendar = AdjustedHolidayCalendar.of(
                FrenchPublicHolidays.INSTANCE, List.of(ASCENSION_BRIDGE_2026), List.of(day("2026-05-25")));

        assertEquals(List.of(day("2026-05-25")), calendar.removedHolidays());
        assertFalse(calendar.isWorkingDay(day("2026-05-15")));
        assertTrue(calendar.isWorkingDay(day("2026-05-25")));
    }

    @Test
    void refusesToAddADayThatAlreadyIsAHoliday() {
        assertRefused(
                "2026-07-14 cannot be added as 'Fête': it is already a public holiday (Fête nationale)",
                () -> defaults.withHolidayAdded(new PublicHoliday(day("2026-07-14"), "Fête")));
    }

    @Test
    void refusesToAddTheSameDayTwice() {
        assertRefused(
                "2026-05-15 is added twice as a public holiday",
                () -> AdjustedHolidayCalendar.of(
                        FrenchPublicHolidays.INSTANCE,
                        List.of(ASCENSION_BRIDGE_2026, new PublicHoliday(day("2026-05-15"), "Pont")),
                        List.of()));
    }

    @Test
    void refusesToRemoveADayThatIsNotAHoliday() {
        assertRefused(
                "2026-05-15 cannot be removed: it is not a public holiday in French national public holidays",
                () -> defaults.withHolidayRemoved(day("2026-05-15")));
    }

    @Test
    void refusesAHolidayWithoutName() {
        assertRefused(
                "The name of the public holiday on 2026-05-15 is missing: a non-empty text is required",
                () -> new PublicHoliday(day("2026-05-15"), " "));
    }
}
