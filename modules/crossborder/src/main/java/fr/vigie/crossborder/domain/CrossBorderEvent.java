package fr.vigie.crossborder.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A fact an act of the case recorded, for the module's event log (one audit entry each): which act,
 * on which day, and the one value it changed (the stage for most acts; the complaint, the authority
 * or the procedure for the others).
 *
 * @param act    the act
 * @param on     the day of the act as the person dated it
 * @param field  the value it changed, e.g. {@code stage}
 * @param before the value before, or null
 * @param after  the value after
 */
public record CrossBorderEvent(CrossBorderAct act, LocalDate on, String field, String before, String after) {
    public CrossBorderEvent {
        Objects.requireNonNull(act, "act");
        Objects.requireNonNull(field, "field");
    }
}
