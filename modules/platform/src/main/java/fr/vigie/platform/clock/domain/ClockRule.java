package fr.vigie.platform.clock.domain;

/**
 * The rules that can shape a deadline, each with its legal reference.
 *
 * <p>Why an enum rather than free text: the interface explains a date in French or in
 * English by rule and dates ("ends Saturday 9 May, rolled to Monday 11 May, Art. 3(4)"),
 * and reports count how often each rule moved a deadline. Both need a stable identifier.
 */
public enum ClockRule {
    /** The day of the start event does not count. */
    ART_3_1("Regulation (EEC, Euratom) No 1182/71, Art. 3(1)"),
    /** A period in days ends at the end of its last day. */
    ART_3_2_B("Regulation (EEC, Euratom) No 1182/71, Art. 3(2)(b)"),
    /** Weeks, months and years end on the same weekday or date, or at the end of a shorter month. */
    ART_3_2_C("Regulation (EEC, Euratom) No 1182/71, Art. 3(2)(c)"),
    /** A period in working days counts working days only. */
    ART_3_3("Regulation (EEC, Euratom) No 1182/71, Art. 3(3)"),
    /** An extension granted on the clock lengthens the period. */
    EXTENSION("Extension granted under the clock's legal policy"),
    /** Suspended calendar days push the end of the period back. */
    SUSPENSION("Suspension recorded on the clock"),
    /** A last day that is a Saturday, Sunday or public holiday moves to the next working day. */
    ART_3_4("Regulation (EEC, Euratom) No 1182/71, Art. 3(4)"),
    /** A period of two days or more includes at least two working days. */
    ART_3_5("Regulation (EEC, Euratom) No 1182/71, Art. 3(5)"),
    /**
     * Counting back from a later event ("at least 15 days before the hearing"). Regulation
     * 1182/71 only describes periods running forward; this is its mirror image.
     */
    COUNT_BACK("Period before an event: mirror of Regulation (EEC, Euratom) No 1182/71, Art. 3(2)"),
    /**
     * A latest day that is not a working day moves to the previous working day, so that the
     * notice given is never shorter than the period.
     */
    ROLL_BACK("Period before an event: protective counterpart of Regulation (EEC, Euratom) No 1182/71, Art. 3(4)");

    private final String legalReference;

    ClockRule(String legalReference) {
        this.legalReference = legalReference;
    }

    /** The text the rule comes from, shown next to each step of an explanation. */
    public String legalReference() {
        return legalReference;
    }
}
